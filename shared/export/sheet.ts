/**
 * The deal-review sheet (PRODUCT.md 5): what a sales manager reads in a deal review, as one
 * pure model every renderer draws the same way: the command line's PDF (cli/export/pdf.ts)
 * and the app's print view. A4 landscape is the renderers' business; the model holds
 * only already-worded, localised strings and numbers, so no renderer words anything itself
 * (except filling in the page numbers, which only a renderer knows: `pageLabel`).
 *
 * The sheet is made from an export view (privacy applied once, by `prepareExport`), and
 * everything below is derived from the prepared document: the header, the map, the analysis (whose messages name people)
 * and the table. So an anonymous sheet cannot leak a name through any one of its parts, and
 * personal fields (interests, notes) appear only with `includePersonal`.
 *
 * Reading order of a rendered sheet:
 * 1. heading (the deal's name) with `kind` ("Deal review") and the header `facts`;
 * 2. the `map` (drawMap's SVG without its title block: the header already says it);
 * 3. the `likelihood`: the figure, the base and each non-zero term with signed points
 *    (exactly the analysis's explanation, so base + terms = figure), terms at 0 counted;
 * 4. the `gaps`, grouped by severity (critical first), each with its next step;
 * 5. the stakeholder `table` (stakeholderTable: personal columns only with includePersonal);
 * 6. the `footer` on every page: the confidentiality (or anonymous) note and the page label.
 */
import { analyze } from '../analysis/analyze';
import { buildContext } from '../analysis/context';
import { farBehind, positionOf } from '../analysis/position';
import { PHASE_OF_STAGE } from '../analysis/weights';
import { SEVERITIES, type Severity } from '../analysis/types';
import { wordGap } from '../analysis/wording';
import type { PowermapDocument } from '../document/schema';
import { POSITION_SCORE_MAX, type SupplierCriterion } from '../document/vocabulary';
import type { Lang } from '../i18n/catalogue';
import { formatMoney } from '../values/money';
import { joinList, translator, type Translator } from '../i18n/translate';
import { stakeholderTable, type StakeholderColumn } from './stakeholderTable';
import { drawMap } from './drawMap';
import type { ExportPrivacy, ExportView } from './privacy';

export interface SheetOptions {
  /** The analysis date (YYYY-MM-DD), shown as "As of"; without it, staleness is not judged. */
  readonly asOf?: string | null;
}

/** What the sheet is made with: the caller's options and the view's language and privacy choices. */
type SheetSettings = SheetOptions & ExportPrivacy;

/** One fact of the header: a label and its value, both worded ("Purchase stage", "evaluation"). */
export interface SheetFact {
  readonly key:
    'account' | 'stage' | 'value' | 'decisionDate' | 'asOf' | 'team' | 'competitors' | 'salesStep' | 'needs';
  readonly label: string;
  readonly value: string;
}

/** A line of the likelihood's explanation. */
export interface SheetTerm {
  /** The analysis term's key (`person:<id>`, `gap:<key>`, …), or `base`. */
  readonly key: string;
  readonly label: string;
  /** Whole points (for the base, the base itself). */
  readonly points: number;
  /** The points as shown: `+13`, `−8` (a true minus sign), `0`; the base without a sign. */
  readonly shown: string;
}

export interface SheetLikelihood {
  /** A whole percentage, 0..100: an estimate. */
  readonly value: number;
  /** `34%`. */
  readonly figure: string;
  /** "Win likelihood (estimate)". */
  readonly label: string;
  readonly note: string;
  readonly base: SheetTerm;
  /** The terms that move the figure, in the analysis's order. */
  readonly terms: readonly SheetTerm[];
  /** Terms worth 0 whole points are not listed; this line counts them (null when there are none). */
  readonly zeroNote: string | null;
}

export interface SheetGap {
  readonly code: string;
  readonly severity: Severity;
  /** A short title ("Not covered: Wang Wei"). */
  readonly title: string;
  readonly message: string;
  /** "Next step: …". */
  readonly action: string;
  /** "People: Wang Wei, Li Jian", or null when the gap concerns nobody in particular. */
  readonly people: string | null;
}

export interface SheetGapGroup {
  readonly severity: Severity;
  /** "Critical (2)". */
  readonly heading: string;
  readonly gaps: readonly SheetGap[];
}

