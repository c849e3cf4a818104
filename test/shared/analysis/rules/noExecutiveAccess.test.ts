import { describe, expect, it } from 'vitest';
import { check, gapsOf, healthyWith, map } from '../helpers';

const dmOnly = (changes: object) => map([{ id: 'dm', level: 'decision', roles: ['decision-maker'], ...changes }]);

describe('NO_EXECUTIVE_ACCESS', () => {
  it('fires, critical, when nobody at the decision level is on the map', () => {
    const content = map([{ id: 'm', level: 'managerial', closeness: 'close', stage: 'allied' }]);
    expect(gapsOf('NO_EXECUTIVE_ACCESS', content)).toEqual([['critical', 'NO_EXECUTIVE_ACCESS', [], undefined]]);
    expect(check('NO_EXECUTIVE_ACCESS', content)[0]).toMatchObject({
      key: 'NO_EXECUTIVE_ACCESS',
      params: { executives: 0 },
    });
    expect(gapsOf('NO_EXECUTIVE_ACCESS', map([]))).toEqual([['critical', 'NO_EXECUTIVE_ACCESS', [], undefined]]);
  });

  it('a decision-maker below the decision level does not give access', () => {
    const content = map([{ id: 'd', roles: ['decision-maker'], level: 'managerial', closeness: 'close' }]);
    expect(gapsOf('NO_EXECUTIVE_ACCESS', content)).toEqual([['critical', 'NO_EXECUTIVE_ACCESS', [], undefined]]);
  });

  it('fires when decision-level people exist but none is reached, naming them', () => {
    const content = map([
      { id: 'vp1', level: 'decision', closeness: 'distant', stage: 'engaged' },
      { id: 'x', level: 'managerial', closeness: 'close', stage: 'allied' },
      { id: 'vp2', level: 'decision', closeness: 'none', stage: 'acquainted' },
    ]);
    expect(gapsOf('NO_EXECUTIVE_ACCESS', content)).toEqual([
      ['critical', 'NO_EXECUTIVE_ACCESS', ['vp1', 'vp2'], undefined],
    ]);
  });

  it.each([
    ['close', 'none'],
    ['frequent', 'none'],
    ['none', 'trusted'],
    ['none', 'allied'],
    ['distant', 'trusted'],
  ] as const)('does not fire when a decision-level person has closeness %s and stage %s', (closeness, stage) => {
    expect(gapsOf('NO_EXECUTIVE_ACCESS', dmOnly({ closeness, stage }))).toEqual([]);
  });

  it.each([
    ['distant', 'engaged'],
    ['none', 'acquainted'],
    ['distant', 'none'],
  ] as const)('fires when the only decision-level person has closeness %s and stage %s', (closeness, stage) => {
    expect(gapsOf('NO_EXECUTIVE_ACCESS', dmOnly({ closeness, stage }))).toEqual([
      ['critical', 'NO_EXECUTIVE_ACCESS', ['dm'], undefined],
    ]);
  });

  it('one reached executive among several is enough, whatever their attitude', () => {
    const content = map(
      healthyWith({ dm: { closeness: 'none', stage: 'none' } }, [
        { id: 'vp', level: 'decision', attitude: 'opponent', closeness: 'frequent', influence: 0 },
      ]),
    );
    expect(gapsOf('NO_EXECUTIVE_ACCESS', content)).toEqual([]);
  });
});
