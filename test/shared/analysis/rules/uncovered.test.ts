import { describe, expect, it } from 'vitest';
import { check, gapsOf, healthyWith, map, OWNER } from '../helpers';

describe('UNCOVERED', () => {
  it('a healthy map has every key person covered', () => {
    expect(gapsOf('UNCOVERED', map(healthyWith()))).toEqual([]);
  });

  it.each(['distant', 'none'] as const)('fires for a key person with closeness %s', (closeness) => {
    const content = map(healthyWith({ tech: { closeness } }));
    expect(gapsOf('UNCOVERED', content)).toEqual([['warning', 'UNCOVERED', ['tech'], undefined]]);
    expect(check('UNCOVERED', content)[0]).toMatchObject({ key: 'UNCOVERED:tech', params: { far: 1, unowned: 0 } });
  });

  it.each(['close', 'frequent'] as const)('does not fire for an owned key person with closeness %s', (closeness) => {
    expect(gapsOf('UNCOVERED', map(healthyWith({ tech: { closeness } })))).toEqual([]);
  });

  it('fires for a key person in close contact whom nobody on our team owns', () => {
    const content = map(healthyWith({ tech: { closeness: 'close', ownerId: null } }));
    expect(gapsOf('UNCOVERED', content)).toEqual([['warning', 'UNCOVERED', ['tech'], undefined]]);
    expect(check('UNCOVERED', content)[0]?.params).toMatchObject({ far: 0, unowned: 1 });
  });

  it('is critical for a decision-maker, whether far or unowned', () => {
    expect(gapsOf('UNCOVERED', map(healthyWith({ dm: { closeness: 'distant' } })))).toEqual([
      ['critical', 'UNCOVERED', ['dm'], undefined],
    ]);
    expect(gapsOf('UNCOVERED', map(healthyWith({ dm: { ownerId: null } })))).toEqual([
      ['critical', 'UNCOVERED', ['dm'], undefined],
    ]);
    expect(gapsOf('UNCOVERED', map([{ id: 'd', roles: ['decision-maker'] }]))).toEqual([
      ['critical', 'UNCOVERED', ['d'], undefined],
    ]);
  });

  it('is a warning for a key person at the decision level who is not a decision-maker', () => {
    const content = map(healthyWith({}, [{ id: 'vp', level: 'decision', influence: 0, attitude: 'neutral' }]));
    expect(gapsOf('UNCOVERED', content)).toEqual([['warning', 'UNCOVERED', ['vp'], undefined]]);
  });

  it('does not fire for people who are not key, however far', () => {
    const content = map(healthyWith({}, [{ id: 'clerk', closeness: 'none', ownerId: null, influence: 0 }]));
    expect(gapsOf('UNCOVERED', content)).toEqual([]);
  });

  it('one gap per person even when both far and unowned', () => {
    const content = map([{ id: 't', roles: ['technical'], closeness: 'none', ownerId: null }]);
    expect(check('UNCOVERED', content)).toEqual([
      {
        code: 'UNCOVERED',
        severity: 'warning',
        key: 'UNCOVERED:t',
        stakeholderIds: ['t'],
        params: { far: 1, unowned: 1, decisionMaker: 0 },
      },
    ]);
    expect(gapsOf('UNCOVERED', map([{ id: 't', roles: ['technical'], closeness: 'close', ownerId: OWNER }]))).toEqual(
      [],
    );
  });
});
