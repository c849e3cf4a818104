import { describe, expect, it } from 'vitest';
import { check, gapsOf, healthyWith, map } from '../helpers';

describe('ATTITUDE_UNKNOWN', () => {
  it('is critical for a decision-maker', () => {
    const content = map(healthyWith({ dm: { attitude: 'unknown' } }));
    expect(gapsOf('ATTITUDE_UNKNOWN', content)).toEqual([['critical', 'ATTITUDE_UNKNOWN', ['dm'], undefined]]);
    expect(check('ATTITUDE_UNKNOWN', content)[0]?.key).toBe('ATTITUDE_UNKNOWN:dm');
  });

  it('is critical for a decision-maker below the decision level too', () => {
    const content = map([{ id: 'd', roles: ['decision-maker'], level: 'managerial' }]);
    expect(gapsOf('ATTITUDE_UNKNOWN', content)).toEqual([['critical', 'ATTITUDE_UNKNOWN', ['d'], undefined]]);
  });

  it('is a warning for a technical buyer', () => {
    const content = map(healthyWith({ tech: { attitude: 'unknown' } }));
    expect(gapsOf('ATTITUDE_UNKNOWN', content)).toEqual([['warning', 'ATTITUDE_UNKNOWN', ['tech'], undefined]]);
  });

  it('is a warning for a decision-level person who is not a decision-maker', () => {
    const content = map(healthyWith({}, [{ id: 'vp', level: 'decision', influence: 0 }]));
    expect(gapsOf('ATTITUDE_UNKNOWN', content)).toEqual([['warning', 'ATTITUDE_UNKNOWN', ['vp'], undefined]]);
  });

  it('is a warning for a person key by influence', () => {
    const content = map(healthyWith({ coach: { attitude: 'unknown' } }));
    expect(gapsOf('ATTITUDE_UNKNOWN', content)).toEqual([['warning', 'ATTITUDE_UNKNOWN', ['coach'], undefined]]);
  });

  it('does not fire for people who are not key', () => {
    const content = map(healthyWith({}, [{ id: 'clerk' }, { id: 'user', roles: ['user'], influence: 0 }]));
    expect(gapsOf('ATTITUDE_UNKNOWN', content)).toEqual([]);
  });

  it.each(['champion', 'supporter', 'neutral', 'opponent', 'blocker'] as const)(
    'does not fire for a decision-maker who is %s',
    (attitude) => {
      expect(gapsOf('ATTITUDE_UNKNOWN', map([{ id: 'd', roles: ['decision-maker'], attitude }]))).toEqual([]);
    },
  );

  it('reports each key person separately, in map order within a severity', () => {
    const content = map([
      { id: 't', roles: ['technical'] },
      { id: 'd', roles: ['decision-maker'] },
      { id: 'v', level: 'decision' },
    ]);
    expect(gapsOf('ATTITUDE_UNKNOWN', content)).toEqual([
      ['critical', 'ATTITUDE_UNKNOWN', ['d'], undefined],
      ['warning', 'ATTITUDE_UNKNOWN', ['t'], undefined],
      ['warning', 'ATTITUDE_UNKNOWN', ['v'], undefined],
    ]);
  });
});
