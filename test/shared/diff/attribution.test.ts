/** Attribution: how many points of win likelihood each change moved, and that the rows add up. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribute, diffDocuments, roundToTotal, type Attribution, type DocumentDiff } from '../../../shared/diff';
import type { MapContent, PowermapDocument, Stakeholder } from '../../../shared/document';
import { documentArb } from '../../support/arbitraries';
import { makeDocument, member, person, relationship } from '../../support/builders';

const AS_OF = '2026-11-26';

function compare(old: MapContent, next: MapContent): { diff: DocumentDiff; attribution: Attribution } {
  const diff = diffDocuments(old, next, { asOf: AS_OF });
  return { diff, attribution: attribute(diff, { old, new: next }) };
}

function termSum(diff: DocumentDiff): number {
  return diff.winLikelihood.terms.reduce((sum, term) => sum + term.delta, 0);
}

/** The rows add up: exactly to the terms' change, in whole points to the change shown. */
function expectConsistent({ diff, attribution }: { diff: DocumentDiff; attribution: Attribution }): void {
  const exact = attribution.rows.reduce((sum, row) => sum + row.points, 0);
  expect(Math.abs(exact - termSum(diff))).toBeLessThan(1e-6);
  expect(Math.abs(attribution.exact - exact)).toBeLessThan(1e-9);
  expect(attribution.delta).toBe(diff.winLikelihood.delta);
  expect(attribution.rows.reduce((sum, row) => sum + row.rounded, 0)).toBe(diff.winLikelihood.delta);
  for (const row of attribution.rows) {
    expect(Number.isInteger(row.rounded)).toBe(true);
    expect(Math.abs(row.rounded - row.points)).toBeLessThan(1 + 1e-6);
  }
  const sizes = attribution.rows.map((row) => Math.abs(row.points));
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
}

function rowOf(attribution: Attribution, id: string | undefined, kind = 'person') {
  const row = attribution.rows.find((r) => r.kind === kind && r.id === id);
  if (!row) throw new Error(`no ${kind} row ${String(id)} in ${JSON.stringify(attribution.rows)}`);
  return row;
}

function termDelta(diff: DocumentDiff, key: string): number {
  return diff.winLikelihood.terms.find((t) => t.key === key)?.delta ?? 0;
}

/** A base map with every buying role held, so only the changes under test open or close gaps. */
function base(extra: Stakeholder[] = []): PowermapDocument {
  return makeDocument({
    deal: { id: 'd', name: 'Core banking' },
    team: [member('t1')],
    stakeholders: [
      person('dm', {
        name: 'Director',
        level: 'decision',
        roles: ['decision-maker'],
        attitude: 'supporter',
        closeness: 'close',
        stage: 'trusted',
        ownerId: 't1',
      }),
      person('tech', {
        name: 'Architect',
        level: 'managerial',
        roles: ['technical'],
        attitude: 'supporter',
        closeness: 'frequent',
        stage: 'engaged',
        ownerId: 't1',
      }),
      person('fin', { name: 'Controller', roles: ['financial', 'user'], attitude: 'neutral', ownerId: 't1' }),
      person('coach', {
        name: 'Coach',
        roles: ['coach'],
        attitude: 'champion',
        closeness: 'close',
        stage: 'allied',
        ownerId: 't1',
      }),
      ...extra,
    ],
  });
}

function withPeople(doc: PowermapDocument, people: Stakeholder[]): PowermapDocument {
  return { ...doc, stakeholders: people };
}

