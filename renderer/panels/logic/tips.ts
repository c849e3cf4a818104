/** Persona tips: which people to show "how to meet them" for. */
import type { PersonalityStyle, Stakeholder } from '../../../shared/document';

export type KnownStyle = Exclude<PersonalityStyle, 'unknown'>;

export interface TipPerson {
  readonly id: string;
  readonly name: string;
  readonly style: KnownStyle;
}

/** More than this and the tips stop being read. */
export const MAX_TIPS = 6;

/**
 * The selected people first, then the highlighted ones, each once, skipping people of
 * unknown style and ids not on the map; at most `limit`.
 */
export function tipPeople(
  people: readonly Stakeholder[],
  selected: readonly string[],
  highlighted: readonly string[],
  limit = MAX_TIPS,
): TipPerson[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  const seen = new Set<string>();
  const out: TipPerson[] = [];
  for (const id of [...selected, ...highlighted]) {
    if (out.length >= limit) break;
    if (seen.has(id)) continue;
    seen.add(id);
    const person = byId.get(id);
    if (!person || person.style === 'unknown') continue;
    out.push({ id: person.id, name: person.name, style: person.style });
  }
  return out;
}
