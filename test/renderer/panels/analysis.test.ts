import { describe, expect, it } from 'vitest';
import { analyze, type Gap, type LikelihoodTerm } from '../../../shared/analysis';
import { parseDocumentText, type PowermapDocument } from '../../../shared/document';
import { foldTerms, signed, total } from '../../../renderer/panels/logic/explanation';
import { gapPeople, groupGaps } from '../../../renderer/panels/logic/gaps';
import { tipPeople } from '../../../renderer/panels/logic/tips';
import { compareToBaseline } from '../../../renderer/panels/logic/whatIf';
import { expectDocument, person } from '../../support/builders';
import { readFixtureText, SEED_FIXTURE } from '../../support/fixtures';

const seed = (): PowermapDocument => expectDocument(parseDocumentText(readFixtureText(SEED_FIXTURE)));

const term = (key: string, points: number): LikelihoodTerm => ({
  key,
  source: { kind: 'clamp', sum: 100 },
  points,
  exact: points,
  label: key,
});

const gap = (key: string, severity: Gap['severity'], stakeholderIds: string[] = []): Gap => ({
  code: 'STALE',
  severity,
  key,
  stakeholderIds,
  params: {},
  message: key,
  action: key,
});

describe('foldTerms', () => {
  it('keeps the terms that move the figure in order and folds those at 0', () => {
    const folded = foldTerms([term('a', 5), term('b', 0), term('c', -3), term('d', 0)]);
    expect(folded.shown.map((t) => t.key)).toEqual(['a', 'c']);
    expect(folded.zero.map((t) => t.key)).toEqual(['b', 'd']);
  });

  it('on the course example, shows terms that with the base add up to the likelihood', () => {
    const analysis = analyze(seed(), { asOf: '2026-11-26' });
    const { shown, zero } = foldTerms(analysis.explanation.terms);
    expect(shown.length + zero.length).toBe(analysis.explanation.terms.length);
    expect(total(analysis.explanation.base, shown)).toBe(analysis.winLikelihood);
    for (const t of zero) expect(t.points).toBe(0);
  });
});

describe('signed', () => {
  it('writes a plus for gains, a true minus for losses, and a bare 0', () => {
    expect(signed(7)).toBe('+7');
    expect(signed(-8)).toBe('\u22128');
    expect(signed(0)).toBe('0');
  });
});

describe('groupGaps', () => {
  it('groups critical, warning, info in that order, keeping the order within a group and leaving out empty groups', () => {
    const groups = groupGaps([gap('i1', 'info'), gap('c1', 'critical'), gap('i2', 'info'), gap('c2', 'critical')]);
    expect(groups.map((g) => g.severity)).toEqual(['critical', 'info']);
    expect(groups[0]!.gaps.map((g) => g.key)).toEqual(['c1', 'c2']);
    expect(groups[1]!.gaps.map((g) => g.key)).toEqual(['i1', 'i2']);
    expect(groupGaps([])).toEqual([]);
  });

  it('finds the people of the chosen gap', () => {
    const gaps = [gap('g1', 'warning', ['a', 'b'])];
    expect(gapPeople(gaps, 'g1')).toEqual(['a', 'b']);
    expect(gapPeople(gaps, 'gone')).toEqual([]);
    expect(gapPeople(gaps, null)).toEqual([]);
  });
});

describe('compareToBaseline', () => {
  it('reports the change in points and the gaps closed and opened', () => {
    const before = seed();
    const vp = before.stakeholders.find((p) => p.id === 's-vp')!;
    const after: PowermapDocument = {
      ...before,
      stakeholders: before.stakeholders.map((p) =>
        p === vp ? { ...p, attitude: 'supporter', closeness: 'close', ownerId: 't-1' } : p,
      ),
    };
    const baseline = analyze(before, { asOf: '2026-11-26' });
    const current = analyze(after, { asOf: '2026-11-26' });
    const change = compareToBaseline(current, baseline);
    expect(change.before).toBe(baseline.winLikelihood);
    expect(change.after).toBe(current.winLikelihood);
    expect(change.delta).toBe(current.winLikelihood - baseline.winLikelihood);
    expect(change.delta).toBeGreaterThan(0);
    expect(change.closed).toBeGreaterThan(0);
  });

  it('reports no change against itself', () => {
    const analysis = analyze(seed());
    expect(compareToBaseline(analysis, analysis)).toMatchObject({ delta: 0, closed: 0, opened: 0 });
  });
});

describe('tipPeople', () => {
  const people = [
    person('a', { name: 'An', style: 'driver' }),
    person('b', { name: 'Bo', style: 'unknown' }),
    person('c', { name: 'Cai', style: 'analytical' }),
    person('d', { name: 'Du', style: 'amiable' }),
  ];

  it('lists selected people first, then highlighted ones, once each, skipping unknown styles', () => {
    expect(tipPeople(people, ['c', 'b'], ['a', 'c', 'd'])).toEqual([
      { id: 'c', name: 'Cai', style: 'analytical' },
      { id: 'a', name: 'An', style: 'driver' },
      { id: 'd', name: 'Du', style: 'amiable' },
    ]);
  });

  it('skips ids not on the map and stops at the limit', () => {
    expect(tipPeople(people, ['gone'], [])).toEqual([]);
    expect(tipPeople(people, ['a', 'c', 'd'], [], 2).map((t) => t.id)).toEqual(['a', 'c']);
  });
});
