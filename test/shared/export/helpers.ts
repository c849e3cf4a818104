/** Shared helpers of the export tests: documents whose names can be searched for in any output. */
import { parseDocument, type MapContent, type PowermapDocument } from '../../../shared/document';
import { describeProblems } from '../../support/builders';

/** A text that cannot occur by chance in generated content or in the exporters' own words. */
export const marker = (kind: string, n: number) => `«${kind}-${n}»`;

export interface MarkedDocument {
  readonly doc: PowermapDocument;
  /** Every person's and team member's name, and the account: none may appear in an anonymous export. */
  readonly names: readonly string[];
}

/**
 * The document with every person's and team member's name (in the map and in each
 * snapshot) replaced by a marker, the account by one, and the names of others written into
 * free texts (titles, notes, the deal name, snapshot labels) the way salespeople do.
 */
export function markNames(source: PowermapDocument): MarkedDocument {
  let n = 0;
  const names: string[] = [];
  const next = (kind: string) => {
    const name = marker(kind, n++);
    names.push(name);
    return name;
  };
  const mark = <T extends MapContent>(content: T): T => {
    const account = next('account');
    const team = content.team.map((member) => ({ ...member, name: next('member') }));
    const people = content.stakeholders.map((person) => ({ ...person, name: next('person') }));
    const other = (i: number) => people[(i + 1) % people.length]!.name;
    const member = team[0]?.name ?? '';
    return {
      ...content,
      deal: { ...content.deal, name: `${content.deal.name} ${account}`, account },
      team: team.map((m) => ({ ...m, role: `${m.role} for ${account}` })),
      stakeholders: people.map((person, i) => ({
        ...person,
        title: `${person.title} (assistant to ${other(i)})`,
        notes: `${person.notes} met ${other(i)} with ${member}`,
        interests: { ...person.interests, personal: `${person.interests.personal} golf with ${other(i)}` },
      })),
    };
  };
  const doc: PowermapDocument = {
    ...mark(source),
    history: source.history.map((snapshot) => ({ ...mark(snapshot), label: `${snapshot.label} after meeting` })),
  };
  return { doc, names };
}

/** A document through the real reader: it must still be valid. */
export function reparse(doc: PowermapDocument): PowermapDocument {
  const result = parseDocument(JSON.parse(JSON.stringify(doc)));
  if (!result.ok) throw new Error(describeProblems(result.problems));
  return result.document;
}
