/** Times of snapshots: local with their offset, valid for the file format, worded per language. */
import { describe, expect, it } from 'vitest';
import { SnapshotSchema } from '../../../shared/document';
import { dayOfTakenAt } from '../../../shared/history';
import { labelDate, localDayOf, localTakenAt } from '../../../renderer/history/dates';

describe('snapshot times', () => {
  it('writes the local date and time with the local offset, which the format accepts', () => {
    const at = new Date(2026, 10, 26, 9, 30, 5);
    const takenAt = localTakenAt(at);
    expect(takenAt).toMatch(/^2026-11-26T09:30:05[+-]\d{2}:\d{2}$/);
    expect(Date.parse(takenAt)).toBe(at.getTime());
    expect(dayOfTakenAt(takenAt)).toBe('2026-11-26');
    expect(() => SnapshotSchema.parse({ id: 'h-1', takenAt, deal: { id: 'd', name: 'D' } })).not.toThrow();
  });

  it('reads the local day of a stored time, or null when it cannot', () => {
    const at = new Date(2026, 0, 2, 23, 59);
    expect(localDayOf(at.toISOString())).toBe('2026-01-02');
    expect(localDayOf('not a date')).toBeNull();
  });

  it('words the day of a default label in each language', () => {
    const at = new Date(2026, 10, 26, 12);
    expect(labelDate('en', at)).toBe('26 Nov 2026');
    expect(labelDate('zh-CN', at)).toBe('2026年11月26日');
  });
});
