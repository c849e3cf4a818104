/** Which versions are compared: the newest snapshot with the current map by default. */
import { describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../../shared/history';
import { defaultPair, resolvePair, versionIdsNewestFirst } from '../../../renderer/history/versions';
import { makeDocument, person } from '../../support/builders';

const base = makeDocument({ stakeholders: [person('a')] });
const doc = takeSnapshot(takeSnapshot(base, { id: 'h-1', takenAt: '2026-11-01T09:00:00+08:00', label: 'one' }), {
  id: 'h-2',
  takenAt: '2026-11-10T09:00:00+08:00',
  label: 'two',
});

describe('versions', () => {
  it('compares the newest snapshot with the current map by default', () => {
    expect(defaultPair(doc)).toEqual({ from: 'h-2', to: 'current' });
    expect(defaultPair(base)).toEqual({ from: 'current', to: 'current' });
  });

  it('resolves a pair, falling back to the default for a snapshot deleted since', () => {
    const { from, to } = resolvePair(doc, { from: 'h-1', to: 'h-2' });
    expect([from.id, from.label, to.id]).toEqual(['h-1', 'one', 'h-2']);
    const fallback = resolvePair(doc, { from: 'gone', to: 'current' });
    expect([fallback.from.id, fallback.to.id]).toEqual(['h-2', 'current']);
    expect(fallback.to.content.stakeholders).toBe(doc.stakeholders);
  });

  it('does not take a label or #N for an id', () => {
    const { from } = resolvePair(doc, { from: '#1', to: 'current' });
    expect(from.id).toBe('h-2');
  });

  it('lists the current map first, then snapshots newest first', () => {
    expect(versionIdsNewestFirst(doc)).toEqual(['current', 'h-2', 'h-1']);
  });
});
