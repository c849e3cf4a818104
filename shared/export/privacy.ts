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
 */
import type { MapContent, PowermapDocument, Relationship, Snapshot, Stakeholder, TeamMember } from '../document/schema';
import type { Lang } from '../i18n/catalogue';
import { translator, type Translator } from '../i18n/translate';

export interface ExportPrivacy {
  /** Keep interests and notes. */
  readonly includePersonal: boolean;
  /** Replace names (people, our team, the account) and ids, for sharing outside the team. */
  readonly anonymous: boolean;
  /** The language of the placeholders. */
  readonly lang: Lang;
}

const NO_INTERESTS = { organizational: '', position: '', personal: '' } as const;

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

/** Stable short ids in order of first appearance: p1, p2… */
class Numbering {
  private readonly numbers = new Map<string, number>();
  constructor(private readonly prefix: string) {}
  number(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(id, n);
    }
    return n;
  }
  id(id: string): string {
    return `${this.prefix}${this.number(id)}`;
  }
}

function anonymize(doc: PowermapDocument, includePersonal: boolean, t: Translator): PowermapDocument {
  const contents: MapContent[] = [doc, ...doc.history];
  const people = new Numbering('p');
  const members = new Numbering('t');
  const lines = new Numbering('r');
  const snapshots = new Numbering('h');
  // Number everyone first, so a placeholder means the same person in every snapshot.
  for (const content of contents) {
    for (const person of content.stakeholders) people.number(person.id);
    for (const member of content.team) members.number(member.id);
  }
  const names: NameReplacement[] = [];
  const accounts: NameReplacement[] = [];
  for (const content of contents) {
    for (const person of content.stakeholders) {
      names.push({ name: person.name, replacement: t('export.anon.person', { n: people.number(person.id) }) });
    }
    for (const member of content.team) {
      names.push({ name: member.name, replacement: t('export.anon.member', { n: members.number(member.id) }) });
    }
    accounts.push({ name: content.deal.account, replacement: t('export.anon.account') });
  }
  // Short fields: names only as whole words (副总 stays in 副总经理); prose: Chinese names anywhere.
  const scrub = nameScrubber([...names.map((entry) => ({ ...entry, wholeWord: true })), ...accounts]);
  const scrubProse = nameScrubber([...names, ...accounts]);

  const anonymousContent = (content: MapContent): MapContent => {
    const deal = content.deal;
    const dealName = scrub(deal.name);
    const placeholders = new Map<string, number>();
    return {
      deal: {
        id: 'deal',
        name: dealName.trim() === '' ? t('export.anon.deal') : dealName,
        account: deal.account.trim() === '' ? '' : t('export.anon.account'),
        value: deal.value,
        ...(deal.currency === undefined ? {} : { currency: deal.currency }),
        decisionDate: deal.decisionDate,
        purchaseStage: deal.purchaseStage,
        qualification: {
          opportunity: deal.qualification.opportunity,
          solution: deal.qualification.solution,
          canWin: deal.qualification.canWin,
          worthWinning: deal.qualification.worthWinning,
        },
        competitors: deal.competitors.map(scrub),
        salesStep: deal.salesStep,
        needsRecord: deal.needsRecord && { date: deal.needsRecord.date, text: scrubProse(deal.needsRecord.text) },
        standing: {
          bestSupplier: deal.standing.bestSupplier === null ? null : scrub(deal.standing.bestSupplier),
          scores: deal.standing.scores,
        },
        outcome: deal.outcome && {
          result: deal.outcome.result,
          closedOn: deal.outcome.closedOn,
          reason: deal.outcome.reason,
          note: scrubProse(deal.outcome.note),
          competitor: deal.outcome.competitor === null ? null : scrub(deal.outcome.competitor),
        },
        // Kept so the anonymous export shows the same likelihood; who adopted it is a name.
        likelihoodModel: deal.likelihoodModel && {
          base: deal.likelihoodModel.base,
          gapCosts: deal.likelihoodModel.gapCosts,
          adoptedBy: scrub(deal.likelihoodModel.adoptedBy),
          adoptedAt: deal.likelihoodModel.adoptedAt,
          fittedFrom: {
            won: deal.likelihoodModel.fittedFrom.won,
            lost: deal.likelihoodModel.fittedFrom.lost,
            point: deal.likelihoodModel.fittedFrom.point,
          },
        },
      },
      team: content.team.map((member): TeamMember => ({
        id: members.id(member.id),
        name: t('export.anon.member', { n: members.number(member.id) }),
        role: scrub(member.role),
      })),
      stakeholders: content.stakeholders.map((person): Stakeholder => {
        const title = scrub(person.title);
        const department = scrub(person.department);
        let name = [title.trim(), department.trim()].filter((text) => text !== '').join(' · ');
        if (name === '') {
          const n = people.number(person.id);
          const role = person.roles[0];
          name =
            role === undefined
              ? t('export.anon.person', { n })
              : t('export.anon.personRole', { n, role: t(`role.${role}`) });
        } else {
          const seen = (placeholders.get(name) ?? 0) + 1;
          placeholders.set(name, seen);
          if (seen > 1) name = t('export.anon.repeat', { name, n: seen });
        }
        return {
          id: people.id(person.id),
          name,
          title,
          department,
          function: person.function,
          level: person.level,
          roles: [...person.roles],
          attitude: person.attitude,
          closeness: person.closeness,
          stage: person.stage,
          influence: person.influence,
          style: person.style,
          ownerId: person.ownerId === null ? null : members.id(person.ownerId),
          lastContact: person.lastContact,
          interests: includePersonal
            ? {
                organizational: scrubProse(person.interests.organizational),
                position: scrubProse(person.interests.position),
                personal: scrubProse(person.interests.personal),
              }
            : { ...NO_INTERESTS },
          notes: includePersonal ? scrubProse(person.notes) : '',
          position: { x: person.position.x, y: person.position.y },
        };
      }),
      relationships: content.relationships.map((line): Relationship => ({
        id: lines.id(line.id),
        kind: line.kind,
        from: people.id(line.from),
        to: people.id(line.to),
        strength: line.strength,
      })),
    };
  };

  return {
    format: doc.format,
    version: doc.version,
    ...anonymousContent(doc),
    history: doc.history.map((snapshot): Snapshot => ({
      id: snapshots.id(snapshot.id),
      takenAt: snapshot.takenAt,
      label: scrub(snapshot.label),
      ...anonymousContent(snapshot),
    })),
  };
}

