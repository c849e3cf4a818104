/** Whether two lists hold the same items (by identity) in the same order: a cache's key check. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, index) => item === b[index]));
}
