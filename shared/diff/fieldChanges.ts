import { compareKeys } from '../document/serialize';
import { deepEqual, isPlainObject } from './deepEqual';
import { directionOf } from './direction';
import type { FieldChange } from './types';

/**
 * Every field that differs between two versions of one entity, nested objects as dot
 * paths (`interests.personal`), lists compared whole. Unknown fields count too.
 */
export function fieldChanges(
  old: Readonly<Record<string, unknown>>,
  next: Readonly<Record<string, unknown>>,
  skip: ReadonlySet<string> = new Set(),
  prefix = '',
): FieldChange[] {
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])].sort(compareKeys);
  const out: FieldChange[] = [];
  for (const key of keys) {
    if (skip.has(key)) continue;
    const a = old[key];
    const b = next[key];
    const field = `${prefix}${key}`;
    if (isPlainObject(a) && isPlainObject(b)) {
      out.push(...fieldChanges(a, b, new Set(), `${field}.`));
    } else if (!deepEqual(a, b)) {
      const direction = directionOf(field, a, b);
      out.push(direction ? { field, old: a, new: b, direction } : { field, old: a, new: b });
    }
  }
  return out;
}
