/**
 * A comparison of two versions for a terminal: the likelihood old → new with the terms
 * that moved it and what each change moved (the attribution), then the deal, our team, people and relationships (added, removed,
 * changed field by field, each move marked improved or worsened), then gaps opened and
 * closed. "No changes." when nothing differs.
 */
import type { Gap } from '../../shared/analysis/types';
import type { Attribution, AttributionRow } from '../../shared/diff/attribution';
import type { Direction, DocumentDiff, EntityChange, FieldChange } from '../../shared/diff/types';
import type { MapContent, Relationship, Stakeholder, TeamMember } from '../../shared/document';
import type { Comparison } from '../../shared/history';
import { translatePlural } from '../../shared/i18n';
import type { Context } from '../context';
import { pointsColour, severityColour } from './analysis';
import { alignedRows, signed, terminalSafe } from './text';
import { fieldLabel, namesOf, valueText, type Names, type Scope } from './values';

export interface DiffInput {
  /** The first line: what is compared with what, and the analysis date (worded, not yet made terminal-safe). */
  readonly title: string;
  readonly oldMap: MapContent;
  readonly newMap: MapContent;
  readonly comparison: Comparison;
}

/** Attribution rows shown one by one; the rest are summed up in one line. */
export const MAX_ATTRIBUTION_ROWS = 12;

function directionMark(direction: Direction | undefined, ctx: Context): string {
  if (direction === undefined) return '';
  const word = ctx.t(direction === 'improved' ? 'cli.diff.improved' : 'cli.diff.worsened');
  return ` ${(direction === 'improved' ? ctx.style.green : ctx.style.red)(`(${word})`)}`;
}

function fieldLine(scope: Scope, change: FieldChange, indent: string, ctx: Context, names: Names): string {
  const label = fieldLabel(scope, change.field, ctx);
  const from = valueText(change.field, change.old, ctx, names);
  const to = valueText(change.field, change.new, ctx, names);
  return `${indent}${label}: ${from} → ${to}${directionMark(change.direction, ctx)}`;
}

function relationshipName(line: Relationship, ctx: Context, names: Names): string {
  const from = terminalSafe(names.person(line.from) ?? line.from);
  const to = terminalSafe(names.person(line.to) ?? line.to);
  const kind = ctx.t(`kind.${line.kind}`);
  const detail = line.kind === 'influences' ? `${kind}, ${ctx.t(`cli.strength.${line.strength}`)}` : kind;
  return `${from} → ${to} (${detail})`;
}

interface Section<T> {
  readonly heading: string;
  readonly scope: Scope;
  readonly added: readonly T[];
  readonly removed: readonly T[];
  readonly changed: readonly EntityChange[];
  readonly name: (item: T) => string;
}

function sectionLines<T>(section: Section<T>, ctx: Context, names: Names): string[] {
  const { t, style } = ctx;
  if (section.added.length + section.removed.length + section.changed.length === 0) return [];
  const lines = ['', style.bold(section.heading)];
  for (const item of section.added) lines.push(`  ${style.green('+')} ${section.name(item)} (${t('cli.diff.added')})`);
  for (const item of section.removed)
    lines.push(`  ${style.red('-')} ${section.name(item)} (${t('cli.diff.removed')})`);
  for (const entity of section.changed) {
    lines.push(`  ${style.yellow('~')} ${terminalSafe(entity.name)}${directionMark(entity.direction, ctx)}`);
    for (const change of entity.changes) lines.push(fieldLine(section.scope, change, '      ', ctx, names));
  }
  return lines;
}

function likelihoodLines(diff: DocumentDiff, ctx: Context): string[] {
  const { t, style } = ctx;
  const change = diff.winLikelihood;
  const delta = pointsColour(change.delta, style)(signed(change.new - change.old));
  const lines = [style.bold(t('cli.diff.likelihood', { old: change.old, new: change.new, delta }))];
  if (change.terms.length === 0) return lines;
  const rows = change.terms.map((term) => [
    terminalSafe(term.label),
    signed(term.old),
    '→',
    signed(term.new),
    `(${signed(term.new - term.old)})`,
  ]);
  lines.push(t('cli.diff.movedBy'), ...alignedRows(rows, '  '));
  return lines;
}

