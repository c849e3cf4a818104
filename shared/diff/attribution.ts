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
import type { MapContent, Relationship } from '../document/schema';
import type { Lang } from '../i18n/catalogue';
import { translate } from '../i18n/translate';
import type { DocumentDiff, TermChange } from './types';

export type AttributionKind = 'person' | 'deal' | 'structure';

/** What happened to a person row's person: `relationships` when only their lines changed. */
export type PersonChange = 'added' | 'removed' | 'changed' | 'relationships';

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

export interface AttributionOptions {
  /** The two versions the diff compared: they find the people at both ends of changed lines, and names. */
  readonly old?: MapContent;
  readonly new?: MapContent;
  /** Language of the rows that are not a person (default English). */
  readonly lang?: Lang;
}

/** Person fields the analysis never reads: a change only there is no change for the likelihood. */
const NEUTRAL_FIELDS = new Set(['name', 'title', 'department', 'style', 'notes', 'interests', 'position']);

function isNeutral(field: string): boolean {
  const dot = field.indexOf('.');
  return NEUTRAL_FIELDS.has(dot < 0 ? field : field.slice(0, dot));
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
  const lang = options.lang ?? 'en';
  const { stakeholders, relationships } = diff;

  // Who changed, and the names to show.
  const names = new Map<string, string>();
  for (const map of [options.old, options.new]) for (const p of map?.stakeholders ?? []) names.set(p.id, p.name);
  const own = new Map<string, PersonChange>();
  for (const p of stakeholders.removed) {
    own.set(p.id, 'removed');
    names.set(p.id, p.name);
  }
  for (const p of stakeholders.added) {
    own.set(p.id, 'added');
    names.set(p.id, p.name);
  }
  for (const entity of stakeholders.changed) {
    names.set(entity.id, entity.name);
    if (entity.changes.some((c) => !isNeutral(c.field))) own.set(entity.id, 'changed');
  }

  // People at either end of a line that was added, removed or changed.
  const touched = new Map<string, PersonChange>(own);
  const touch = (id: unknown) => {
    if (typeof id === 'string' && !touched.has(id)) touched.set(id, 'relationships');
  };
  const touchLine = (line: Pick<Relationship, 'from' | 'to'> | undefined) => {
    if (line === undefined) return;
    touch(line.from);
    touch(line.to);
  };
  for (const line of [...relationships.added, ...relationships.removed]) touchLine(line);
  if (relationships.changed.length > 0) {
    const lines = new Map<string, Relationship>();
    for (const map of [options.old, options.new]) for (const line of map?.relationships ?? []) lines.set(line.id, line);
    for (const entity of relationships.changed) {
      touchLine(lines.get(entity.id));
      for (const change of entity.changes) {
        if (change.field === 'from' || change.field === 'to') {
          touch(change.old);
          touch(change.new);
        }
      }
    }
  }

  // People who gained a buying role (closing MISSING_ROLE) or lost it (opening it).
  const gained = (role: string): string[] => [
    ...stakeholders.added.filter((p) => (p.roles as readonly string[]).includes(role)).map((p) => p.id),
    ...roleMoves(diff, role, 'new'),
  ];
  const lost = (role: string): string[] => [
    ...stakeholders.removed.filter((p) => (p.roles as readonly string[]).includes(role)).map((p) => p.id),
    ...roleMoves(diff, role, 'old'),
  ];
  const opened = new Map(diff.gaps.opened.map((g) => [g.key, g]));
  const closed = new Map(diff.gaps.closed.map((g) => [g.key, g]));

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
  const toPerson = (id: string, points: number, termKey: string, change: PersonChange) =>
    add(`person:${id}`, () => ({ kind: 'person', id, name: names.get(id) ?? id, change }), points, termKey);
  const toDeal = (term: TermChange) =>
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
    );
  const toStructure = (id: string, name: string, term: TermChange) =>
    add(`structure:${id}`, () => ({ kind: 'structure', id, name, change: undefined }), term.delta, term.key);

  for (const term of diff.winLikelihood.terms) {
    if (term.key.startsWith('person:')) {
      const id = term.key.slice('person:'.length);
      const change = own.get(id);
      if (change !== undefined) toPerson(id, term.delta, term.key, change);
      else toStructure('weights', translate(lang, 'history.attribution.weights'), term);
    } else if (term.key.startsWith('gap:')) {
      const gapKey = term.key.slice('gap:'.length);
      const gap = opened.get(gapKey) ?? closed.get(gapKey);
      const code = gap?.code ?? gapKey.split(':')[0];
      let people: readonly string[];
      if (code === 'MISSING_ROLE') {
        const role = gap?.role ?? gapKey.slice('MISSING_ROLE:'.length);
        people = opened.has(gapKey) ? lost(role) : closed.has(gapKey) ? gained(role) : [];
      } else if (gap) {
        people = gap.stakeholderIds;
      } else {
        const id = personOfGapKey(gapKey);
        people = id === null ? [] : [id];
      }
      const movers = [...new Set(people)].filter((id) => touched.has(id));
      if (movers.length > 0) {
        for (const id of movers) toPerson(id, term.delta / movers.length, term.key, touched.get(id)!);
      } else if (code === 'UNQUALIFIED') {
        toDeal(term);
      } else {
        toStructure(term.key, term.label, term);
      }
    } else if (term.key === 'competitors') {
      toDeal(term);
    } else {
      // `clamp`, and any kind of term a later model adds.
      toStructure(term.key, term.label, term);
    }
  }

  const ordered = [...drafts.values()].sort(
    (a, b) =>
      Math.abs(b.points) - Math.abs(a.points) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compareText(a.id ?? '', b.id ?? ''),
  );
  const delta = diff.winLikelihood.delta;
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

/** People whose `roles` change moved `role` in or out: present on the `side` where the role is held. */
function roleMoves(diff: DocumentDiff, role: string, side: 'old' | 'new'): string[] {
  const out: string[] = [];
  for (const entity of diff.stakeholders.changed) {
    const change = entity.changes.find((c) => c.field === 'roles');
    if (!change) continue;
    const held = (value: unknown) => Array.isArray(value) && (value as unknown[]).includes(role);
    const [before, after] = side === 'new' ? [change.old, change.new] : [change.new, change.old];
    if (held(after) && !held(before)) out.push(entity.id);
  }
  return out;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