describe('attribute', () => {
  it('gives a changed person their own term and the gaps about them they closed', () => {
    const old = base([person('cfo', { name: 'CFO', level: 'decision', attitude: 'unknown', ownerId: 't1' })]);
    const next = withPeople(
      old,
      old.stakeholders.map((p) => (p.id === 'cfo' ? { ...p, attitude: 'supporter' as const } : p)),
    );
    const result = compare(old, next);
    expectConsistent(result);
    const row = rowOf(result.attribution, 'cfo');
    expect(row).toMatchObject({ kind: 'person', name: 'CFO', change: 'changed' });
    expect(row.terms).toEqual(expect.arrayContaining(['person:cfo', 'gap:ATTITUDE_UNKNOWN:cfo']));
    expect(row.points).toBeCloseTo(termDelta(result.diff, 'person:cfo') + 3, 6);
  });

  it('gives an added person the missing role they fill, and a removed one the role they leave', () => {
    const old = base();
    const withoutCoach = withPeople(
      old,
      old.stakeholders.filter((p) => p.id !== 'coach'),
    );
    const removed = compare(old, withoutCoach);
    expectConsistent(removed);
    const gone = rowOf(removed.attribution, 'coach');
    expect(gone.change).toBe('removed');
    expect(gone.terms).toEqual(expect.arrayContaining(['person:coach', 'gap:MISSING_ROLE:coach']));
    expect(gone.points).toBeCloseTo(termDelta(removed.diff, 'person:coach') - 3, 6);

    const added = compare(withoutCoach, old);
    expectConsistent(added);
    expect(rowOf(added.attribution, 'coach')).toMatchObject({ change: 'added' });
    expect(rowOf(added.attribution, 'coach').terms).toContain('gap:MISSING_ROLE:coach');
  });

  it('gives a role moved by an edit to the person edited', () => {
    const old = base();
    const next = withPeople(
      old,
      old.stakeholders.map((p) => (p.id === 'fin' ? { ...p, roles: ['user' as const] } : p)),
    );
    const result = compare(old, next);
    expectConsistent(result);
    const row = rowOf(result.attribution, 'fin');
    expect(row.change).toBe('changed');
    expect(row.terms).toContain('gap:MISSING_ROLE:financial');
  });

  it('gives the competitors and a qualification answered no to the deal', () => {
    const old = base();
    const next = {
      ...old,
      deal: {
        ...old.deal,
        competitors: ['Acme', 'Globex'],
        qualification: { ...old.deal.qualification, canWin: 'no' as const },
      },
    };
    const result = compare(old, next);
    expectConsistent(result);
    const deal = rowOf(result.attribution, undefined, 'deal');
    expect(deal.points).toBe(-4 - 3);
    expect(deal.rounded).toBe(-7);
    expect(deal.terms).toEqual(expect.arrayContaining(['competitors', 'gap:UNQUALIFIED']));
    expect(deal.name).toBe('The deal (competitors, qualification)');
    expect(attribute(result.diff, { old, new: next, lang: 'zh-CN' }).rows[0]!.name).toBe(
      '项目本身 (竞争对手、资格评估)',
    );
  });

  it('puts the shifted stakes of people who did not change in one row (the purchase stage moves role weights)', () => {
    const old = base();
    const next = { ...old, deal: { ...old.deal, purchaseStage: 'commitment' as const } };
    const result = compare(old, next);
    expectConsistent(result);
    const weights = rowOf(result.attribution, 'weights', 'structure');
    expect(weights.name).toBe('Everyone else (shares of influence shifted)');
    expect(weights.terms.every((key) => key.startsWith('person:'))).toBe(true);
    expect(weights.terms).toContain('person:tech');
    expect(result.attribution.rows.filter((r) => r.kind === 'person')).toEqual([]);
  });

  it('naming one more person moves nobody else: the newcomer has the only person row', () => {
    const old = base();
    const next = withPeople(old, [
      ...old.stakeholders,
      person('new', { name: 'Newcomer', level: 'managerial', attitude: 'supporter' }),
    ]);
    const result = compare(old, next);
    expectConsistent(result);
    expect(result.attribution.rows.some((r) => r.id === 'weights')).toBe(false);
    expect(result.attribution.rows.filter((r) => r.kind === 'person').map((r) => r.id)).toEqual(['new']);
  });

  it('does not count moving a card or editing notes as a change of the person', () => {
    const old = base();
    const next = withPeople(
      old,
      old.stakeholders.map((p, i) => (i === 0 ? { ...p, position: { x: 500, y: 20 }, notes: 'met at the fair' } : p)),
    );
    const result = compare(old, next);
    expect(result.diff.stakeholders.changed).toHaveLength(1);
    expect(result.attribution.rows).toEqual([]);
    expectConsistent(result);
  });

  it('splits a gap equally among the people of the gap who changed', () => {
    const old = base([person('vp', { name: 'VP', level: 'decision', closeness: 'close', attitude: 'neutral' })]);
    const next = withPeople(
      old,
      old.stakeholders.map((p) =>
        p.level === 'decision' ? { ...p, closeness: 'distant' as const, stage: 'acquainted' as const } : p,
      ),
    );
    const result = compare(old, next);
    expectConsistent(result);
    expect(result.diff.gaps.opened.map((g) => g.key)).toContain('NO_EXECUTIVE_ACCESS');
    const share = (id: string) =>
      rowOf(result.attribution, id).points - termDelta(result.diff, `person:${id}`) - gapOwn(result.diff, id);
    expect(share('dm')).toBeCloseTo(-4, 6);
    expect(share('vp')).toBeCloseTo(-4, 6);
  });

  it('gives a gap opened by a new line to the people at its ends', () => {
    const old = base([person('foe', { name: 'Foe', attitude: 'opponent' })]);
    const next = { ...old, relationships: [relationship('r1', 'influences', 'foe', 'dm')] };
    const result = compare(old, next);
    expectConsistent(result);
    expect(result.diff.gaps.opened.map((g) => g.key)).toContain('OPPONENT_REACHES_DM:foe');
    expect(rowOf(result.attribution, 'foe')).toMatchObject({ change: 'relationships' });
    expect(rowOf(result.attribution, 'dm')).toMatchObject({ change: 'relationships' });
    expect(rowOf(result.attribution, 'foe').points).toBeCloseTo(-4, 6);
  });

  it('gives a gap none of whose people changed to the gap itself', () => {
    const old = base();
    // The architect stops being a close supporter: SINGLE_THREADED opens, and names only
    // the one thread left (the coach and the director, unchanged).
    const next = withPeople(
      old,
      old.stakeholders.map((p) => (p.id === 'tech' || p.id === 'dm' ? { ...p, closeness: 'distant' as const } : p)),
    );
    const result = compare(old, next);
    expectConsistent(result);
    expect(result.diff.gaps.opened.map((g) => g.key)).toContain('SINGLE_THREADED');
    const row = rowOf(result.attribution, 'gap:SINGLE_THREADED', 'structure');
    expect(row.points).toBe(-3);
    expect(row.name).toBe('warning gap: Single-threaded');
  });

  it('has no rows when nothing changed, and works without the two maps', () => {
    const doc = base();
    expect(compare(doc, doc).attribution).toEqual({ delta: 0, exact: 0, rows: [] });
    const next = withPeople(doc, doc.stakeholders.slice(1));
    const diff = diffDocuments(doc, next, { asOf: AS_OF });
    expectConsistent({ diff, attribution: attribute(diff) });
  });
});

