import { describe, expect, it } from 'vitest';
import { check, gapsOf, map } from '../helpers';

describe('NO_MIDDLE_ALLY', () => {
  it('fires when nobody is at the managerial level', () => {
    const content = map([{ id: 'vp', level: 'decision', attitude: 'champion' }]);
    expect(gapsOf('NO_MIDDLE_ALLY', content)).toEqual([['warning', 'NO_MIDDLE_ALLY', [], undefined]]);
    expect(check('NO_MIDDLE_ALLY', content)[0]).toMatchObject({ key: 'NO_MIDDLE_ALLY', params: { managers: 0 } });
  });

  it.each(['neutral', 'unknown', 'opponent', 'blocker'] as const)(
    'fires when the managers are %s, naming them',
    (attitude) => {
      const content = map([
        { id: 'm1', level: 'managerial', attitude },
        { id: 'op', level: 'operational', attitude: 'champion' },
        { id: 'm2', level: 'managerial', attitude: 'neutral' },
      ]);
      expect(gapsOf('NO_MIDDLE_ALLY', content)).toEqual([['warning', 'NO_MIDDLE_ALLY', ['m1', 'm2'], undefined]]);
    },
  );

  it.each(['supporter', 'champion'] as const)('does not fire when a manager is a %s', (attitude) => {
    const content = map([
      { id: 'm1', level: 'managerial', attitude: 'opponent' },
      { id: 'm2', level: 'managerial', attitude, closeness: 'none', stage: 'none' },
    ]);
    expect(gapsOf('NO_MIDDLE_ALLY', content)).toEqual([]);
  });

  it('supporters at other levels do not count', () => {
    const content = map([
      { id: 'vp', level: 'decision', attitude: 'champion' },
      { id: 'op', level: 'operational', attitude: 'supporter' },
    ]);
    expect(gapsOf('NO_MIDDLE_ALLY', content)).toEqual([['warning', 'NO_MIDDLE_ALLY', [], undefined]]);
  });
});
