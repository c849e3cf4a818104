import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDocuments, type Direction, type DocumentDiff, type EntityChange } from '../../../shared/diff';
import { type PowermapDocument } from '../../../shared/document';
import { documentArb } from '../../support/arbitraries';
import { makeDocument, member, person, relationship } from '../../support/builders';

const before = makeDocument({
  deal: { id: 'd', name: 'Core banking', qualification: { canWin: 'unsure' } },
  team: [member('t1')],
  stakeholders: [
    person('vp', { name: 'Vice president', level: 'decision', roles: ['decision-maker'], attitude: 'unknown' }),
    person('cto', { name: 'CTO', roles: ['technical'], attitude: 'neutral', closeness: 'distant', ownerId: 't1' }),
    person('clerk', { name: 'Clerk', attitude: 'supporter', closeness: 'frequent' }),
  ],
  relationships: [relationship('r1', 'reports-to', 'cto', 'vp'), relationship('r2', 'influences', 'clerk', 'cto')],
});

function after(): PowermapDocument {
  return {
    ...before,
    deal: { ...before.deal, qualification: { ...before.deal.qualification, canWin: 'yes' }, value: 1_000_000 },
    stakeholders: [
      { ...before.stakeholders[0]!, attitude: 'supporter', closeness: 'frequent', ownerId: 't1' },
      {
        ...before.stakeholders[1]!,
        attitude: 'opponent',
        interests: { ...before.stakeholders[1]!.interests, personal: 'golf' },
      },
      person('cfo', { name: 'CFO', roles: ['financial'] }),
    ],
    relationships: [before.relationships[0]!, relationship('r3', 'influences', 'cto', 'vp', { strength: 3 })],
  };
}

describe('diffDocuments', () => {
  const diff = diffDocuments(before, after(), { lang: 'en' });

  it('lists people added and removed, matched by id', () => {
    expect(diff.stakeholders.added.map((p) => p.id)).toEqual(['cfo']);
    expect(diff.stakeholders.removed.map((p) => p.id)).toEqual(['clerk']);
  });

  it('gives every changed field with its old and new value, and classes attitude and contact moves', () => {
    const vp = diff.stakeholders.changed.find((c) => c.id === 'vp')!;
    expect(vp.changes).toEqual([
      { field: 'attitude', old: 'unknown', new: 'supporter', direction: 'improved' },
      { field: 'closeness', old: 'none', new: 'frequent', direction: 'improved' },
      { field: 'ownerId', old: null, new: 't1' },
    ]);
    expect(vp.direction).toBe('improved');
    const cto = diff.stakeholders.changed.find((c) => c.id === 'cto')!;
    expect(cto.changes).toEqual([
      { field: 'attitude', old: 'neutral', new: 'opponent', direction: 'worsened' },
      { field: 'interests.personal', old: '', new: 'golf' },
    ]);
    expect(cto.direction).toBe('worsened');
  });

  it('compares the deal field by field, qualification answers directed', () => {
    expect(diff.deal).toEqual([
      { field: 'value', old: null, new: 1_000_000 },
      { field: 'qualification.canWin', old: 'unsure', new: 'yes', direction: 'improved' },
    ]);
  });

  it('lists relationship lines added and removed, named by their people', () => {
    expect(diff.relationships.added.map((r) => r.id)).toEqual(['r3']);
    expect(diff.relationships.removed.map((r) => r.id)).toEqual(['r2']);
  });

  it('gives the gaps opened and closed, and the change of likelihood with the terms that moved it', () => {
    const opened = diff.gaps.opened.map((g) => g.key);
    const closed = diff.gaps.closed.map((g) => g.key);
    expect(opened).toContain('OPPONENT_KEY:cto');
    expect(opened).toContain('OPPONENT_REACHES_DM:cto');
    expect(closed).toContain('ATTITUDE_UNKNOWN:vp');
    expect(closed).toContain('MISSING_ROLE:financial');
    const { winLikelihood } = diff;
    expect(winLikelihood.delta).toBe(winLikelihood.new - winLikelihood.old);
    // The moved terms account for the whole change in points.
    const moved = winLikelihood.terms.reduce((sum, t) => sum + (t.new - t.old), 0);
    expect(moved).toBe(winLikelihood.delta);
    const magnitudes = winLikelihood.terms.map((t) => Math.abs(t.delta));
    expect(magnitudes).toEqual([...magnitudes].sort((a, b) => b - a));
    expect(winLikelihood.terms.find((t) => t.key === 'person:vp')!.delta).toBeGreaterThan(0);
  });

  it('words gaps in the language asked for', () => {
    const zh = diffDocuments(before, after(), { lang: 'zh-CN' });
    expect(zh.gaps.closed.find((g) => g.code === 'MISSING_ROLE')!.message).toContain('实际买家');
  });
});

