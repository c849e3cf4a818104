import { describe, expect, it } from 'vitest';
import { inspectorMode } from '../../../renderer/panels/logic/inspectorMode';
import { addCompetitor, ownedCount, removeAt, renameCompetitor, sameList } from '../../../renderer/panels/logic/lists';
import { isDirected, lineEditProblem, swapPatch } from '../../../renderer/panels/logic/lines';
import { attitudeKeys, closenessKeys } from '../../../renderer/panels/logic/quickKeys';
import { choosePerson } from '../../../renderer/panels/logic/selection';
import { peopleByIds, sharedValue } from '../../../renderer/panels/logic/shared';
import { makeDocument, member, person, relationship } from '../../support/builders';

describe('inspectorMode', () => {
  it('edits the deal with nothing selected, a person, people, a line or lines otherwise', () => {
    expect(inspectorMode({ people: [], lines: [] })).toEqual({ kind: 'deal' });
    expect(inspectorMode({ people: ['s-1'], lines: [] })).toEqual({ kind: 'person', id: 's-1' });
    expect(inspectorMode({ people: ['s-1', 's-2'], lines: [] })).toEqual({ kind: 'people', ids: ['s-1', 's-2'] });
    expect(inspectorMode({ people: [], lines: ['r-1'] })).toEqual({ kind: 'line', id: 'r-1' });
    expect(inspectorMode({ people: [], lines: ['r-1', 'r-2'] })).toEqual({ kind: 'lines', ids: ['r-1', 'r-2'] });
  });

  it('lets people win over lines in a mixed selection', () => {
    expect(inspectorMode({ people: ['s-1'], lines: ['r-1'] })).toEqual({ kind: 'person', id: 's-1' });
  });
});

describe('sharedValue', () => {
  const a = person('a', { attitude: 'supporter', closeness: 'close', ownerId: 't-1' });
  const b = person('b', { attitude: 'supporter', closeness: 'none', ownerId: null });

  it('gives the common value, or mixed when the people differ', () => {
    expect(sharedValue([a, b], 'attitude')).toEqual({ mixed: false, value: 'supporter' });
    expect(sharedValue([a, b], 'closeness')).toEqual({ mixed: true });
    expect(sharedValue([a, b], 'ownerId')).toEqual({ mixed: true });
    expect(sharedValue([b, b], 'ownerId')).toEqual({ mixed: false, value: null });
    expect(sharedValue([], 'level')).toEqual({ mixed: true });
  });

  it('finds the selected people in selection order, skipping those gone', () => {
    expect(peopleByIds([a, b], ['b', 'gone', 'a']).map((p) => p.id)).toEqual(['b', 'a']);
  });
});

describe('quick-key hints', () => {
  it('match the action registry: 1 to 5 for blocker to champion, 0 for unknown', () => {
    expect(attitudeKeys()).toEqual([
      { value: 'blocker', key: '1' },
      { value: 'opponent', key: '2' },
      { value: 'neutral', key: '3' },
      { value: 'supporter', key: '4' },
      { value: 'champion', key: '5' },
      { value: 'unknown', key: '0' },
    ]);
  });

  it('give Shift and a digit for closeness', () => {
    const keys = closenessKeys();
    expect(keys.map((k) => k.value)).toEqual(['none', 'distant', 'frequent', 'close']);
    for (const { key } of keys) expect(key).toMatch(/^Shift\+\d$/);
  });
});

describe('choosePerson', () => {
  const current = { people: ['a', 'b'], lines: ['r-1'] };

  it('selects only the person on a plain choice', () => {
    expect(choosePerson(current, 'c', false)).toEqual({ people: ['c'], lines: [] });
  });

  it('toggles the person on an additive choice and keeps the lines', () => {
    expect(choosePerson(current, 'c', true)).toEqual({ people: ['a', 'b', 'c'], lines: ['r-1'] });
    expect(choosePerson(current, 'a', true)).toEqual({ people: ['b'], lines: ['r-1'] });
  });
});

describe('line edits', () => {
  const doc = makeDocument({
    stakeholders: [person('a'), person('b'), person('c')],
    relationships: [
      relationship('r-1', 'reports-to', 'a', 'b'),
      relationship('r-2', 'reports-to', 'b', 'a'),
      relationship('r-3', 'influences', 'a', 'c'),
      relationship('r-4', 'ally', 'c', 'b'),
    ],
  });

  it('refuses an edit that would draw the same line twice', () => {
    expect(lineEditProblem(doc, 'r-1', swapPatch(doc.relationships[0]!))).toBe('lineDuplicate');
    expect(lineEditProblem(doc, 'r-3', swapPatch(doc.relationships[2]!))).toBeNull();
    expect(lineEditProblem(doc, 'r-4', { kind: 'influences' })).toBeNull();
  });

  it('treats ally and conflict as undirected when checking', () => {
    const withAlly = makeDocument({
      stakeholders: [person('a'), person('b')],
      relationships: [relationship('r-1', 'ally', 'a', 'b'), relationship('r-2', 'conflict', 'b', 'a')],
    });
    expect(lineEditProblem(withAlly, 'r-2', { kind: 'ally' })).toBe('lineDuplicate');
  });

  it('knows which kinds have a direction, and swaps the ends', () => {
    expect(isDirected('reports-to')).toBe(true);
    expect(isDirected('influences')).toBe(true);
    expect(isDirected('ally')).toBe(false);
    expect(isDirected('conflict')).toBe(false);
    expect(swapPatch({ from: 'a', to: 'b' })).toEqual({ from: 'b', to: 'a' });
  });

  it('says nothing about a line that is gone', () => {
    expect(lineEditProblem(doc, 'nope', { kind: 'ally' })).toBeNull();
  });
});

describe('competitors and team', () => {
  it('adds trimmed names and refuses blanks and repeats (case-insensitive)', () => {
    expect(addCompetitor(['Acme'], '  Globex ')).toEqual({ ok: true, value: ['Acme', 'Globex'] });
    expect(addCompetitor(['Acme'], ' ')).toEqual({ ok: false, error: 'blank' });
    expect(addCompetitor(['Acme'], 'acme ')).toEqual({ ok: false, error: 'duplicate' });
  });

  it('renames in place, refusing blanks and names used by another entry', () => {
    expect(renameCompetitor(['Acme', 'Globex'], 0, 'Acme Systems')).toEqual({
      ok: true,
      value: ['Acme Systems', 'Globex'],
    });
    expect(renameCompetitor(['Acme', 'Globex'], 0, 'globex')).toEqual({ ok: false, error: 'duplicate' });
    expect(renameCompetitor(['Acme', 'Globex'], 0, 'ACME')).toEqual({ ok: true, value: ['ACME', 'Globex'] });
    expect(renameCompetitor(['Acme'], 0, '')).toEqual({ ok: false, error: 'blank' });
  });

  it('removes by position and compares lists', () => {
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(sameList(['a'], ['a'])).toBe(true);
    expect(sameList(['a'], ['a', 'b'])).toBe(false);
  });

  it('counts the people a member owns', () => {
    const doc = makeDocument({
      team: [member('t-1'), member('t-2')],
      stakeholders: [person('a', { ownerId: 't-1' }), person('b', { ownerId: 't-1' }), person('c')],
    });
    expect(ownedCount(doc, 't-1')).toBe(2);
    expect(ownedCount(doc, 't-2')).toBe(0);
  });
});
