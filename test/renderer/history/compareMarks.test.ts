/** The marks of a comparison's map: who was added, removed (ghosts), improved, worsened or changed. */
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../shared/history';
import {
  compareMarks,
  fieldDirection,
  markCounts,
  personMark,
  shownDocument,
} from '../../../renderer/history/compareMarks';
import { makeDocument, person, relationship } from '../../support/builders';

function versions() {
  const old = makeDocument({
    stakeholders: [
      person('wang', { attitude: 'neutral', closeness: 'distant', position: { x: 0, y: 0 } }),
      person('li', { attitude: 'supporter', position: { x: 200, y: 0 } }),
      person('zhao', { attitude: 'neutral', position: { x: 400, y: 0 } }),
      person('gone', { attitude: 'champion', position: { x: 600, y: 80 } }),
      person('moved', { position: { x: 0, y: 300 } }),
      person('mixed', { attitude: 'neutral', closeness: 'close' }),
      person('renamed', { title: 'CFO' }),
    ],
    relationships: [
      relationship('r-kept', 'reports-to', 'li', 'wang'),
      relationship('r-gone', 'ally', 'gone', 'wang'),
      relationship('r-changed', 'influences', 'zhao', 'wang', { strength: 1 }),
    ],
  });
  const next = makeDocument({
    stakeholders: [
      person('wang', { attitude: 'supporter', closeness: 'frequent', position: { x: 0, y: 0 } }),
      person('li', { attitude: 'champion', position: { x: 200, y: 0 } }),
      person('zhao', { attitude: 'opponent', position: { x: 400, y: 0 } }),
      person('moved', { position: { x: 50, y: 320 } }),
      person('mixed', { attitude: 'supporter', closeness: 'distant' }),
      person('renamed', { title: 'CEO' }),
      person('new', { attitude: 'unknown' }),
    ],
    relationships: [
      relationship('r-kept', 'reports-to', 'li', 'wang'),
      relationship('r-changed', 'influences', 'zhao', 'wang', { strength: 3 }),
      relationship('r-new', 'influences', 'new', 'zhao'),
    ],
  });
  const { diff } = compareVersions(old, next, { asOf: '2026-11-26' });
  return { old, next, diff };
}