function attributionName(row: AttributionRow, ctx: Context): string {
  const name = terminalSafe(row.name);
  if (row.change === undefined) return name;
  return `${name} (${ctx.t(`history.attribution.${row.change}`)})`;
}

/**
 * What each change moved, in whole points that add up to the change shown: the rows that
 * moved a whole point, largest first, then one line for the rest (`--json` has them all).
 */
function attributionLines(attribution: Attribution, ctx: Context): string[] {
  const { t, style } = ctx;
  const shown = attribution.rows.filter((row) => row.rounded !== 0).slice(0, MAX_ATTRIBUTION_ROWS);
  if (shown.length === 0) return [];
  const rows = shown.map((row) => [attributionName(row, ctx), pointsColour(row.rounded, style)(signed(row.rounded))]);
  const rest = attribution.rows.filter((row) => !shown.includes(row));
  if (rest.length > 0) {
    const points = rest.reduce((sum, row) => sum + row.rounded, 0);
    rows.push([
      translatePlural(ctx.lang, 'cli.diff.attributionMore', rest.length),
      pointsColour(points, style)(signed(points)),
    ]);
  }
  return ['', t('cli.diff.attribution'), ...alignedRows(rows, '  ')];
}

function gapLines(heading: string, marker: string, gaps: readonly Gap[], ctx: Context): string[] {
  if (gaps.length === 0) return [];
  const lines = ['', ctx.style.bold(heading)];
  for (const gap of gaps) {
    const severity = severityColour(gap.severity, ctx.style)(`[${ctx.t(`severity.${gap.severity}`)}]`);
    lines.push(`  ${marker} ${severity} ${terminalSafe(gap.message)}`);
  }
  return lines;
}

export function formatDiff(input: DiffInput, ctx: Context): string {
  const { t, style } = ctx;
  const { diff, attribution } = input.comparison;
  if (diff.unchanged) return `${t('cli.diff.unchanged')}\n`;
  const names = namesOf(input.oldMap, input.newMap);
  const withDetail = (name: string, detail: string) => terminalSafe(detail.trim() === '' ? name : `${name}, ${detail}`);
  const personName = (person: Stakeholder) => withDetail(person.name, person.title);
  const memberName = (member: TeamMember) =>
    withDetail(member.name.trim() === '' ? member.id : member.name, member.role);
  const lines = [
    style.dim(terminalSafe(input.title)),
    '',
    ...likelihoodLines(diff, ctx),
    ...attributionLines(attribution, ctx),
  ];
  if (diff.deal.length > 0) {
    lines.push('', style.bold(t('cli.diff.deal')));
    for (const change of diff.deal) lines.push(fieldLine('deal', change, '  ', ctx, names));
  }
  lines.push(
    ...sectionLines({ heading: t('cli.diff.team'), scope: 'team', ...diff.team, name: memberName }, ctx, names),
    ...sectionLines(
      { heading: t('cli.diff.people'), scope: 'person', ...diff.stakeholders, name: personName },
      ctx,
      names,
    ),
    ...sectionLines(
      {
        heading: t('cli.diff.relationships'),
        scope: 'relationship',
        ...diff.relationships,
        name: (line: Relationship) => relationshipName(line, ctx, names),
      },
      ctx,
      names,
    ),
    ...gapLines(t('cli.diff.gapsOpened', { count: diff.gaps.opened.length }), style.red('+'), diff.gaps.opened, ctx),
    ...gapLines(t('cli.diff.gapsClosed', { count: diff.gaps.closed.length }), style.green('-'), diff.gaps.closed, ctx),
  );
  return `${lines.join('\n')}\n`;
}