/** Scripts written without spaces between words: a name in them is found inside other text. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export interface NameReplacement {
  readonly name: string;
  readonly replacement: string;
  /**
   * Only where the name stands as a whole word, in every script: not next to another letter
   * or digit, Chinese ones included. Without it, a name in a script written without spaces
   * (Chinese, Japanese) is found anywhere, since a word boundary cannot be seen there.
   */
  readonly wholeWord?: boolean;
}

interface Needle {
  /** The name, one lower-cased code point per item (compared with the text the same way). */
  readonly chars: readonly string[];
  readonly replacement: string;
  /** A letter that the text may not continue with just before (after) the name, or null to accept any. */
  readonly before: ((char: string) => boolean) | null;
  readonly after: ((char: string) => boolean) | null;
}

const anyLetter = (char: string) => WORD_CHAR.test(char);
const spacedLetter = (char: string) => WORD_CHAR.test(char) && !UNSPACED.test(char);

/**
 * A function that replaces every listed name found in a text by its replacement: longest
 * names first, case-insensitively. A name that starts (ends) with a letter or digit must
 * not continue a word there: for names in spaced scripts (Latin) always, and for any name
 * with `wholeWord`. Names shorter than two characters are skipped (they would match inside
 * ordinary words). The first entry for a name wins.
 */
export function nameScrubber(entries: readonly NameReplacement[]): (text: string) => string {
  const byFirst = new Map<string, Needle[]>();
  const seen = new Set<string>();
  for (const { name, replacement, wholeWord = false } of entries) {
    const chars = [...name.trim()].map((char) => char.toLowerCase());
    const key = chars.join('');
    if (chars.length < 2 || seen.has(key)) continue;
    seen.add(key);
    const edge = (char: string): ((neighbour: string) => boolean) | null => {
      if (!WORD_CHAR.test(char)) return null; // the name ends in punctuation: no word to continue
      if (wholeWord) return anyLetter;
      return UNSPACED.test(char) ? null : spacedLetter;
    };
    const needle: Needle = { chars, replacement, before: edge(chars[0]!), after: edge(chars.at(-1)!) };
    const list = byFirst.get(chars[0]!) ?? [];
    list.push(needle);
    byFirst.set(chars[0]!, list);
  }
  for (const list of byFirst.values()) {
    list.sort((a, b) => b.chars.length - a.chars.length || (a.chars.join('') < b.chars.join('') ? -1 : 1));
  }
  if (byFirst.size === 0) return (text) => text;

  return (text) => {
    if (text === '') return text;
    const chars = [...text];
    const lowerChars = chars.map((char) => char.toLowerCase());
    let out = '';
    let i = 0;
    outer: while (i < chars.length) {
      const candidates = byFirst.get(lowerChars[i]!);
      if (candidates) {
        for (const needle of candidates) {
          const length = needle.chars.length;
          if (i + length > chars.length) continue;
          if (!needle.chars.every((char, k) => lowerChars[i + k] === char)) continue;
          const previous = chars[i - 1];
          const next = chars[i + length];
          if (needle.before && previous !== undefined && needle.before(previous)) continue;
          if (needle.after && next !== undefined && needle.after(next)) continue;
          out += needle.replacement;
          i += length;
          continue outer;
        }
      }
      out += chars[i];
      i++;
    }
    return out;
  };
}
