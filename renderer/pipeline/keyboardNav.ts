/**
 * The table's keys: arrows move one row, Page Up/Down one view, Home and End to the ends;
 * Enter opens the row (the caller's job). Returns the row to make current, or null when
 * the key is not a move, so other keys keep their usual meaning.
 */
export function nextRow(key: string, current: number, count: number, pageRows: number): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const at = Math.min(Math.max(current, 0), last);
  const page = Math.max(1, pageRows);
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(last, at + 1);
    case 'ArrowUp':
      return current < 0 ? 0 : Math.max(0, at - 1);
    case 'PageDown':
      return Math.min(last, at + page);
    case 'PageUp':
      return Math.max(0, at - page);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