/** The part of a person's row that comes from gaps naming only them (`CODE:<id>` keys). */
function gapOwn(diff: DocumentDiff, id: string): number {
  return diff.winLikelihood.terms
    .filter((t) => t.key.startsWith('gap:') && t.key.endsWith(`:${id}`))
    .reduce((sum, t) => sum + t.delta, 0);
}

describe('roundToTotal', () => {
  it('rounds to whole numbers that add up to the total, largest remainders first', () => {
    expect(roundToTotal([1.6, 1.3, 0.1], 3)).toEqual([2, 1, 0]);
    expect(roundToTotal([-1.6, -1.3, -0.1], -3)).toEqual([-2, -1, 0]);
    expect(roundToTotal([0.5, 0.5], 1)).toEqual([1, 0]);
    expect(roundToTotal([2.2, 2.2], 3)).toEqual([1, 2]);
    expect(roundToTotal([], 0)).toEqual([]);
  });

  it('always adds up, each part within a point of its value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: -1, max: 1 }),
        (values, shift) => {
          const total = Math.round(values.reduce((a, b) => a + b, 0)) + shift;
          const out = roundToTotal(values, total);
          expect(out.reduce((a, b) => a + b, 0)).toBe(total);
          out.forEach((whole, i) => expect(Math.abs(whole - values[i]!)).toBeLessThan(2));
        },
      ),
    );
  });
});

describe('attribute on generated maps', () => {
  it('rows add up exactly to the terms and in whole points to the change shown (two unrelated maps)', () => {
    fc.assert(
      fc.property(documentArb({ maxStakeholders: 8 }), documentArb({ maxStakeholders: 8 }), (a, b) => {
        expectConsistent(compare(a, b));
      }),
      { numRuns: 150 },
    );
  });

  it('rows add up between a map and the snapshots in its history, both ways', () => {
    fc.assert(
      fc.property(documentArb({ maxStakeholders: 8 }), (doc) => {
        for (const snapshot of doc.history) {
          expectConsistent(compare(snapshot, doc));
          expectConsistent(compare(doc, snapshot));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('rows add up after a random edit of one person', () => {
    fc.assert(
      fc.property(
        documentArb({ maxStakeholders: 8, history: false }).filter((d) => d.stakeholders.length > 0),
        fc.nat(),
        fc.constantFrom<Stakeholder['attitude']>('champion', 'supporter', 'neutral', 'opponent', 'blocker', 'unknown'),
        fc.constantFrom<Stakeholder['closeness']>('close', 'frequent', 'distant', 'none'),
        (doc, pick, attitude, closeness) => {
          const i = pick % doc.stakeholders.length;
          const next = {
            ...doc,
            stakeholders: doc.stakeholders.map((p, k) => (k === i ? { ...p, attitude, closeness } : p)),
          };
          const result = compare(doc, next);
          expectConsistent(result);
          const others = result.attribution.rows.filter((r) => r.kind === 'person' && r.id !== doc.stakeholders[i]!.id);
          // Only the edited person, or people at the ends of changed lines (none here), get a person row.
          expect(others).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