/** The diff as seen from the other side: everything swapped, so two diffs can be compared. */
function mirrored(diff: DocumentDiff) {
  const byId = (changes: readonly EntityChange[]) =>
    [...changes]
      .map((c) => ({
        id: c.id,
        direction: c.direction,
        changes: c.changes.map((f) => ({ field: f.field, old: f.old, new: f.new, direction: f.direction })),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).sort();
  const keys = (items: readonly { key: string }[]) => items.map((i) => i.key).sort();
  return {
    deal: diff.deal.map((f) => ({ field: f.field, old: f.old, new: f.new, direction: f.direction })),
    people: {
      added: ids(diff.stakeholders.added),
      removed: ids(diff.stakeholders.removed),
      changed: byId(diff.stakeholders.changed),
    },
    team: { added: ids(diff.team.added), removed: ids(diff.team.removed), changed: byId(diff.team.changed) },
    lines: {
      added: ids(diff.relationships.added),
      removed: ids(diff.relationships.removed),
      changed: byId(diff.relationships.changed),
    },
    gaps: { opened: keys(diff.gaps.opened), closed: keys(diff.gaps.closed) },
    likelihood: { old: diff.winLikelihood.old, new: diff.winLikelihood.new, delta: diff.winLikelihood.delta },
    terms: diff.winLikelihood.terms
      .map((t) => ({ key: t.key, old: t.old, new: t.new, delta: t.delta }))
      .sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}

function swap(m: ReturnType<typeof mirrored>): ReturnType<typeof mirrored> {
  const flip = (d: Direction | undefined): Direction | undefined =>
    d === 'improved' ? 'worsened' : d === 'worsened' ? 'improved' : undefined;
  const field = (f: { field: string; old: unknown; new: unknown; direction: 'improved' | 'worsened' | undefined }) => ({
    field: f.field,
    old: f.new,
    new: f.old,
    direction: flip(f.direction),
  });
  const collection = (c: ReturnType<typeof mirrored>['people']) => ({
    added: c.removed,
    removed: c.added,
    changed: c.changed.map((e) => ({ id: e.id, direction: flip(e.direction), changes: e.changes.map(field) })),
  });
  return {
    deal: m.deal.map(field),
    people: collection(m.people),
    team: collection(m.team),
    lines: collection(m.lines),
    gaps: { opened: m.gaps.closed, closed: m.gaps.opened },
    likelihood: { old: m.likelihood.new, new: m.likelihood.old, delta: -m.likelihood.delta + 0 },
    terms: m.terms.map((t) => ({ key: t.key, old: t.new, new: t.old, delta: -t.delta + 0 })),
  };
}

describe('diffDocuments: properties', () => {
  const docArb = documentArb({ history: false, maxStakeholders: 6 });

  it('a document against itself shows no change', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const diff = diffDocuments(doc, structuredClone(doc));
        expect(diff.unchanged).toBe(true);
        expect(diff.winLikelihood.delta).toBe(0);
      }),
    );
  });

  it('swapping the two sides mirrors the result', () => {
    // Two versions of one map: the second made from the first by edits, so ids overlap.
    const pairArb = docArb.chain((a) =>
      fc.record({ a: fc.constant(a), b: docArb }).map(({ a, b }) => {
        const kept = a.stakeholders.slice(0, Math.ceil(a.stakeholders.length / 2));
        const edited = kept.map((p, i) => ({
          ...p,
          ...(b.stakeholders[i]
            ? { attitude: b.stakeholders[i].attitude, stage: b.stakeholders[i].stage, ownerId: null }
            : {}),
        }));
        const ids = new Set(edited.map((p) => p.id));
        const second: PowermapDocument = {
          ...a,
          deal: { ...a.deal, qualification: b.deal.qualification },
          stakeholders: edited,
          relationships: a.relationships.filter((r) => ids.has(r.from) && ids.has(r.to)),
        };
        return { a, b: second };
      }),
    );
    fc.assert(
      fc.property(pairArb, ({ a, b }) => {
        const forward = mirrored(diffDocuments(a, b));
        const backward = mirrored(diffDocuments(b, a));
        expect(backward).toEqual(swap(forward));
      }),
    );
  });
});
