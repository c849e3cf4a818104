/** A file imported over a deal in the library: its map becomes current, and no snapshot of either side is lost. */
import { describe, expect, it } from 'vitest';
import { importOver, mapContentOf, withDealId } from '../../../shared/history';
import { makeDocument, snapshot } from '../../support/builders';

const BEFORE = { id: 'h-before', takenAt: '2026-11-27T09:00:00Z', label: 'Before import' };

function library() {
  const doc = makeDocument({ deal: { id: 'd-1', name: 'Mine' }, stakeholders: [{ id: 's-1', name: 'Wang' }] });
  return { ...doc, history: [snapshot('h-1', '2026-11-01T09:00:00Z', { deal: doc.deal })] };
}

function file() {
  const doc = makeDocument({ deal: { id: 'd-1', name: 'Theirs' }, stakeholders: [{ id: 's-2', name: 'Li' }] });
  return {
    ...doc,
    history: [
      library().history[0]!,
      snapshot('h-1b', '2026-10-01T09:00:00Z', { deal: doc.deal, label: 'older, theirs' }),
    ],
  };
}

describe('importOver', () => {
  it('makes the file’s map current and keeps the library’s map as the newest snapshot', () => {
    const merged = importOver(library(), file(), BEFORE, () => 'unused');
    expect(mapContentOf(merged)).toEqual(mapContentOf(file()));
    expect(merged.history.at(-1)).toEqual({ ...BEFORE, ...mapContentOf(library()) });
  });

  it('keeps a snapshot both have once, and the rest of both oldest first', () => {
    const merged = importOver(library(), file(), BEFORE, () => 'unused');
    expect(merged.history.map((h) => h.id)).toEqual(['h-1b', 'h-1', 'h-before']);
  });

  it('keeps a file’s snapshot whose id the library uses for another under a fresh id', () => {
    const theirs = { ...file(), history: [{ ...library().history[0]!, label: 'not the same' }] };
    const ids = ['h-before', 'h-2'];
    const merged = importOver(library(), theirs, BEFORE, () => ids.shift()!);
    expect(merged.history.map((h) => [h.id, h.label])).toEqual([
      ['h-1', ''],
      ['h-2', 'not the same'],
      ['h-before', 'Before import'],
    ]);
  });

  it('keeps the library’s deal id, also inside every snapshot', () => {
    const theirs = withDealId(file(), 'd-elsewhere');
    const merged = importOver(library(), theirs, BEFORE, () => 'unused');
    expect(merged.deal.id).toBe('d-1');
    expect(merged.history.map((h) => h.deal.id)).toEqual(['d-1', 'd-1', 'd-1']);
  });
});
