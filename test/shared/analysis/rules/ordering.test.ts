/** Across all rules: severity order, a gap-free healthy map, determinism and no mutation of the input. */
import { describe, expect, it } from 'vitest';
import { analyze, GAP_CODES, SEVERITIES } from '../../../../shared/analysis';
import { deepFreeze, gapsOf, healthyPeople, line, map, summary, type PersonInput } from '../helpers';

/** A map that sets off every one of the 13 rules. */
function troubled() {
  const people: PersonInput[] = [
    {
      id: 'dm',
      roles: ['decision-maker'],
      level: 'decision',
      attitude: 'unknown',
      lastContact: '2026-01-01',
      influence: 10,
    },
    { id: 'opp', roles: ['technical'], attitude: 'blocker', closeness: 'close', ownerId: 't-1', influence: 30 },
    // 5 of the entered 55 is under 20%: the coach is not key, so neither uncovered nor stale.
    { id: 'coach', roles: ['coach'], attitude: 'neutral', closeness: 'frequent', stage: 'engaged', influence: 5 },
    { id: 'mgr', level: 'managerial', attitude: 'neutral', influence: null },
    { id: 'sup', attitude: 'supporter', closeness: 'close', influence: 10 },
  ];
  return map(people, [['opp', 'mgr'], ['mgr', 'dm'], line('reports-to', 'sup', 'dm')], {
    qualification: { canWin: 'no' },
    // Issue 10: a step recorded ahead of the map and behind the client, and far behind on quality.
    purchaseStage: 'evaluation',
    salesStep: 'discover-needs',
    standing: { scores: { performance: { ours: 4, best: 8 } } },
  });
}

describe('analysis as a whole', () => {
  it('a healthy map has no gap at all', () => {
    expect(gapsOf('MISSING_ROLE', map(healthyPeople()))).toEqual([]);
    expect(analyze(map(healthyPeople()), { asOf: '2026-12-01' }).gaps).toEqual([]);
  });

  it('the troubled map sets off every rule, critical first, then warning, then info', () => {
    const gaps = analyze(troubled(), { asOf: '2026-12-20' }).gaps;
    expect(new Set(gaps.map((g) => g.code))).toEqual(new Set(GAP_CODES));
    expect(summary(gaps)).toEqual([
      ['critical', 'ATTITUDE_UNKNOWN', ['dm'], undefined],
      ['critical', 'UNCOVERED', ['dm'], undefined],
      ['critical', 'OPPONENT_KEY', ['opp'], undefined],
      ['critical', 'NO_EXECUTIVE_ACCESS', ['dm'], undefined],
      ['critical', 'OPPONENT_REACHES_DM', ['opp', 'mgr', 'dm'], undefined],
      ['warning', 'MISSING_ROLE', [], 'financial'],
      ['warning', 'NO_MIDDLE_ALLY', ['mgr'], undefined],
      ['warning', 'WEAK_COACH', ['coach'], undefined],
      ['warning', 'SINGLE_THREADED', ['sup'], undefined],
      ['warning', 'UNQUALIFIED', [], undefined],
      ['warning', 'NO_PATH_TO_DM', ['dm'], undefined],
      ['warning', 'STALE', ['dm'], undefined],
      ['warning', 'STEP_AHEAD', ['dm', 'opp'], undefined],
      ['warning', 'POSITION_BEHIND', [], undefined],
      ['info', 'MISSING_ROLE', [], 'user'],
      ['info', 'INFLUENCE_INCOMPLETE', [], undefined],
      ['info', 'STEP_LAGS', [], undefined],
    ]);
  });

  it('gaps are ordered by severity on many maps', () => {
    const maps = [troubled(), map([]), map(healthyPeople()), map([{ id: 'a', roles: ['user'] }])];
    for (const content of maps) {
      const ranks = analyze(content, { asOf: '2026-12-20' }).gaps.map((g) => SEVERITIES.indexOf(g.severity));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('every gap key is unique within an analysis', () => {
    const keys = analyze(troubled(), { asOf: '2026-12-20' }).gaps.map((g) => g.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is deterministic: the same input gives a deep-equal result, in both languages', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const first = analyze(troubled(), { asOf: '2026-12-20', lang });
      const second = analyze(troubled(), { asOf: '2026-12-20', lang });
      expect(second).toEqual(first);
      const content = troubled();
      expect(analyze(content, { asOf: '2026-12-20', lang })).toEqual(analyze(content, { asOf: '2026-12-20', lang }));
    }
  });

  it('does not mutate its input (a deep-frozen map analyses the same as a fresh one)', () => {
    const content = troubled();
    const before = structuredClone(content);
    const expected = analyze(structuredClone(content), { asOf: '2026-12-20' });
    deepFreeze(content);
    expect(analyze(content, { asOf: '2026-12-20' })).toEqual(expected);
    expect(analyze(content, { asOf: '2026-12-20', lang: 'zh-CN' }).gaps).toHaveLength(expected.gaps.length);
    expect(content).toEqual(before);
  });

  it('rejects an analysis date that is not a calendar date', () => {
    expect(() => analyze(troubled(), { asOf: '2026-02-30' })).toThrow(RangeError);
    expect(() => analyze(troubled(), { asOf: '20-12-2026' })).toThrow(RangeError);
  });
});
