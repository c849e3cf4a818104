/**
 * Attribution: how many points of win likelihood each change between two versions moved
 * (PRODUCT.md 3.3, issue 4). The likelihood terms that moved are grouped by the change
 * they come from:
 *
 * - a person's term goes to that person when they were added, removed or changed in a
 *   field the analysis reads (moving a card, notes, interests, name, title, department
 *   and style do not count); the terms of everyone else moved only because their stakes
 *   moved (the purchase stage shifts role weights), and go to one row, "everyone else";
 * - a gap's term goes to the people of that gap who changed, or whose relationship lines
 *   changed, split equally (for a missing buying role: the people who gained or lost the
 *   role); when none of them changed, to the gap itself (a `structure` row), or to the deal
 *   for a qualification answered no;
 * - the competitors term goes to the deal; the clamp to 0..100 is a `structure` row.
 *
 * The rows' exact points add up to the exact change of the likelihood terms; their whole
 * points add up to the whole change shown (largest remainder, as the likelihood does).
 */
import type { Gap } from '../analysis/types';
import type { Lang } from '../i18n/catalogue';
import { translate } from '../i18n/translate';
import {
  changedPeople,
  gainedRole,
  lostRole,
  type ChangedPeople,
  type ComparedVersions,
  type PersonChange,
} from './changedPeople';
import type { DocumentDiff, TermChange } from './types';

export type { PersonChange } from './changedPeople';

export type AttributionKind = 'person' | 'deal' | 'structure';

export interface AttributionRow {
  readonly kind: AttributionKind;
  /**
   * A person row: the stakeholder's id. A structure row: `gap:<gap key>` for a gap none of
   * whose people changed, `weights` for everyone else's shifted shares, `clamp` for the
   * clamp. The deal row has none.
   */
  readonly id?: string;
  /** The person's name (newer version first), or the worded row. */
  readonly name: string;
  /** Person rows only. */
  readonly change?: PersonChange;
  /** Exact, unrounded points this change moved. */
  readonly points: number;
  /** Whole points; the rows' whole points add up to the whole change shown. */
  readonly rounded: number;
  /** The keys of the likelihood terms (or shares of them) this row holds. */
  readonly terms: readonly string[];
}

export interface Attribution {
  /** The whole change shown: new likelihood minus old. */
  readonly delta: number;
  /** The sum of the rows' exact points: the unrounded change of the terms. */
  readonly exact: number;
  /** Largest |points| first. */
  readonly rows: readonly AttributionRow[];
}

export interface AttributionOptions extends ComparedVersions {
  /** Language of the rows that are not a person (default English). */
  readonly lang?: Lang;
}

const KIND_ORDER: Readonly<Record<AttributionKind, number>> = { person: 0, deal: 1, structure: 2 };

interface Draft {
  readonly kind: AttributionKind;
  readonly id: string | undefined;
  readonly name: string;
  readonly change: PersonChange | undefined;
  points: number;
  readonly terms: Set<string>;
}

/**
 * Whole numbers, one per value, that add up to `total`: each value floored, then the
 * missing points go one by one to the largest remainders (or, when the floors overshoot,
 * are taken from the smallest). Ties go to the earlier value.
 */
export function roundToTotal(values: readonly number[], total: number): number[] {
  const n = values.length;
  const out = values.map((value) => Math.floor(value) + 0);
  if (n === 0) return out;
  let missing = total;
  for (const whole of out) missing -= whole;
  if (missing === 0) return out;
  const remainder = values.map((value, i) => value - out[i]!);
  const order = Array.from({ length: n }, (_, i) => i);
  if (missing > 0) {
    order.sort((a, b) => remainder[b]! - remainder[a]! || a - b);
    for (let k = 0; k < missing; k++) out[order[k % n]!]! += 1;
  } else {
    order.sort((a, b) => remainder[a]! - remainder[b]! || a - b);
    for (let k = 0; k < -missing; k++) out[order[k % n]!]! -= 1;
  }
  return out;
}

/** The person id a person-specific gap key names (`UNCOVERED:s-1`), or null. */
function personOfGapKey(gapKey: string): string | null {
  const colon = gapKey.indexOf(':');
  if (colon <= 0) return null;
  return gapKey.slice(0, colon) === 'MISSING_ROLE' ? null : gapKey.slice(colon + 1);
}

export function attribute(diff: DocumentDiff, options: AttributionOptions = {}): Attribution {
  const people = changedPeople(diff, options);
  const rows = rowDrafts(people.names, options.lang ?? 'en');
  const gaps = gapTermPeople(diff);
  for (const term of diff.winLikelihood.terms) {
    if (term.key.startsWith('person:')) {
      const id = term.key.slice('person:'.length);
      const change = people.own.get(id);
      if (change !== undefined) rows.toPerson(id, term.delta, term.key, change);
      else rows.toWeights(term);
    } else if (term.key.startsWith('gap:')) {
      assignGapTerm(term, gaps, people, rows);
    } else if (term.key === 'competitors') {
      rows.toDeal(term);
    } else {
      // `clamp`, and each kind of term a later model adds.
      rows.toStructure(term.key, term.label, term);
    }
  }
  return finishRows([...rows.drafts.values()], diff.winLikelihood.delta);
}

