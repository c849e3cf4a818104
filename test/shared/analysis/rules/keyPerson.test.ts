/**
 * The "key person" of PRODUCT.md 3.1: decision-maker role, technical role, decision level,
 * or at least 20% of the total entered influence (null influences left out of the total).
 * Checked on the context and through a rule that only looks at key people (ATTITUDE_UNKNOWN).
 */
import { describe, expect, it } from 'vitest';
import { gapsOf, isKey, map, type PersonInput } from '../helpers';

/** Whether ATTITUDE_UNKNOWN reports `id` (every default person has attitude unknown). */
function flagged(people: PersonInput[], id: string): boolean {
  return gapsOf('ATTITUDE_UNKNOWN', map(people)).some(([, , ids]) => ids.includes(id));
}

describe('key person', () => {
  it('a default person (operational, no roles, influence null) is not key', () => {
    const people = [{ id: 'p' }];
    expect(isKey(map(people), 'p')).toBe(false);
    expect(flagged(people, 'p')).toBe(false);
  });

  it('the decision-maker role makes a key person, at any level', () => {
    const people: PersonInput[] = [{ id: 'p', roles: ['decision-maker'], level: 'operational' }];
    expect(isKey(map(people), 'p')).toBe(true);
    expect(flagged(people, 'p')).toBe(true);
  });

  it('the technical role makes a key person (technical buyers hold a veto)', () => {
    const people: PersonInput[] = [{ id: 'p', roles: ['technical'] }];
    expect(isKey(map(people), 'p')).toBe(true);
    expect(flagged(people, 'p')).toBe(true);
  });

  it('the decision level makes a key person, without any role', () => {
    const people: PersonInput[] = [{ id: 'p', level: 'decision' }];
    expect(isKey(map(people), 'p')).toBe(true);
    expect(flagged(people, 'p')).toBe(true);
  });

  it.each(['user', 'financial', 'coach'] as const)('the %s role alone does not make a key person', (role) => {
    const people: PersonInput[] = [{ id: 'p', roles: [role] }];
    expect(isKey(map(people), 'p')).toBe(false);
    expect(flagged(people, 'p')).toBe(false);
  });

  it('the managerial level alone does not make a key person', () => {
    expect(isKey(map([{ id: 'p', level: 'managerial' }]), 'p')).toBe(false);
  });

  describe('by share of the entered influence', () => {
    it('exactly 20% counts', () => {
      const people: PersonInput[] = [
        { id: 'p', influence: 20 },
        { id: 'q', influence: 80 },
      ];
      expect(isKey(map(people), 'p')).toBe(true);
      expect(flagged(people, 'p')).toBe(true);
    });

    it('19.9% does not count', () => {
      const people: PersonInput[] = [
        { id: 'p', influence: 19.9 },
        { id: 'q', influence: 80.1 },
      ];
      expect(isKey(map(people), 'p')).toBe(false);
      expect(flagged(people, 'p')).toBe(false);
      expect(flagged(people, 'q')).toBe(true);
    });

    it('is a share of the entered total, not of 100', () => {
      // 10 of 50 is 20%; 9.9 of 50 is 19.8%.
      expect(
        isKey(
          map([
            { id: 'p', influence: 10 },
            { id: 'q', influence: 40 },
          ]),
          'p',
        ),
      ).toBe(true);
      expect(
        isKey(
          map([
            { id: 'p', influence: 9.9 },
            { id: 'q', influence: 40.1 },
          ]),
          'p',
        ),
      ).toBe(false);
      // A lone judged person with 5 holds all of the entered influence.
      expect(isKey(map([{ id: 'p', influence: 5 }, { id: 'q' }]), 'p')).toBe(true);
    });

    it('null influences are left out of the total', () => {
      // 20 of the entered 100 is 20%, whatever default share the unjudged executive would get in the weights.
      const people: PersonInput[] = [
        { id: 'p', influence: 20 },
        { id: 'q', influence: 80 },
        { id: 'x', influence: null, level: 'decision', roles: ['decision-maker'] },
        { id: 'y', influence: null },
      ];
      const content = map(people);
      expect(isKey(content, 'p')).toBe(true);
      expect(isKey(content, 'y')).toBe(false);
      expect(flagged(people, 'p')).toBe(true);
      expect(flagged(people, 'y')).toBe(false);
    });

    it('nobody is key by influence when every entered influence is 0', () => {
      const content = map([
        { id: 'p', influence: 0 },
        { id: 'q', influence: 0 },
      ]);
      expect(isKey(content, 'p')).toBe(false);
      expect(isKey(content, 'q')).toBe(false);
    });

    it('several people can pass 20% at once', () => {
      const content = map([
        { id: 'a', influence: 25 },
        { id: 'b', influence: 25 },
        { id: 'c', influence: 30 },
        { id: 'd', influence: 20 },
        { id: 'e', influence: 0 },
      ]);
      expect(['a', 'b', 'c', 'd', 'e'].map((id) => isKey(content, id))).toEqual([true, true, true, true, false]);
    });
  });
});

describe('key person: decimal weights', () => {
  it('counts exactly 20% even when the decimal total is not exact in binary', () => {
    const doc = map([
      { id: 'a', influence: 0.1 },
      { id: 'b', influence: 44.2 },
      { id: 'k', influence: 20 },
      { id: 'c', influence: 35.7 },
    ]);
    expect(isKey(doc, 'k')).toBe(true);
    expect(
      isKey(
        map([
          { id: 'k', influence: 1.2 },
          { id: 'b', influence: 4.8 },
        ]),
        'k',
      ),
    ).toBe(true);
  });

  it('takes weights adding up to 99 as within tolerance', () => {
    const doc = map([
      { id: 'a', influence: 0.1 },
      { id: 'b', influence: 64.1 },
      { id: 'c', influence: 34.8 },
    ]);
    expect(gapsOf('INFLUENCE_INCOMPLETE', doc)).toEqual([]);
  });
});