export interface SheetTable {
  readonly columns: readonly StakeholderColumn[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Shown instead of the table when there are no people. */
  readonly empty: string;
}

/** One criterion of our position against the best supplier, as a pair of bars (0..max). */
export interface SheetPositionRow {
  readonly key: SupplierCriterion;
  readonly label: string;
  readonly ours: number | null;
  readonly best: number | null;
  /** The figures as shown ("7.5", "–" when not scored). */
  readonly oursShown: string;
  readonly bestShown: string;
  /** The criterion belongs to what weighs most in the current purchase phase. */
  readonly weighing: boolean;
  /** Far behind the best supplier on a weighing criterion (the POSITION_BEHIND gap). */
  readonly behind: boolean;
}

/** Our position against the best supplier (客户选择供应商的要素): a bar chart drawn natively. */
export interface SheetPosition {
  readonly max: number;
  readonly legendOurs: string;
  readonly legendBest: string;
  /** "Best supplier: Acme", or null when not named. */
  readonly bestSupplier: string | null;
  /** "In this phase the client weighs quality 50%, …". */
  readonly note: string;
  readonly rows: readonly SheetPositionRow[];
}

/** Longest needs record the header shows; the rest is on the deal. */
export const NEEDS_FACT_MAX = 160;

export interface ReviewSheet {
  readonly lang: Lang;
  readonly anonymous: boolean;
  readonly includePersonal: boolean;
  /** The deal's name (a placeholder in the anonymous variant when the name held only names). */
  readonly heading: string;
  /** "Deal review". */
  readonly kind: string;
  readonly facts: readonly SheetFact[];
  readonly sections: {
    readonly map: string;
    readonly likelihood: string;
    readonly gaps: string;
    readonly stakeholders: string;
    readonly position: string;
  };
  /** The map drawing without its title block, and its natural size in SVG units. */
  readonly map: { readonly svg: string; readonly width: number; readonly height: number };
  readonly likelihood: SheetLikelihood;
  readonly gaps: {
    /** Critical, then warning, then info; severities without gaps are left out. */
    readonly groups: readonly SheetGapGroup[];
    /** Shown when there are no gaps at all; null otherwise. */
    readonly none: string | null;
  };
  readonly table: SheetTable;
  /** Null while nothing is scored. */
  readonly position: SheetPosition | null;
  readonly footer: {
    /** "Confidential: …", or the anonymous variant's note. */
    readonly note: string;
    /** "Page {page} of {pages}": fill it in with `pageLabel`. */
    readonly pageTemplate: string;
    /** "{section} (continued)": a section's heading on the pages it runs on to. */
    readonly continuedTemplate: string;
  };
}

/** Points with their sign: `+13`, `−8` (a true minus sign, as the app's panel shows them), `0`. */
export function signedPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `\u2212${Math.abs(points)}`;
  return '0';
}

/** The footer's page label for one page: `pageLabel(sheet.footer.pageTemplate, 2, 3)` → "Page 2 of 3". */
export function pageLabel(template: string, page: number, pages: number): string {
  return template.replace('{page}', String(page)).replace('{pages}', String(pages));
}

/** A section heading on a page it runs on to: "Stakeholders (continued)". */
export function continuedLabel(template: string, section: string): string {
  return template.replace('{section}', section);
}

/** The deal's value as a salesperson writes it (the rule is shared/values/money.ts). */
export function formatValue(value: number, currency: string | undefined, lang: Lang): string {
  return formatMoney(value, currency, lang);
}

function factsOf(doc: PowermapDocument, options: SheetSettings, t: Translator): SheetFact[] {
  const { deal } = doc;
  const facts: SheetFact[] = [];
  const fact = (key: SheetFact['key'], value: string) => facts.push({ key, label: t(`sheet.fact.${key}`), value });
  // The anonymous variant's account is a placeholder ("Client"): nothing worth a line.
  if (deal.account.trim() !== '' && !options.anonymous) fact('account', deal.account);
  fact('stage', t(`purchaseStage.${deal.purchaseStage}`));
  fact('value', deal.value === null ? t('sheet.fact.valueNone') : formatValue(deal.value, deal.currency, options.lang));
  fact('decisionDate', deal.decisionDate ?? t('sheet.fact.decisionDateNone'));
  if (options.asOf) fact('asOf', options.asOf);
  const team = doc.team.map((member) => member.name.trim()).filter((name) => name !== '');
  if (team.length > 0) fact('team', joinList(options.lang, team));
  const competitors = deal.competitors.map((name) => name.trim()).filter((name) => name !== '');
  if (competitors.length > 0) fact('competitors', joinList(options.lang, competitors));
  fact('salesStep', deal.salesStep === null ? t('salesStep.none') : t(`salesStep.${deal.salesStep}`));
  if (deal.needsRecord !== null) {
    const written = deal.needsRecord.text.replace(/\s+/g, ' ').trim();
    const short =
      [...written].length > NEEDS_FACT_MAX ? `${[...written].slice(0, NEEDS_FACT_MAX - 1).join('')}…` : written;
    fact('needs', t('salesView.needsOn', { date: deal.needsRecord.date, text: short }));
  }
  return facts;
}