describe('compareMarks', () => {
  it('marks people added, removed, improved, worsened and changed; leaves out those only moved', () => {
    const { old, next, diff } = versions();
    const marks = compareMarks(old, next, diff);
    expect(Object.fromEntries(marks.people)).toEqual({
      new: 'added',
      gone: 'removed',
      wang: 'improved',
      li: 'improved',
      zhao: 'worsened',
      mixed: 'changed',
      renamed: 'changed',
    });
    expect(marks.people.has('moved')).toBe(false);
    expect(markCounts(marks)).toEqual({ added: 1, removed: 1, improved: 2, worsened: 1, changed: 2 });
  });

  it('marks lines added and removed, not lines that only changed', () => {
    const { old, next, diff } = versions();
    const marks = compareMarks(old, next, diff);
    expect(Object.fromEntries(marks.lines)).toEqual({ 'r-new': 'added', 'r-gone': 'removed' });
  });

  it('keeps what was removed as ghosts, in their old place', () => {
    const { old, next, diff } = versions();
    const { ghosts } = compareMarks(old, next, diff);
    expect(ghosts.people.map((p) => [p.id, p.position])).toEqual([['gone', { x: 600, y: 80 }]]);
    expect(ghosts.lines.map((l) => l.id)).toEqual(['r-gone']);
  });

  it('shows the newer map with the ghosts added, and leaves the rest of the document alone', () => {
    const { old, next, diff } = versions();
    const marks = compareMarks(old, next, diff);
    const base = makeDocument({ history: [] });
    const shown = shownDocument(base, next, marks);
    expect(shown.stakeholders.map((p) => p.id)).toEqual([...next.stakeholders.map((p) => p.id), 'gone']);
    expect(shown.relationships.map((r) => r.id)).toEqual([...next.relationships.map((r) => r.id), 'r-gone']);
    expect(shown.deal).toBe(next.deal);
    expect(shown.format).toBe(base.format);
    // Every line of the shown map joins two people it has.
    const ids = new Set(shown.stakeholders.map((p) => p.id));
    for (const line of shown.relationships) expect(ids.has(line.from) && ids.has(line.to)).toBe(true);
  });

  it('shares the lists when nothing was removed', () => {
    const doc = makeDocument({ stakeholders: [person('a')] });
    const later = { ...doc, stakeholders: [...doc.stakeholders, person('b')] };
    const { diff } = compareVersions(doc, later);
    const marks = compareMarks(doc, later, diff);
    const shown = shownDocument(doc, later, marks);
    expect(shown.stakeholders).toBe(later.stakeholders);
    expect(shown.relationships).toBe(later.relationships);
  });

  it('draws no ghost line to a person the shown map does not have', () => {
    const old = makeDocument({
      stakeholders: [person('a'), person('b')],
      relationships: [relationship('r1', 'reports-to', 'a', 'b')],
    });
    const next = makeDocument({ stakeholders: [person('a')] });
    const { diff } = compareVersions(old, next);
    // A diff whose removed people were left out (as a narrower caller might pass).
    const narrowed = { ...diff, stakeholders: { ...diff.stakeholders, removed: [] } };
    const marks = compareMarks(old, next, narrowed);
    expect(marks.lines.get('r1')).toBe('removed');
    expect(marks.ghosts.lines).toEqual([]);
  });

  it('is empty when nothing changed', () => {
    const doc = makeDocument({ stakeholders: [person('a')] });
    const { diff } = compareVersions(doc, doc);
    const marks = compareMarks(doc, doc, diff);
    expect(marks.people.size + marks.lines.size).toBe(0);
    expect(marks.ghosts).toEqual({ people: [], lines: [] });
  });
});

describe('fieldDirection', () => {
  const change = (old: number | null, next: number | null) => ({ field: 'influence', old, new: next });

  it('reads more influence as better in a supporter and worse in an opponent', () => {
    expect(fieldDirection(change(20, 40), person('s', { attitude: 'champion' }))).toBe('improved');
    expect(fieldDirection(change(40, 20), person('s', { attitude: 'supporter' }))).toBe('worsened');
    expect(fieldDirection(change(20, 40), person('o', { attitude: 'blocker' }))).toBe('worsened');
    expect(fieldDirection(change(40, 20), person('o', { attitude: 'opponent' }))).toBe('improved');
  });

  it('says nothing for neutral or unknown people, or a weight not judged', () => {
    expect(fieldDirection(change(20, 40), person('n', { attitude: 'neutral' }))).toBeUndefined();
    expect(fieldDirection(change(20, 40), person('u', { attitude: 'unknown' }))).toBeUndefined();
    expect(fieldDirection(change(null, 40), person('s', { attitude: 'champion' }))).toBeUndefined();
    expect(fieldDirection(change(20, 40), undefined)).toBeUndefined();
  });

  it('keeps the direction the diff gave', () => {
    expect(
      fieldDirection({ field: 'attitude', old: 'neutral', new: 'supporter', direction: 'improved' }, undefined),
    ).toBe('improved');
  });

  it('makes a person improved or worsened only when every directed change agrees', () => {
    const champion = person('c', { attitude: 'champion' });
    expect(personMark([change(10, 30), { field: 'title', old: 'a', new: 'b' }], champion)).toBe('improved');
    expect(
      personMark([change(10, 30), { field: 'closeness', old: 'close', new: 'none', direction: 'worsened' }], champion),
    ).toBe('changed');
    expect(personMark([{ field: 'notes', old: '', new: 'x' }], champion)).toBe('changed');
  });
});
