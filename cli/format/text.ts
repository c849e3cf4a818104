/**
 * Plain-text helpers for terminal output: making document text safe to print, and
 * lining up columns when some characters (Chinese) take two terminal cells.
 */

/**
 * Text from a document or the command line, made safe for a terminal: control characters
 * (which could carry escape sequences) and bidirectional overrides become U+FFFD, and line
 * breaks and tabs become spaces so one item stays on one line.
 */
export function terminalSafe(text: string): string {
  return (
    text
      .replace(/[\t\n\r\v\f]/g, ' ')
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd')
  );
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function isZeroWidth(code: number): boolean {
  return (code >= 0x0300 && code <= 0x036f) || (code >= 0x200b && code <= 0x200f) || code === 0xfeff;
}

/** Terminal cells the text takes (ANSI colour sequences excluded). */
export function displayWidth(text: string): number {
  let width = 0;
  // eslint-disable-next-line no-control-regex -- matches the colour sequences Style writes
  for (const char of text.replace(/\u001b\[[0-9;]*m/g, '')) {
    const code = char.codePointAt(0)!;
    if (isZeroWidth(code)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Whole points with their sign: `+6`, `-12`, `0`. */
export function signed(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}

/**
 * Lines up a table: the first column left-aligned, the others right-aligned, two spaces
 * apart. A first cell wider than `maxLabel` cells keeps its full text and pushes its row right.
 */
export function alignedRows(rows: readonly (readonly string[])[], indent: string, maxLabel = 60): string[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(0, ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  widths[0] = Math.min(maxLabel, widths[0] ?? 0);
  return rows.map((row) =>
    (
      indent +
      row.map((cell, column) => (column === 0 ? padEnd(cell, widths[0]!) : padStart(cell, widths[column]!))).join('  ')
    ).trimEnd(),
  );
}
