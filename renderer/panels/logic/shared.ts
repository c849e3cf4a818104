/** The value several selected people share in one field, for the multi-person inspector. */
import type { Stakeholder } from '../../../shared/document';

/** Fields the inspector edits for several people at once. */
export const SHARED_FIELDS = ['attitude', 'closeness', 'stage', 'level', 'ownerId'] as const;
export type SharedField = (typeof SHARED_FIELDS)[number];

export type SharedValue<T> = { readonly mixed: false; readonly value: T } | { readonly mixed: true };

/** The common value of `field`, or mixed when the people differ (or there are none). */
export function sharedValue<K extends SharedField>(
  people: readonly Stakeholder[],
  field: K,
): SharedValue<Stakeholder[K]> {
  const [first, ...rest] = people;
  if (!first) return { mixed: true };
  const value = first[field];
  return rest.every((person) => Object.is(person[field], value)) ? { mixed: false, value } : { mixed: true };
}

/** The people of `ids` in selection order, skipping ids not (or no longer) on the map. */
export function peopleByIds(people: readonly Stakeholder[], ids: readonly string[]): Stakeholder[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  return ids.flatMap((id) => {
    const person = byId.get(id);
    return person ? [person] : [];
  });
}
