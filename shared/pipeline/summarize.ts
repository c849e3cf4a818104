/**
 * One deal's pipeline row from its document: the analysis of the current map (once, with
 * nothing worded), its key people's coverage, the status rule (docs/PIPELINE.md) and the
 * likelihood's trend from the history snapshots (each analysed once, then cached).
 */
import { buildContext, type AnalysisContext } from '../analysis/context';
import { findGaps } from '../analysis/findGaps';
import { rawTerms, score } from '../analysis/likelihood';
import { GAP_CODES, type Finding, type GapCode } from '../analysis/types';
import type { PowermapDocument } from '../document/schema';
import { WARM_CLOSENESS } from '../document/vocabulary';
import { epochDay } from '../values/date';
import { normalizeKey } from '../values/text';
import { readOutcome } from './outcome';
import { pipelineStatus } from './status';
import { likelihoodSeries, snapshotLikelihood, snapshotOn } from './trend';
import type { Coverage, CriticalGaps, LastChange, PipelineRow, SummarizeOptions, Trend } from './types';

/** At most this many points of the series are kept in a row (the sparkline's width): a half year of weekly snapshots. */
export const SERIES_POINTS = 26;

export function coverageOf(context: AnalysisContext): Coverage {
  let keyPeople = 0;
  let covered = 0;
  context.people.forEach((person, i) => {
    if (!context.isKey[i]) return;
    keyPeople += 1;
    if (WARM_CLOSENESS.has(person.closeness)) covered += 1;
  });
  return { keyPeople, covered, share: keyPeople === 0 ? null : covered / keyPeople };
}

function criticalGapsOf(context: AnalysisContext, findings: readonly Finding[]): CriticalGaps {
  const critical = findings.filter((f) => f.severity === 'critical');
  const present = new Set<GapCode>(critical.map((f) => f.code));
  const nameOf = (id: string) => {
    const index = context.indexOf.get(id);
    return index === undefined ? id : context.people[index]!.name;
  };
  return {
    count: critical.length,
    codes: GAP_CODES.filter((code) => present.has(code)),
    gaps: critical.map((f) => ({
      key: f.key,
      code: f.code,
      ...(f.role === undefined ? {} : { role: f.role }),
      people: f.code === 'MISSING_ROLE' ? [] : f.stakeholderIds.map(nameOf),
    })),
  };
}

function trendOf(doc: PowermapDocument, likelihood: number, options: SummarizeOptions): Trend {
  const { asOf } = options;
  const since = options.since ?? null;
  const past = likelihoodSeries(doc, asOf);
  const series = [...past.slice(-(SERIES_POINTS - 1)), { date: asOf, likelihood }];
  if (since !== null) {
    const then = snapshotOn(doc, since);
    if (then === null) return { since: null, delta: null, series };
    return { since, delta: likelihood - snapshotLikelihood(then, since), series };
  }
  const last = past.at(-1);
  return last === undefined
    ? { since: null, delta: null, series }
    : { since: last.date, delta: likelihood - last.likelihood, series };
}

function lastChangeOf(doc: PowermapDocument, given: LastChange | null | undefined): LastChange | null {
  if (given !== undefined) return given;
  const newest = doc.history.at(-1);
  return newest === undefined ? null : { at: newest.takenAt, by: null };
}

function ownerOf(doc: PowermapDocument, given: string | null | undefined): string | null {
  if (given !== undefined) return given;
  const first = doc.team.find((member) => member.name.trim() !== '');
  return first === undefined ? null : first.name;
}

/**
 * Joins the parts of a search key: the unit separator, a control character that no search word
 * holds (searchWords splits on it, searchKeyOf drops it from the parts), so a search never
 * matches across two fields. Not NUL, which PostgreSQL's text and jsonb cannot store.
 */
export const SEARCH_KEY_SEPARATOR = '\u001f';

function searchKeyOf(parts: readonly (string | null)[]): string {
  // Each part folded alone, without the separator, so only the joins hold it.
  return parts
    .flatMap((part) => (part === null ? [] : [normalizeKey(part).replaceAll(SEARCH_KEY_SEPARATOR, '')]))
    .join(SEARCH_KEY_SEPARATOR);
}

export function summarizeDeal(doc: PowermapDocument, options: SummarizeOptions): PipelineRow {
  const { deal } = doc;
  const context = buildContext(doc, options.asOf);
  const findings = findGaps(context);
  const likelihood = score(rawTerms(context, findings), context.costs.base).likelihood;
  const outcome = readOutcome(deal);
  const daysLeft = deal.decisionDate === null ? null : epochDay(deal.decisionDate) - epochDay(options.asOf);
  const trend = trendOf(doc, likelihood, options);
  const coverage = coverageOf(context);
  const owner = ownerOf(doc, options.owner);
  const { status, reasons } = pipelineStatus({
    context,
    findings,
    likelihood,
    delta: trend.delta,
    coverage,
    daysLeft,
    open: outcome === null,
  });
  return {
    dealId: deal.id,
    name: deal.name,
    account: deal.account,
    value: deal.value,
    currency: deal.currency ?? null,
    purchaseStage: deal.purchaseStage,
    salesStep: deal.salesStep,
    decisionDate: deal.decisionDate,
    daysLeft,
    overdue: outcome === null && daysLeft !== null && daysLeft < 0,
    likelihood,
    trend,
    criticalGaps: criticalGapsOf(context, findings),
    coverage,
    lastChange: lastChangeOf(doc, options.lastChange),
    owner,
    team: options.team ?? null,
    status,
    reasons,
    outcome,
    searchKey: searchKeyOf([deal.name, deal.account, owner, ...deal.competitors, outcome?.competitor ?? null]),
  };
}

/**
 * A row with the owner and team the server knows (a shared deal summarized from its local
 * copy, which knows neither): filters by owner and team then work across the team, and a
 * search finds the deal by the server's owner too (the map's own first member stays findable).
 */
export function withOwnerAndTeam(row: PipelineRow, owner: string | null, team: string | null): PipelineRow {
  if (row.owner === owner && row.team === team) return row;
  const added = searchKeyOf([owner]);
  const searchKey =
    added === '' ? row.searchKey : row.searchKey === '' ? added : row.searchKey + SEARCH_KEY_SEPARATOR + added;
  return { ...row, owner, team, searchKey };
}
