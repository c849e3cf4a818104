import { describe, expect, it } from 'vitest';
import { check, gapsOf, healthyWith, map, type PersonInput } from '../helpers';

/** Non-key people whose entered influences are `values` (each below 20% of the total or at 0 so no one is key). */
function spread(values: number[]): PersonInput[] {
  return values.map((influence, i) => ({ id: `p${i}`, influence }));
}

describe('INFLUENCE_INCOMPLETE', () => {
  it('a healthy map (100, every key person judged) has no gap', () => {
    expect(gapsOf('INFLUENCE_INCOMPLETE', map(healthyWith()))).toEqual([]);
  });

  it('fires, info, for a key person whose influence is null, naming them', () => {
    const content = map(healthyWith({ tech: { influence: null }, coach: { influence: 60 } }));
    expect(gapsOf('INFLUENCE_INCOMPLETE', content)).toEqual([['info', 'INFLUENCE_INCOMPLETE', ['tech'], undefined]]);
    expect(check('INFLUENCE_INCOMPLETE', content)[0]).toMatchObject({
      key: 'INFLUENCE_INCOMPLETE',
      params: { unjudged: 1, total: 100, offSum: 0 },
    });
  });

  it('names every unjudged key person in map order, in one gap', () => {
    const content = map([{ id: 't', roles: ['technical'] }, { id: 'x' }, { id: 'd', roles: ['decision-maker'] }]);
    expect(gapsOf('INFLUENCE_INCOMPLETE', content)).toEqual([['info', 'INFLUENCE_INCOMPLETE', ['t', 'd'], undefined]]);
  });

  it('a null influence on someone who is not key does not fire when the rest sum to 100', () => {
    expect(gapsOf('INFLUENCE_INCOMPLETE', map(healthyWith({}, [{ id: 'clerk', influence: null }])))).toEqual([]);
  });

  it('no people, or nobody judged and nobody key: no gap', () => {
    expect(gapsOf('INFLUENCE_INCOMPLETE', map([]))).toEqual([]);
  });

  it.each([
    [98.9, [50, 48.9], true],
    [99, [50, 49], false],
    [100, [50, 50], false],
    [101, [50, 51], false],
    [101.1, [50, 51.1], true],
    [60, [10, 10, 10, 10, 10, 10], true],
  ] as const)('entered weights summing to %d: gap %s', (total, values, fires) => {
    const people = spread([...values]);
    const found = gapsOf('INFLUENCE_INCOMPLETE', map(people));
    if (fires) {
      expect(found).toEqual([['info', 'INFLUENCE_INCOMPLETE', [], undefined]]);
      expect(check('INFLUENCE_INCOMPLETE', map(people))[0]?.params).toEqual({ unjudged: 0, total, offSum: 1 });
    } else {
      expect(found).toEqual([]);
    }
  });

  it('the sum leaves out null influences', () => {
    const people: PersonInput[] = [...spread([50, 50]), { id: 'n', influence: null }];
    expect(gapsOf('INFLUENCE_INCOMPLETE', map(people))).toEqual([]);
  });

  it('both at once: one gap naming the unjudged key people', () => {
    const content = map([{ id: 'd', roles: ['decision-maker'] }, ...spread([30, 30])]);
    expect(gapsOf('INFLUENCE_INCOMPLETE', content)).toEqual([['info', 'INFLUENCE_INCOMPLETE', ['d'], undefined]]);
    expect(check('INFLUENCE_INCOMPLETE', content)[0]?.params).toEqual({ unjudged: 1, total: 60, offSum: 1 });
  });
});
