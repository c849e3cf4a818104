/**
 * Every catalogue key is used somewhere in the code: a key nothing reads is a sentence nobody
 * sees, translated and kept in step for nothing, and often the trace of a message that was
 * meant to be shown and never was. A key counts as used when the code (shared, renderer,
 * server, cli, electron and the build scripts; not the catalogues themselves) names it whole
 * as a string, names the base of its `.one`/`.other` pair (translatePlural), or starts with one
 * of the prefixes below, which the code completes at run time (`team.sync.${state.kind}`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/catalogue';

const REPO = join(import.meta.dirname, '../../..');
const SOURCE_ROOTS = ['shared', 'renderer', 'server', 'cli', 'electron', 'build'];
/** The catalogues define the keys; they do not use them. */
const CATALOGUE_FILES = /^shared\/i18n\/(en|zh-CN)\//;

/**
 * The keys the code builds at run time from a prefix and a value (an enum member, a code, a
 * field name), each with a file that builds it: the test checks that the file still does, so
 * the list cannot outlive the code. A prefix allows every key under it; keep each as long as
 * the code's template allows.
 */
const DYNAMIC_PREFIXES: Readonly<Record<string, string>> = {
  // The vocabulary of the document: one word per enum member (shared/values/enumWords.ts and its users).
  'attitude.': 'shared/export/svgMap/card.ts',
  'closeness.': 'shared/mapLayout/legend.ts',
  'role.': 'shared/export/stakeholderTable.ts',
  'function.': 'shared/values/enumWords.ts',
  'level.': 'shared/values/enumWords.ts',
  'stage.': 'shared/values/enumWords.ts',
  'style.': 'shared/values/enumWords.ts',
  'kind.': 'renderer/deal/Toolbar.tsx',
  'answer.': 'renderer/panels/hooks/useVocabulary.ts',
  'question.': 'shared/diff/wording.ts',
  'purchaseStage.': 'shared/export/deck/slides/salesSlide.ts',
  'salesStep.': 'shared/export/sheet.ts',
  'activity.': 'renderer/panels/analysis/SalesStepView.tsx',
  'criterion.': 'shared/export/deck/slides/positionChart.ts',
  'outcome.': 'renderer/pipeline/closeVocabulary.ts',
  'closeReason.': 'renderer/pipeline/closeVocabulary.ts',
  // Problems in a file, by code and by JSON type (shared/document/formatProblem.ts).
  'problem.': 'shared/document/formatProblem.ts',
  'problem.type.': 'shared/document/formatProblem.ts',
  'csvImport.error.': 'shared/contactsImport/rowReader.ts',
  // The analysis: gaps by code and severity, win-likelihood terms, the sales step's signs.
  'severity.': 'shared/analysis/wording.ts',
  'weight.how.': 'shared/analysis/wording.ts',
  'gap.INFLUENCE_INCOMPLETE.message.': 'shared/analysis/mapFindingWording.ts',
  'gap.MISSING_ROLE.action.': 'shared/analysis/mapFindingWording.ts',
  'gap.UNCOVERED.message.': 'shared/analysis/mapFindingWording.ts',
  'gap.POSITION_BEHIND.action.': 'shared/analysis/salesWording.ts',
  'factor.': 'shared/analysis/salesWording.ts',
  'salesSign.': 'shared/analysis/salesWording.ts',
  'salesSign.action.': 'shared/analysis/salesWording.ts',
  'salesSign.nobody.': 'shared/analysis/salesWording.ts',
  // The map's words: marks, lines, short role names.
  'canvas.direction.': 'renderer/canvas/ariaLabels.ts',
  'canvas.line.': 'shared/export/svgMap/line.ts',
  'canvas.strength.': 'shared/export/svgMap/line.ts',
  'canvas.mark.': 'renderer/canvas/marks.ts',
  'canvas.roleShort.': 'shared/values/enumWords.ts',
  // The comparison and the trail: field labels by field name, what changed, who.
  'cli.field.': 'shared/diff/wording.ts',
  'cli.strength.': 'renderer/history/wording.ts',
  'collab.named.': 'shared/collab/wording.ts',
  'collab.what.': 'shared/collab/wording.ts',
  'history.attribution.': 'renderer/history/AttributionList.tsx',
  'historyApp.gaps.': 'renderer/history/GapBadges.tsx',
  'historyApp.mark.': 'renderer/history/FieldChanges.tsx',
  // Exports: column headings by column id, the sheet's facts, severities on slides.
  'export.column.': 'shared/export/stakeholderTable.ts',
  'sheet.fact.': 'shared/export/sheet.ts',
  'deck.severity.': 'shared/export/deck/slides/gapsSlides.ts',
  'pipelineExport.column.': 'shared/export/reviewPack.ts',
  'pipelineExportApp.missing.': 'renderer/pipeline/exportModel.ts',
  // The pipeline: rules, reasons, statuses and the words of its columns.
  'pipeline.outcome.': 'shared/pipeline/wording.ts',
  'pipeline.purchaseStage.': 'shared/pipeline/wording.ts',
  'pipeline.reason.': 'shared/pipeline/wording.ts',
  'pipeline.rule.': 'shared/pipeline/wording.ts',
  'pipeline.salesStep.': 'shared/pipeline/wording.ts',
  'pipeline.status.': 'shared/pipeline/wording.ts',
  'cli.pipeline.column.': 'cli/format/pipeline.ts',
  // Screens: steps, menus, panels' enum-driven labels and error codes.
  'csvImportApp.delimiter.': 'renderer/csvImport/SourceSettings.tsx',
  'csvImportApp.encoding.': 'renderer/csvImport/MappingStep.tsx',
  'csvImportApp.status.': 'renderer/csvImport/PreviewStep.tsx',
  'csvImportApp.step.': 'renderer/csvImport/CsvImportDialog.tsx',
  'firstRun.tour.': 'renderer/deal/Tour.tsx',
  'toolbar.': 'renderer/deal/Toolbar.tsx',
  'panels.error.': 'renderer/panels/hooks/useErrorText.ts',
  'panels.grid.band.': 'renderer/panels/grid/GridBand.tsx',
  'panels.line.directed.': 'renderer/panels/inspector/LineInspector.tsx',
  'panels.line.strength.': 'renderer/panels/inspector/LineInspector.tsx',
  'panels.person.interests.': 'renderer/panels/inspector/PersonInterests.tsx',
  'panels.severity.': 'shared/export/sheet.ts',
  'panels.tips.': 'renderer/panels/analysis/PersonaTips.tsx',
  'panels.tips.axes.': 'renderer/panels/analysis/PersonaTips.tsx',
  // Team: roles and sync states.
  'team.role.': 'renderer/team/ShareDialog.tsx',
  'team.sync.': 'renderer/team/SyncBadge.tsx',
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const sources = new Map(
  SOURCE_ROOTS.flatMap((root) => sourceFiles(join(REPO, root)))
    .map((path) => [relative(REPO, path).replaceAll('\\', '/'), readFileSync(path, 'utf8')] as const)
    .filter(([path]) => !CATALOGUE_FILES.test(path)),
);
const code = [...sources.values()].join('\n');

const namedWhole = (key: string) => [`'${key}'`, `"${key}"`, `\`${key}\``].some((quoted) => code.includes(quoted));
const PLURAL_FORM = /\.(one|other)$/;
const usedLiterally = (key: string) =>
  namedWhole(key) || (PLURAL_FORM.test(key) && namedWhole(key.replace(PLURAL_FORM, '')));
/** The longest listed prefix of `key`, if any. */
const prefixOf = (key: string) =>
  Object.keys(DYNAMIC_PREFIXES)
    .filter((prefix) => key.startsWith(prefix))
    .sort((a, b) => b.length - a.length)[0];

const keys = Object.keys(CATALOGUES.en);

describe('the catalogue keys', () => {
  it('are each used by the code: named whole, as a plural pair, or under a prefix the code builds', () => {
    const unused = keys.filter((key) => !usedLiterally(key) && prefixOf(key) === undefined);
    expect(unused, `keys the code never uses:\n${unused.join('\n')}`).toEqual([]);
  });

  it.each(Object.entries(DYNAMIC_PREFIXES))('%s is built at run time in %s', (prefix, file) => {
    // A template literal that starts with the prefix and goes on with a value: `prefix${…}`.
    expect(sources.get(file), `${file} is not a source file`).toBeDefined();
    expect(sources.get(file)).toContain(`\`${prefix}\${`);
  });

  it('list no prefix that only keys named whole elsewhere stand under', () => {
    const needed = new Set(keys.filter((key) => !usedLiterally(key)).map(prefixOf));
    const idle = Object.keys(DYNAMIC_PREFIXES).filter((prefix) => !needed.has(prefix));
    expect(idle).toEqual([]);
  });
});
