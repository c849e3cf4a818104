/**
 * The texts a person's card shows besides the name, the same on the canvas, in the SVG
 * drawing and in the deck: the owner's initials badge and the "title · department" line.
 */
import type { PowermapDocument, Stakeholder } from '../document/schema';
import type { Translator } from '../i18n/translate';

/** Initials for an owner badge: "Li Na" -> "LN", "李娜" -> "李娜", "Ouyang" -> "OU". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return '?';
  const first = Array.from(words[0]!);
  if (/\p{Script=Han}/u.test(words[0]!)) return first.slice(0, 2).join('');
  if (words.length === 1) return first.slice(0, 2).join('').toUpperCase();
  return (first[0]! + Array.from(words.at(-1)!)[0]!).toUpperCase();
}

/** Who on our team owns the relationship with a person, as the card's badge shows it. */
export interface CardOwner {
  readonly name: string;
  readonly initials: string;
}

/** The owner of `person`'s relationship; a team member who is gone shows as "?" with a word for it. */
export function ownerOf(doc: PowermapDocument, person: Stakeholder, t: Translator): CardOwner | null {
  if (person.ownerId === null) return null;
  const member = doc.team.find((m) => m.id === person.ownerId);
  if (!member) return { name: t('canvas.owner.missing'), initials: '?' };
  const name = member.name.trim() || member.id;
  return { name, initials: initials(name) };
}

/** "title · department", leaving out whichever is empty. */
export function subtitleOf(person: Stakeholder): string {
  return [person.title.trim(), person.department.trim()].filter((part) => part !== '').join(' · ');
}
