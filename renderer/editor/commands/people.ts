/** Edits of the people on the map. Each is a pure function from one document to the next. */
import type { Stakeholder } from '../../../shared/document';
import { StakeholderSchema } from '../../../shared/document';
import type { Edit } from '../edit';

/** The named fields of a person (the schema's, not the open index of unknown fields), id excluded. */
export type PersonPatch = Partial<Pick<Stakeholder, Exclude<keyof typeof StakeholderSchema.shape, 'id'>>>;

/** A new person with every default, named and placed by the caller. */
export function newPerson(id: string, name: string, position: { x: number; y: number }): Stakeholder {
  return StakeholderSchema.parse({ id, name, position });
}

export function addPeople(people: readonly Stakeholder[]): Edit {
  return (doc) => ({ ...doc, stakeholders: [...doc.stakeholders, ...people] });
}

/** Applies the same patch to each person named (the inspector with one, quick keys with many). */
export function updatePeople(ids: readonly string[], patch: PersonPatch): Edit {
  const targets = new Set(ids);
  return (doc) => {
    let changed = false;
    const stakeholders = doc.stakeholders.map((person) => {
      if (!targets.has(person.id)) return person;
      const next = { ...person, ...patch };
      const same = (Object.keys(patch) as (keyof PersonPatch)[]).every((k) => Object.is(person[k], next[k]));
      if (same) return person;
      changed = true;
      return next;
    });
    return changed ? { ...doc, stakeholders } : doc;
  };
}

/** Moves people; positions are rounded to whole pixels so files stay tidy. */
export function movePeople(positions: ReadonlyMap<string, { x: number; y: number }>): Edit {
  return (doc) => {
    let changed = false;
    const stakeholders = doc.stakeholders.map((person) => {
      const to = positions.get(person.id);
      if (!to) return person;
      const x = Math.round(to.x);
      const y = Math.round(to.y);
      if (person.position.x === x && person.position.y === y) return person;
      changed = true;
      return { ...person, position: { ...person.position, x, y } };
    });
    return changed ? { ...doc, stakeholders } : doc;
  };
}

/** Removes people and every line that touches them (a line needs both ends). */
export function deletePeople(ids: readonly string[]): Edit {
  const gone = new Set(ids);
  return (doc) => {
    if (!doc.stakeholders.some((p) => gone.has(p.id))) return doc;
    return {
      ...doc,
      stakeholders: doc.stakeholders.filter((p) => !gone.has(p.id)),
      relationships: doc.relationships.filter((r) => !gone.has(r.from) && !gone.has(r.to)),
    };
  };
}
