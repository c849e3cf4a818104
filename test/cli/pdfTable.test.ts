/** The PDF table's column widths: the page's width, filled; words whole while there is room. */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { columnWidths } from '../../cli/export/pdfTable';
import { PdfText, registerFonts } from '../../cli/export/pdfText';
import type { SheetTable } from '../../shared/export';

const text = () => {
  const doc = new PDFDocument();
  return new PdfText(doc, registerFonts(doc, null));
};

function table(header: string[], rows: string[][]): SheetTable {
  return { columns: header.map(() => 'name'), header, rows, empty: '' };
}

const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);

describe('columnWidths', () => {
  it('fills the width, sharing it by what each column wants when everything fits', () => {
    const widths = columnWidths(text(), table(['A', 'Bbbbbbbbbbbbbbb'], [['x', 'y']]), 500);
    expect(sum(widths)).toBeCloseTo(500);
    expect(widths[1]!).toBeGreaterThan(widths[0]!);
  });

  it('keeps every word whole when the long columns must give way', () => {
    const t = text();
    const prose = 'a long note that goes on and on about the customer and their procurement habits '.repeat(3);
    const words = ['operational', 'relationship', 'procurement'];
    const header = ['Name', 'Level', 'Stage', 'Function', 'Notes', 'Interests'];
    const rows = Array.from({ length: 5 }, () => ['Zhang Hua', words[0]!, words[1]!, words[2]!, prose, prose]);
    const widths = columnWidths(t, table(header, rows), 400);
    expect(sum(widths)).toBeCloseTo(400);
    const style = { size: 7.5 };
    widths.slice(1, 4).forEach((width, i) => expect(width).toBeGreaterThanOrEqual(t.width(words[i]!, style)));
    // The short columns get what they want (a name on one line); the two prose columns share the rest evenly.
    expect(widths[0]!).toBeGreaterThanOrEqual(t.width('Zhang Hua', style) + 7);
    expect(widths[4]!).toBeCloseTo(widths[5]!);
  });
});
