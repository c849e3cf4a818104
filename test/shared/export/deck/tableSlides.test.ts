/** The stakeholder table's column widths: the slide's width, whole words where they fit. */
import { describe, expect, it } from 'vitest';
import { columnWidths } from '../../../../shared/export/deck/slides/tableSlides';
import { estimateWidth } from '../../../../shared/text/textWidth';

const sum = (widths: readonly number[]) => widths.reduce((a, b) => a + b, 0);

describe('columnWidths', () => {
  it('fills the width exactly (to the hundredth)', () => {
    const widths = columnWidths(['Name', 'Attitude', 'Notes'], [['Zhang Hua', 'champion', 'a '.repeat(200)]], 8, 888);
    expect(sum(widths)).toBeLessThanOrEqual(888);
    expect(sum(widths)).toBeGreaterThan(887.9);
  });

  it('gives every column at least its longest word when the words fit', () => {
    const header = ['Name', 'Attitude', 'Closeness', 'Notes'];
    const rows = [['Zhang Hua', 'champion', 'no contact', 'long notes '.repeat(60)]];
    const widths = columnWidths(header, rows, 8, 600);
    expect(widths[1]).toBeGreaterThanOrEqual(estimateWidth('champion', 8) + 8);
    expect(widths[2]).toBeGreaterThanOrEqual(estimateWidth('contact', 8) + 8);
    // The long notes take the space the short columns do not need.
    expect(widths[3]).toBeGreaterThan(widths[1]!);
  });

  it('breaks Chinese text between characters, so a long Chinese cell does not claim a wide column', () => {
    const widths = columnWidths(['备注', '态度'], [['很长的备注'.repeat(40), '坚定支持者']], 8, 300);
    expect(widths[1]).toBeGreaterThanOrEqual(estimateWidth('坚定支持者', 8) + 8);
  });

  it('scales all columns down alike when even the longest words do not fit', () => {
    const widths = columnWidths(['n', 'a', 'b'], [['n', 'x'.repeat(30), 'y'.repeat(30)]], 8, 100);
    expect(widths[1]).toBeCloseTo(widths[2]!, 1);
    expect(widths[1]).toBeLessThan(estimateWidth('x'.repeat(30), 8));
    expect(sum(widths)).toBeLessThanOrEqual(100);
  });
});
