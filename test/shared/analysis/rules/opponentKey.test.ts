import { describe, expect, it } from 'vitest';
import { check, gapsOf, healthyWith, map } from '../helpers';

describe('OPPONENT_KEY', () => {
  it('an opposing technical buyer is a warning', () => {
    const content = map(healthyWith({ tech: { attitude: 'opponent' } }));
    expect(gapsOf('OPPONENT_KEY', content)).toEqual([['warning', 'OPPONENT_KEY', ['tech'], undefined]]);
    expect(check('OPPONENT_KEY', content)[0]?.key).toBe('OPPONENT_KEY:tech');
  });

  it('a blocking key person is critical, even when not a decision-maker', () => {
    expect(gapsOf('OPPONENT_KEY', map(healthyWith({ tech: { attitude: 'blocker' } })))).toEqual([
      ['critical', 'OPPONENT_KEY', ['tech'], undefined],
    ]);
  });

  it.each(['opponent', 'blocker'] as const)('a decision-maker who is %s is critical', (attitude) => {
    expect(gapsOf('OPPONENT_KEY', map(healthyWith({ dm: { attitude } })))).toEqual([
      ['critical', 'OPPONENT_KEY', ['dm'], undefined],
    ]);
  });

  it('an opponent key by influence or by level is a warning', () => {
    expect(gapsOf('OPPONENT_KEY', map(healthyWith({ coach: { attitude: 'opponent' } })))).toEqual([
      ['warning', 'OPPONENT_KEY', ['coach'], undefined],
    ]);
    const vp = { id: 'vp', level: 'decision' as const, attitude: 'opponent' as const, influence: 0 };
    expect(gapsOf('OPPONENT_KEY', map(healthyWith({}, [vp])))).toEqual([
      ['warning', 'OPPONENT_KEY', ['vp'], undefined],
    ]);
  });

  it('does not fire for an opponent or blocker who is not key', () => {
    const content = map(
      healthyWith({}, [
        { id: 'o', attitude: 'opponent', influence: 0 },
        { id: 'b', attitude: 'blocker', influence: 0, roles: ['user'] },
      ]),
    );
    expect(gapsOf('OPPONENT_KEY', content)).toEqual([]);
  });

  it.each(['champion', 'supporter', 'neutral', 'unknown'] as const)(
    'does not fire for a %s decision-maker',
    (attitude) => {
      expect(gapsOf('OPPONENT_KEY', map([{ id: 'd', roles: ['decision-maker'], attitude }]))).toEqual([]);
    },
  );
});
