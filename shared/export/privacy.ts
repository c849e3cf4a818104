/**
 * What an export may show of the people on a map (PRODUCT.md 5, GLOSSARY "what the
 * salesperson gathers"). Privacy is applied exactly once per export, by `prepareExport`,
 * which gives an `ExportView`: the only thing every exporter (drawing, table, PDF, deck)
 * accepts, so the type checker stops a raw document from reaching an export, and the two
 * choices mean the same in every format:
 *
 * Personal fields. Unless `includePersonal`, each person's interests (organisational,
 * position, personal) and notes are emptied, in the map and in every history snapshot.
 * These are the fields the format defines as personal; the `interests` object is rebuilt
 * with its three fields only, so anything else a tool stored inside it goes too. Other
 * unknown fields are kept in the named variant (they belong to whoever wrote them).
 *
 * Anonymous variant, for sharing outside the team. The document is rebuilt from the
 * fields the format defines (unknown fields anywhere are dropped: they could hold names),
 * and:
 * - each person's name becomes "title · department", or "Person 3 (technical buyer)" when
 *   both are empty (numbered, with the first buying role); a repeated placeholder gets
 *   " (2)", " (3)"…, so people stay distinguishable;
 * - each team member's name becomes "Our team member 1"…;
 * - the account (the client's name) becomes "Client"; the deal name is kept, because it
 *   says what is being bought, but like every free text (titles, departments, team roles,
 *   competitors, snapshot labels, and interests and notes when included) it is searched
 *   for the account, every person's name and every team member's name, which are replaced
 *   by "Client", "Person 3" and "Our team member 1". Names shorter than two characters are
 *   not searched for. Latin-script names are found as whole words only. Chinese has no
 *   spaces, so a Chinese name is found anywhere in interests and notes (prose: 张华的上级),
 *   but only as a whole field or word in the short fields, where a name that is also part
 *   of a word is common (副总 in 副总经理) and replacing it would garble the title; the
 *   account is found anywhere;
 * - ids become p1, p2… (people), t1… (team), r1… (lines), h1… (snapshots) and "deal",
 *   because ids are often made from names ("s-zhanghua"); the numbers match the
 *   placeholders: "Person 3" is p3 in every snapshot.
 * What is kept: titles, departments, every judgement (roles, attitude, closeness, stage,
 * influence, style, last contact), positions, lines, the deal's stage, value, dates and
 * qualification, competitors. A free text that describes someone without naming them
 * ("the CFO's brother-in-law") cannot be recognised and is kept as written.
 *
 * The anonymous variant is built in anonymize.ts, its names found in text by nameScrubber.ts.
 */
import type { MapContent, PowermapDocument } from '../document/schema';
import type { Lang } from '../i18n/catalogue';
import { translator } from '../i18n/translate';
import { anonymize, NO_INTERESTS } from './anonymize';

export interface ExportPrivacy {
  /** Keep interests and notes. */
  readonly includePersonal: boolean;
  /** Replace names (people, our team, the account) and ids, for sharing outside the team. */
  readonly anonymous: boolean;
  /** The language of the placeholders. */
  readonly lang: Lang;
}

/** Only `prepareExport` makes an ExportView: the brand exists for the type checker alone. */
declare const preparedForExport: unique symbol;

/**
 * A document fit for an export: the privacy choices applied to it, once. Every exporter
 * takes one, never a PowermapDocument, so no raw document reaches an export and no export
 * applies the choices twice (which would number the placeholders anew).
 */
export interface ExportView {
  /** The document as the export may show it. */
  readonly doc: PowermapDocument;
  /** The choices applied; `lang` is also the export's language. */
  readonly privacy: ExportPrivacy;
  readonly [preparedForExport]: true;
}

/** The export view of `doc` with these choices (see the module comment). */
export function prepareExport(doc: PowermapDocument, privacy: ExportPrivacy): ExportView {
  return { doc: applyPrivacy(doc, privacy), privacy: { ...privacy } } as ExportView;
}

/** A copy of the document fit for an export with these choices (see the module comment). */
function applyPrivacy(doc: PowermapDocument, options: ExportPrivacy): PowermapDocument {
  if (options.anonymous) return anonymize(doc, options.includePersonal, translator(options.lang));
  if (options.includePersonal) return { ...doc };
  return {
    ...withoutPersonal(doc),
    history: doc.history.map((snapshot) => withoutPersonal(snapshot)),
  };
}

function withoutPersonal<T extends MapContent>(content: T): T {
  return {
    ...content,
    stakeholders: content.stakeholders.map((person) => ({ ...person, interests: { ...NO_INTERESTS }, notes: '' })),
  };
}
