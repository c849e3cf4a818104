/**
 * Copy and paste of people and the lines between them. The clipboard holds JSON with its
 * own small envelope, so a paste from elsewhere (or from a newer version) is validated
 * like a document: it is refused whole or pasted whole.
 */
import * as z from 'zod';
import {
  RelationshipSchema,
  StakeholderSchema,
  type PowermapDocument,
  type Relationship,
  type Stakeholder,
} from '../../../shared/document';
import { newId } from '../ids';

const ClipboardSchema = z.strictObject({
  format: z.literal('powermap-clipboard'),
  version: z.literal(1),
  people: z.array(StakeholderSchema).max(10_000),
  lines: z.array(RelationshipSchema).max(50_000),
});
export type ClipboardData = z.output<typeof ClipboardSchema>;

export const PASTE_OFFSET = 40;

export function copySelection(doc: PowermapDocument, personIds: readonly string[]): ClipboardData {
  const chosen = new Set(personIds);
  return {
    format: 'powermap-clipboard',
    version: 1,
    people: doc.stakeholders.filter((p) => chosen.has(p.id)),
    lines: doc.relationships.filter((r) => chosen.has(r.from) && chosen.has(r.to)),
  };
}

export function clipboardText(data: ClipboardData): string {
  return JSON.stringify(data);
}

/** The clipboard data in a text, or null when the text is not a Powermap clipboard. */
export function readClipboard(text: string): ClipboardData | null {
  if (text.length > 32 * 1024 * 1024) return null;
  try {
    const parsed = ClipboardSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The people and lines to add for a paste: new ids (so a paste never collides with what
 * is there), shifted so the copies do not hide the originals, owners kept only when they
 * are on this deal's team.
 */
export function preparePaste(
  doc: PowermapDocument,
  data: ClipboardData,
  offset = PASTE_OFFSET,
): { people: Stakeholder[]; lines: Relationship[] } {
  const team = new Set(doc.team.map((m) => m.id));
  const ids = new Map<string, string>();
  const people = data.people.map((person) => {
    const id = newId('s');
    ids.set(person.id, id);
    return {
      ...person,
      id,
      ownerId: person.ownerId !== null && team.has(person.ownerId) ? person.ownerId : null,
      position: { ...person.position, x: person.position.x + offset, y: person.position.y + offset },
    };
  });
  const lines = data.lines.flatMap((line) => {
    const from = ids.get(line.from);
    const to = ids.get(line.to);
    return from && to ? [{ ...line, id: newId('r'), from, to }] : [];
  });
  return { people, lines };
}
