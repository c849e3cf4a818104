import { describe, expect, it } from 'vitest';
import {
  FIRST_RUN_DONE,
  OWN_NAME_KEY,
  ownName,
  rememberOwnName,
  rememberTourDone,
  tourDone,
} from '../../../renderer/services/firstRun';
import { newDealDocument } from '../../../renderer/library/newDeal';

/** A Map behind the two Storage methods the app uses. */
function memoryStorage(entries: readonly { name: string; value: string }[] = []) {
  const map = new Map(entries.map((e) => [e.name, e.value]));
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  };
}

describe('a new deal’s team (issue 8)', () => {
  it('starts with the user, by the name they gave', () => {
    const doc = newDealDocument('New deal', '  Mei Lin ');
    expect(doc.team.map((m) => m.name)).toEqual(['Mei Lin']);
  });

  it('starts with nobody, never an unnamed member, when no name was given', () => {
    expect(newDealDocument('New deal', '').team).toEqual([]);
    expect(newDealDocument('New deal', '   ').team).toEqual([]);
  });
});

describe('first-run memory', () => {
  it('the own name is null until asked, then the answer; skipping is remembered as ""', () => {
    const storage = memoryStorage();
    expect(ownName(storage)).toBeNull();
    rememberOwnName('', storage);
    expect(ownName(storage)).toBe('');
    rememberOwnName(' Mei Lin ', storage);
    expect(ownName(storage)).toBe('Mei Lin');
  });

  it('the tour is done once closed', () => {
    const storage = memoryStorage();
    expect(tourDone(storage)).toBe(false);
    rememberTourDone(storage);
    expect(tourDone(storage)).toBe(true);
  });

  it('FIRST_RUN_DONE means asked and toured', () => {
    const storage = memoryStorage(FIRST_RUN_DONE);
    expect(ownName(storage)).toBe('');
    expect(tourDone(storage)).toBe(true);
    expect(FIRST_RUN_DONE.map((e) => e.name)).toContain(OWN_NAME_KEY);
  });

  it('without storage (private mode) nothing throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(ownName(broken)).toBeNull();
    expect(tourDone(broken)).toBe(false);
    expect(() => rememberOwnName('x', broken)).not.toThrow();
    expect(() => rememberTourDone(null)).not.toThrow();
  });
});