function positionSheet(doc: PowermapDocument, t: Translator): SheetPosition | null {
  const position = positionOf(doc);
  // Only what the user scored: the map's suggestion alone is a prompt for the app, not a chart for a review.
  if (!position.scored) return null;
  const behind = new Set(farBehind(position).map((c) => c.criterion));
  const shown = (score: number | null) => (score === null ? t('positionView.notScored') : String(score));
  return {
    max: POSITION_SCORE_MAX,
    legendOurs: t('sheet.legend.ours'),
    legendBest: t('sheet.legend.best'),
    bestSupplier: position.bestSupplier === null ? null : t('positionView.bestNamed', { name: position.bestSupplier }),
    note: t('positionView.weighs', { ...PHASE_OF_STAGE[doc.deal.purchaseStage] }),
    rows: position.criteria.map((c) => ({
      key: c.criterion,
      label: c.fromMap
        ? `${t(`criterion.${c.criterion}`)} (${t('positionView.fromMap')})`
        : t(`criterion.${c.criterion}`),
      ours: c.ours,
      best: c.best,
      oursShown: shown(c.ours),
      bestShown: shown(c.best),
      weighing: c.factor === position.weighing,
      behind: behind.has(c.criterion),
    })),
  };
}

/** The deal-review sheet of `source` (see the module comment). Pure and deterministic. */
export function reviewSheet(view: ExportView, sheetOptions: SheetOptions = {}): ReviewSheet {
  const options: SheetSettings = { ...sheetOptions, ...view.privacy };
  const { lang } = options;
  const t = translator(lang);
  const asOf = options.asOf ?? null;
  const { doc } = view;

  const analysis = analyze(doc, { asOf, lang });
  const context = buildContext(doc, asOf);
  const names = new Map(doc.stakeholders.map((person) => [person.id, person.name]));

  const terms = analysis.explanation.terms;
  const zeroCount = terms.filter((term) => term.points === 0).length;
  const likelihood: SheetLikelihood = {
    value: analysis.winLikelihood,
    figure: `${analysis.winLikelihood}%`,
    label: t('sheet.likelihood.total'),
    note: t('sheet.likelihood.note'),
    base: {
      key: 'base',
      label: t('term.base'),
      points: analysis.explanation.base,
      shown: String(analysis.explanation.base),
    },
    terms: terms
      .filter((term) => term.points !== 0)
      .map((term) => ({ key: term.key, label: term.label, points: term.points, shown: signedPoints(term.points) })),
    zeroNote: zeroCount === 0 ? null : t('sheet.likelihood.zero', { count: zeroCount }),
  };

  const groups: SheetGapGroup[] = [];
  for (const severity of SEVERITIES) {
    const gaps = analysis.gaps.filter((gap) => gap.severity === severity);
    if (gaps.length === 0) continue;
    groups.push({
      severity,
      heading: t('sheet.gaps.group', { severity: t(`panels.severity.${severity}`), count: gaps.length }),
      gaps: gaps.map((gap) => {
        const people = gap.stakeholderIds.map((id) => names.get(id)).filter((name) => name !== undefined);
        return {
          code: gap.code,
          severity,
          title: wordGap(context, gap, lang).title,
          message: gap.message,
          action: t('sheet.gaps.action', { action: gap.action }),
          people: people.length === 0 ? null : t('sheet.gaps.people', { names: joinList(lang, people) }),
        };
      }),
    });
  }

  const drawing = drawMap(view, { asOf, titleBlock: false });
  const table = stakeholderTable(view);

  return {
    lang,
    anonymous: options.anonymous,
    includePersonal: options.includePersonal,
    heading: doc.deal.name.trim() === '' ? t('export.anon.deal') : doc.deal.name,
    kind: t('sheet.kind'),
    facts: factsOf(doc, options, t),
    sections: {
      map: t('sheet.section.map'),
      likelihood: t('sheet.section.likelihood'),
      gaps: t('sheet.section.gaps'),
      stakeholders: t('sheet.section.stakeholders'),
      position: t('sheet.position'),
    },
    map: { svg: drawing.svg, width: drawing.width, height: drawing.height },
    likelihood,
    gaps: { groups, none: groups.length === 0 ? t('sheet.gaps.none') : null },
    table: { columns: table.columns, header: table.header, rows: table.rows, empty: t('sheet.table.none') },
    position: positionSheet(doc, t),
    footer: {
      note: options.anonymous ? t('sheet.footer.anonymous') : t('sheet.footer.confidential'),
      pageTemplate: t('sheet.footer.page'),
      continuedTemplate: t('sheet.footer.continued'),
    },
  };
}
