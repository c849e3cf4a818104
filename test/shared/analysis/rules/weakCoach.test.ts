import { describe, expect, it } from 'vitest';
import { check, gapsOf, map } from '../helpers';

describe('WEAK_COACH', () => {
  it('does not fire when there is no coach (MISSING_ROLE speaks for that)', () => {
    const content = map([{ id: 'a', attitude: 'supporter', stage: 'allied' }]);
    expect(gapsOf('WEAK_COACH', content)).toEqual([]);
    expect(gapsOf('MISSING_ROLE', content)).toContainEqual(['warning', 'MISSING_ROLE', [], 'coach']);
  });

  it.each([
    ['supporter', 'engaged'],
    ['champion', 'acquainted'],
    ['neutral', 'allied'],
    ['unknown', 'trusted'],
    ['opponent', 'allied'],
  ] as const)('fires for a coach who is %s at stage %s', (attitude, stage) => {
    const content = map([{ id: 'c', roles: ['coach'], attitude, stage, closeness: 'close' }]);
    expect(gapsOf('WEAK_COACH', content)).toEqual([['warning', 'WEAK_COACH', ['c'], undefined]]);
    expect(check('WEAK_COACH', content)[0]?.key).toBe('WEAK_COACH');
  });

  it.each([
    ['supporter', 'trusted'],
    ['supporter', 'allied'],
    ['champion', 'trusted'],
    ['champion', 'allied'],
  ] as const)('does not fire for a coach who is %s at stage %s', (attitude, stage) => {
    expect(gapsOf('WEAK_COACH', map([{ id: 'c', roles: ['coach'], attitude, stage }]))).toEqual([]);
  });

  it('names every coach when none is strong', () => {
    const content = map([
      { id: 'c1', roles: ['coach'], attitude: 'supporter', stage: 'engaged' },
      { id: 'x', attitude: 'champion', stage: 'allied' },
      { id: 'c2', roles: ['coach', 'user'], attitude: 'neutral', stage: 'trusted' },
    ]);
    expect(gapsOf('WEAK_COACH', content)).toEqual([['warning', 'WEAK_COACH', ['c1', 'c2'], undefined]]);
  });

  it('one strong coach among several is enough', () => {
    const content = map([
      { id: 'c1', roles: ['coach'], attitude: 'neutral', stage: 'none' },
      { id: 'c2', roles: ['coach'], attitude: 'champion', stage: 'trusted' },
    ]);
    expect(gapsOf('WEAK_COACH', content)).toEqual([]);
  });
});
