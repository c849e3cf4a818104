/** The deal's competitors and our team, as lists the inspector edits. */
import type { PowermapDocument } from '../../../shared/document';
import { fail, ok, type Parsed } from './parse';

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** The list with `text` added at the end (trimmed); blank and repeated names are refused. */
export function addCompetitor(list: readonly string[], text: string): Parsed<string[]> {
  const name = text.trim();
  if (name === '') return fail('blank');
  if (list.some((existing) => sameName(existing, name))) return fail('duplicate');
  return ok([...list, name]);
}

/** The name at `index` renamed (kept as typed); blank and repeated names are refused. */
export function renameCompetitor(list: readonly string[], index: number, text: string): Parsed<string[]> {
  if (text.trim() === '') return fail('blank');
  if (list.some((existing, i) => i !== index && sameName(existing, text))) return fail('duplicate');
  return ok(list.map((existing, i) => (i === index ? text : existing)));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** How many people on the map a member of our team owns. */
export function ownedCount(doc: Pick<PowermapDocument, 'stakeholders'>, memberId: string): number {
  let count = 0;
  for (const person of doc.stakeholders) if (person.ownerId === memberId) count++;
  return count;
}