/** A gap's term: to the people of the gap who changed, split equally; else to the deal or the gap itself. */
function assignGapTerm(term: TermChange, gaps: GapTermPeople, people: ChangedPeople, rows: RowDrafts): void {
  const { code, people: ofGap } = gaps(term.key.slice('gap:'.length));
  const movers = [...new Set(ofGap)].filter((id) => people.touched.has(id));
  if (movers.length > 0) {
    for (const id of movers) rows.toPerson(id, term.delta / movers.length, term.key, people.touched.get(id)!);
  } else if (code === 'UNQUALIFIED') {
    rows.toDeal(term);
  } else {
    rows.toStructure(term.key, term.label, term);
  }
}

/** A gap key's code, and the people its term may go to (before keeping those who changed). */
type GapTermPeople = (gapKey: string) => { readonly code: string | undefined; readonly people: readonly string[] };

function gapTermPeople(diff: DocumentDiff): GapTermPeople {
  const opened = new Map<string, Gap>(diff.gaps.opened.map((g) => [g.key, g]));
  const closed = new Map<string, Gap>(diff.gaps.closed.map((g) => [g.key, g]));
  return (gapKey) => {
    const gap = opened.get(gapKey) ?? closed.get(gapKey);
    const code = gap?.code ?? gapKey.split(':')[0];
    if (code === 'MISSING_ROLE') {
      // For a missing buying role: the people who gained or lost the role.
      const role = gap?.role ?? gapKey.slice('MISSING_ROLE:'.length);
      const people = opened.has(gapKey) ? lostRole(diff, role) : closed.has(gapKey) ? gainedRole(diff, role) : [];
      return { code, people };
    }
    if (gap) return { code, people: gap.stakeholderIds };
    const id = personOfGapKey(gapKey);
    return { code, people: id === null ? [] : [id] };
  };
}

/** The rows being gathered, one per person, the deal and each structure row, in the order first met. */
interface RowDrafts {
  readonly drafts: ReadonlyMap<string, Draft>;
  toPerson(id: string, points: number, termKey: string, change: PersonChange): void;
  toDeal(term: TermChange): void;
  /** Everyone else's shares, shifted only because their stakes moved. */
  toWeights(term: TermChange): void;
  toStructure(id: string, name: string, term: TermChange): void;
}

function rowDrafts(names: ReadonlyMap<string, string>, lang: Lang): RowDrafts {
  const drafts = new Map<string, Draft>();
  const add = (rowKey: string, make: () => Omit<Draft, 'points' | 'terms'>, points: number, termKey: string): void => {
    let draft = drafts.get(rowKey);
    if (!draft) {
      draft = { ...make(), points: 0, terms: new Set() };
      drafts.set(rowKey, draft);
    }
    draft.points += points;
    draft.terms.add(termKey);
  };
  const toStructure = (id: string, name: string, term: TermChange) =>
    add(`structure:${id}`, () => ({ kind: 'structure', id, name, change: undefined }), term.delta, term.key);
  return {
    drafts,
    toPerson: (id, points, termKey, change) =>
      add(`person:${id}`, () => ({ kind: 'person', id, name: names.get(id) ?? id, change }), points, termKey),
    toDeal: (term) =>
      add(
        'deal',
        () => ({
          kind: 'deal',
          id: undefined,
          name: translate(lang, 'history.attribution.deal'),
          change: undefined,
        }),
        term.delta,
        term.key,
      ),
    toWeights: (term) => toStructure('weights', translate(lang, 'history.attribution.weights'), term),
    toStructure,
  };
}

/** The rows largest first, their whole points adding up to the whole change shown. */
function finishRows(drafts: readonly Draft[], delta: number): Attribution {
  const ordered = [...drafts].sort(
    (a, b) =>
      Math.abs(b.points) - Math.abs(a.points) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compareText(a.id ?? '', b.id ?? ''),
  );
  const rounded = roundToTotal(
    ordered.map((d) => d.points),
    delta,
  );
  let exact = 0;
  const rows: AttributionRow[] = [];
  ordered.forEach((draft, i) => {
    exact += draft.points;
    rows.push({
      kind: draft.kind,
      ...(draft.id === undefined ? {} : { id: draft.id }),
      name: draft.name,
      ...(draft.change === undefined ? {} : { change: draft.change }),
      points: draft.points + 0,
      rounded: rounded[i]! + 0,
      terms: [...draft.terms],
    });
  });
  return { delta, exact: exact + 0, rows };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
