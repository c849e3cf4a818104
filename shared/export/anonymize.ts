/**
 * The anonymous variant of an export (privacy.ts has the rules): the document rebuilt from the
 * fields the format defines, names replaced by placeholders, ids renumbered, and every free
 * text searched for the names.
 */
import type {
  Deal,
  LikelihoodModelSetting,
  MapContent,
  Outcome,
  PowermapDocument,
  Relationship,
  Snapshot,
  Stakeholder,
  TeamMember,
} from '../document/schema';
import type { Translator } from '../i18n/translate';
import { nameScrubber, type NameReplacement } from './nameScrubber';

/** The interests of a person whose personal fields are left out. */
export const NO_INTERESTS = { organizational: '', position: '', personal: '' } as const;

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

/** The numbering of each kind of id, shared by the map and every snapshot. */
interface Numberings {
  readonly people: Numbering;
  readonly members: Numbering;
  readonly lines: Numbering;
  readonly snapshots: Numbering;
}

/** What anonymizing the map and each of its snapshots uses throughout. */
interface Anonymizer extends Numberings {
  readonly t: Translator;
  readonly includePersonal: boolean;
  /** For short fields: names only as whole words. */
  readonly scrub: (text: string) => string;
  /** For prose: Chinese names anywhere. */
  readonly scrubProse: (text: string) => string;
}

export function anonymize(doc: PowermapDocument, includePersonal: boolean, t: Translator): PowermapDocument {
  const contents: MapContent[] = [doc, ...doc.history];
  const numberings = numberEveryone(contents);
  const anon: Anonymizer = { ...numberings, ...scrubbers(contents, numberings, t), t, includePersonal };
  return {
    format: doc.format,
    version: doc.version,
    ...anonymousContent(doc, anon),
    history: doc.history.map((snapshot): Snapshot => ({
      id: anon.snapshots.id(snapshot.id),
      takenAt: snapshot.takenAt,
      label: anon.scrub(snapshot.label),
      ...anonymousContent(snapshot, anon),
    })),
  };
}

// Number everyone first, so a placeholder means the same person in every snapshot.
function numberEveryone(contents: readonly MapContent[]): Numberings {
  const people = new Numbering('p');
  const members = new Numbering('t');
  const lines = new Numbering('r');
  const snapshots = new Numbering('h');
  for (const content of contents) {
    for (const person of content.stakeholders) people.number(person.id);
    for (const member of content.team) members.number(member.id);
  }
  return { people, members, lines, snapshots };
}

/** The scrubbers of the account, every person's name and every team member's name, in the map and its snapshots. */
function scrubbers(
  contents: readonly MapContent[],
  { people, members }: Numberings,
  t: Translator,
): Pick<Anonymizer, 'scrub' | 'scrubProse'> {
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
  return { scrub, scrubProse };
}

function anonymousContent(content: MapContent, anon: Anonymizer): MapContent {
  /** How many people so far were named by each title · department, to number the repeats. */
  const placeholders = new Map<string, number>();
  return {
    deal: anonymousDeal(content.deal, anon),
    team: content.team.map((member) => anonymousMember(member, anon)),
    stakeholders: content.stakeholders.map((person) => anonymousPerson(person, anon, placeholders)),
    relationships: content.relationships.map((line) => anonymousLine(line, anon)),
  };
}

function anonymousDeal(deal: Deal, anon: Anonymizer): Deal {
  const { t, scrub, scrubProse } = anon;
  const dealName = scrub(deal.name);
  return {
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
    outcome: deal.outcome && anonymousOutcome(deal.outcome, anon),
    // Kept so the anonymous export shows the same likelihood; who adopted it is a name.
    likelihoodModel: deal.likelihoodModel && anonymousLikelihoodModel(deal.likelihoodModel, anon),
  };
}

function anonymousOutcome(outcome: Outcome, { scrub, scrubProse }: Anonymizer): Outcome {
  return {
    result: outcome.result,
    closedOn: outcome.closedOn,
    reason: outcome.reason,
    note: scrubProse(outcome.note),
    competitor: outcome.competitor === null ? null : scrub(outcome.competitor),
  };
}

function anonymousLikelihoodModel(model: LikelihoodModelSetting, { scrub }: Anonymizer): LikelihoodModelSetting {
  return {
    base: model.base,
    gapCosts: model.gapCosts,
    adoptedBy: scrub(model.adoptedBy),
    adoptedAt: model.adoptedAt,
    fittedFrom: {
      won: model.fittedFrom.won,
      lost: model.fittedFrom.lost,
      point: model.fittedFrom.point,
    },
  };
}

function anonymousMember(member: TeamMember, { members, t, scrub }: Anonymizer): TeamMember {
  return {
    id: members.id(member.id),
    name: t('export.anon.member', { n: members.number(member.id) }),
    role: scrub(member.role),
  };
}

function anonymousPerson(person: Stakeholder, anon: Anonymizer, placeholders: Map<string, number>): Stakeholder {
  const { people, members, includePersonal, scrub, scrubProse } = anon;
  const title = scrub(person.title);
  const department = scrub(person.department);
  const name = placeholderName(person, title, department, anon, placeholders);
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
}

/** "title · department", numbered when repeated; "Person 3 (technical buyer)" when both are empty. */
function placeholderName(
  person: Stakeholder,
  title: string,
  department: string,
  { people, t }: Anonymizer,
  placeholders: Map<string, number>,
): string {
  const name = [title.trim(), department.trim()].filter((text) => text !== '').join(' · ');
  if (name === '') {
    const n = people.number(person.id);
    const role = person.roles[0];
    return role === undefined
      ? t('export.anon.person', { n })
      : t('export.anon.personRole', { n, role: t(`role.${role}`) });
  }
  const seen = (placeholders.get(name) ?? 0) + 1;
  placeholders.set(name, seen);
  return seen > 1 ? t('export.anon.repeat', { name, n: seen }) : name;
}

function anonymousLine(line: Relationship, { lines, people }: Anonymizer): Relationship {
  return {
    id: lines.id(line.id),
    kind: line.kind,
    from: people.id(line.from),
    to: people.id(line.to),
    strength: line.strength,
  };
}
