/**
 * The salvage reader: a deal's stored parts in, a whole valid document out, plus the parts
 * that could not be read, set aside with their raw values. Where `parseDocument` refuses a
 * file with one bad field (a file is the user's to fix, and a partial import would lose
 * data silently), a deal already in the app must still open: a damaged person row, an
 * unknown attitude or a line left pointing at a removed person cost that row or that field,
 * never the deal (issue 11).
 *
 * What is repaired and how (each repair is also a set-aside part, so nothing is silent):
 * - a record that is not an object, has no usable id or repeats an id: left out;
 * - a field with a value the format does not allow: its default (attitude unknown, ...);
 * - a person or deal whose name is blank or not text: a stand-in name (the title or id);
 * - a line whose kind or ends are invalid, that names nobody on the map, or joins a
 *   person to itself: left out;
 * - an owner who is not on our team: nobody;
 * - a snapshot that does not read whole: left out (snapshots are records: never half-kept).
 *
 * The result is checked once more with `parseDocument`; should a repair ever fall short
 * (a bug), the reader returns the deal alone and sets everything else aside rather than
 * throw.
 */
import type * as z from 'zod';
import { checkMap } from '../document/crossChecks';
import { migrate } from '../document/migrate';
import { parseDocument } from '../document/parse';
import type { Problem } from '../document/problems';
import {
  CURRENT_VERSION,
  DealSchema,
  FORMAT_NAME,
  RelationshipSchema,
  SnapshotSchema,
  StakeholderSchema,
  TeamMemberSchema,
  type PowermapDocument,
} from '../document/schema';
import type { SetAsideEntity, SetAsidePart } from './setAside';

type Json = Record<string, unknown>;

export type SalvageResult =
  | {
      readonly ok: true;
      readonly document: PowermapDocument;
      /** Empty when the input read whole. */
      readonly setAside: readonly SetAsidePart[];
      readonly migratedFrom: number;
    }
  /** Only for a document written by a newer Powermap: guessing would lose what it meant. */
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface SalvageOptions {
  /** The deal's name when its own cannot be read (the library's summary has one). */
  readonly dealName?: string;
  /** Names of people no longer on the map (deleted elsewhere), so a line left pointing at one is named by them. */
  readonly formerNames?: ReadonlyMap<string, string>;
  /** The keys a Y.Doc stores each list's records under, in the lists' order: a record's id is its key. */
  readonly keys?: Readonly<Partial<Record<ListName, readonly string[]>>>;
}

type ListName = 'team' | 'stakeholders' | 'relationships';
const LIST_NAMES: readonly ListName[] = ['team', 'stakeholders', 'relationships'];

/** Whether every record of the lists carries the id it is stored under (always, without keys). */
function idsMatchKeys(input: unknown, keys: SalvageOptions['keys']): boolean {
  if (!keys || !isRecord(input)) return true;
  return LIST_NAMES.every((list) => {
    const items = input[list];
    const listKeys = keys[list];
    if (!listKeys || !Array.isArray(items)) return true;
    return items.every((item, i) => isRecord(item) && item['id'] === listKeys[i]);
  });
}

const MAP_KEYS = new Set(['deal', 'team', 'stakeholders', 'relationships', 'history']);
/** Keys a JSON object may not carry into the app (see shared/document/json.ts). */
const FORBIDDEN_KEY = '__proto__';
/** A repaired record is parsed again after each round of repairs; fields are few, so this bounds it. */
const MAX_ROUNDS = 8;

export function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function usableId(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function nonBlank(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** A deep copy without forbidden keys; `dropped` is told of each. */
function cleaned(value: unknown, dropped: () => void): unknown {
  if (Array.isArray(value)) return value.map((item) => cleaned(item, dropped));
  if (!isRecord(value)) return value;
  const out: Json = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === FORBIDDEN_KEY) dropped();
    else
      Object.defineProperty(out, key, {
        value: cleaned(item, dropped),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

interface RecordSpec<T> {
  readonly entity: SetAsideEntity;
  readonly schema: z.ZodType<T>;
  /** Fields whose failure leaves the whole record out. */
  readonly vital: ReadonlySet<string>;
  /** A stand-in for a required name that cannot be read. */
  readonly standInName?: (raw: Json) => string;
  /** The name the parts of this record go by. */
  readonly nameOf: (raw: Json) => string | null;
}

/** One record: read whole, or repaired field by field, or left out; every repair a part. */
function salvageRecord<T>(raw: unknown, spec: RecordSpec<T>, parts: SetAsidePart[], fixedId?: string): T | null {
  const { entity } = spec;
  if (!isRecord(raw)) {
    parts.push({
      entity,
      id: fixedId ?? null,
      name: null,
      field: null,
      value: raw,
      reason: 'unreadable',
      repair: 'left_out',
    });
    return null;
  }
  const record: Json = { ...raw };
  // A record whose name cannot be read goes by its stand-in name in every part, as it shows on the map.
  const name = spec.nameOf(raw) ?? (spec.standInName && usableId(record['id']) ? spec.standInName(record) : null);
  if (!usableId(record['id']) || (fixedId !== undefined && record['id'] !== fixedId)) {
    if (fixedId === undefined) {
      parts.push({ entity, id: null, name, field: null, value: raw, reason: 'missing_id', repair: 'left_out' });
      return null;
    }
    parts.push({
      entity,
      id: fixedId,
      name,
      field: 'id',
      value: raw['id'],
      reason: 'missing_id',
      repair: 'default',
      shownAs: fixedId,
    });
    record['id'] = fixedId;
  }
  const id = record['id'] as string;
  const resets: string[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = spec.schema.safeParse(record);
    if (parsed.success) {
      const value = parsed.data as Json;
      for (const field of resets) {
        const part = parts.find((p) => p.entity === entity && p.id === id && p.field === field);
        if (part && part.repair === 'default') Object.assign(part, { shownAs: value[field] ?? null });
      }
      return parsed.data;
    }
    const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    for (const field of fields) {
      if (typeof field !== 'string' || spec.vital.has(field)) {
        parts.push({ entity, id, name, field: null, value: raw, reason: 'invalid_value', repair: 'left_out' });
        return null;
      }
      if (field === 'name' && spec.standInName) {
        const standIn = spec.standInName(record);
        parts.push({
          entity,
          id,
          name: standIn,
          field,
          value: raw[field],
          reason: 'invalid_value',
          repair: 'stand_in',
          shownAs: standIn,
        });
        record[field] = standIn;
        continue;
      }
      parts.push({ entity, id, name, field, value: raw[field], reason: 'invalid_value', repair: 'default' });
      resets.push(field);
      delete record[field];
    }
  }
  parts.push({ entity, id, name, field: null, value: raw, reason: 'invalid_value', repair: 'left_out' });
  return null;
}

/** A list that is not a list at all: kept whole, and left out of the deal. */
function unreadableList(entity: SetAsideEntity, raw: unknown): SetAsidePart {
  return { entity, id: null, name: null, field: null, value: raw, reason: 'unreadable', repair: 'left_out' };
}

/** A list of records: each salvaged alone, later repeats of an id left out. */
function salvageList<T extends { id: string }>(
  raw: unknown,
  spec: RecordSpec<T>,
  parts: SetAsidePart[],
  keys?: readonly string[],
): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    parts.push(unreadableList(spec.entity, raw));
    return [];
  }
  const out: T[] = [];
  const seen = new Set<string>();
  for (const [i, item] of raw.entries()) {
    const record = salvageRecord(item, spec, parts, keys?.[i]);
    if (!record) continue;
    if (seen.has(record.id)) {
      parts.push({
        entity: spec.entity,
        id: record.id,
        name: spec.nameOf(item as Json),
        field: null,
        value: item,
        reason: 'duplicate_id',
        repair: 'left_out',
      });
      continue;
    }
    seen.add(record.id);
    out.push(record);
  }
  return out;
}

const nameField = (raw: Json): string | null => (nonBlank(raw['name']) ? raw['name'] : null);

const PERSON: RecordSpec<z.output<typeof StakeholderSchema>> = {
  entity: 'person',
  schema: StakeholderSchema,
  vital: new Set(['id']),
  standInName: (raw) => (nonBlank(raw['title']) ? raw['title'] : String(raw['id'])),
  nameOf: nameField,
};
const MEMBER: RecordSpec<z.output<typeof TeamMemberSchema>> = {
  entity: 'team',
  schema: TeamMemberSchema,
  vital: new Set(['id']),
  nameOf: nameField,
};

function lineSpec(people: ReadonlyMap<string, string>): RecordSpec<z.output<typeof RelationshipSchema>> {
  const end = (value: unknown) => (typeof value === 'string' ? (people.get(value) ?? value) : '?');
  return {
    entity: 'line',
    schema: RelationshipSchema,
    vital: new Set(['id', 'kind', 'from', 'to']),
    nameOf: (raw) => `${end(raw['from'])} → ${end(raw['to'])}`,
  };
}

/** A snapshot is kept whole or not at all: it is a record of the past, not to be patched. */
function salvageSnapshots(raw: unknown, parts: SetAsidePart[]): PowermapDocument['history'] {
  if (raw === undefined) return [];
  const label = (item: unknown) => (isRecord(item) && typeof item['label'] === 'string' ? item['label'] : null);
  const id = (item: unknown) => (isRecord(item) && usableId(item['id']) ? item['id'] : null);
  if (!Array.isArray(raw)) {
    parts.push(unreadableList('snapshot', raw));
    return [];
  }
  const out: PowermapDocument['history'] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    const parsed = SnapshotSchema.safeParse(item);
    const reason = !parsed.success
      ? isRecord(item)
        ? 'invalid_value'
        : 'unreadable'
      : checkMap(parsed.data, []).length > 0
        ? 'invalid_value'
        : seen.has(parsed.data.id)
          ? 'duplicate_id'
          : null;
    if (reason !== null || !parsed.success) {
      parts.push({
        entity: 'snapshot',
        id: id(item),
        name: label(item),
        field: null,
        value: item,
        reason: reason ?? 'invalid_value',
        repair: 'left_out',
      });
      continue;
    }
    seen.add(parsed.data.id);
    out.push(parsed.data);
  }
  return out;
}

/**
 * Reads a deal's stored document, repairing what it must (see the top of this file).
 * `dealId` is the id the deal is stored under: it wins over a damaged one inside.
 */
export function salvageDocument(input: unknown, dealId: string, options: SalvageOptions = {}): SalvageResult {
  const whole = parseDocument(input);
  if (whole.ok && whole.document.deal.id === dealId && idsMatchKeys(input, options.keys)) {
    return { ok: true, document: whole.document, setAside: [], migratedFrom: whole.migratedFrom };
  }
  const parts: SetAsidePart[] = [];
  let forbidden = 0;
  const clean = cleaned(isRecord(input) ? input : {}, () => forbidden++) as Json;
  if (!isRecord(input)) {
    parts.push({
      entity: 'document',
      id: dealId,
      name: null,
      field: null,
      value: input,
      reason: 'unreadable',
      repair: 'left_out',
    });
  }
  if (forbidden > 0) {
    parts.push({
      entity: 'document',
      id: dealId,
      name: null,
      field: FORBIDDEN_KEY,
      value: forbidden,
      reason: 'invalid_value',
      repair: 'left_out',
    });
  }
  const migrated = migrate({ ...clean, format: FORMAT_NAME, version: clean['version'] ?? CURRENT_VERSION });
  if (!migrated.ok && migrated.problems.some((p) => p.code === 'future_version')) {
    return { ok: false, problems: migrated.problems };
  }
  const raw = migrated.ok ? migrated.document : { ...clean, version: CURRENT_VERSION };
  const migratedFrom = migrated.ok ? migrated.from : CURRENT_VERSION;
  return { ok: true, ...salvageContent(raw, dealId, parts, options), migratedFrom };
}

function salvageContent(
  raw: Json,
  dealId: string,
  parts: SetAsidePart[],
  options: SalvageOptions,
): { document: PowermapDocument; setAside: SetAsidePart[] } {
  const head: Json = {};
  for (const [key, value] of Object.entries(raw)) if (!MAP_KEYS.has(key)) head[key] = value;
  head['format'] = FORMAT_NAME;
  head['version'] = CURRENT_VERSION;

  const dealSpec: RecordSpec<z.output<typeof DealSchema>> = {
    entity: 'deal',
    schema: DealSchema,
    vital: new Set(),
    standInName: () => (nonBlank(options.dealName) ? options.dealName : dealId),
    nameOf: nameField,
  };
  const deal =
    salvageRecord(raw['deal'], dealSpec, parts, dealId) ??
    DealSchema.parse({ id: dealId, name: dealSpec.standInName!({}) });
  const team = salvageList(raw['team'], MEMBER, parts, options.keys?.team);
  const teamIds = new Set(team.map((m) => m.id));
  const stakeholders = salvageList(raw['stakeholders'], PERSON, parts, options.keys?.stakeholders).map((person) => {
    if (person.ownerId === null || teamIds.has(person.ownerId)) return person;
    parts.push({
      entity: 'person',
      id: person.id,
      name: person.name,
      field: 'ownerId',
      value: person.ownerId,
      reason: 'unknown_owner',
      repair: 'default',
      shownAs: null,
    });
    return { ...person, ownerId: null };
  });
  const names = new Map(stakeholders.map((p) => [p.id, p.name]));
  const spec = lineSpec(new Map([...(options.formerNames ?? []), ...names]));
  const relationships = salvageList(raw['relationships'], spec, parts, options.keys?.relationships).filter((line) => {
    const reason =
      !names.has(line.from) || !names.has(line.to) ? 'unknown_person' : line.from === line.to ? 'self_line' : null;
    if (reason === null) return true;
    parts.push({
      entity: 'line',
      id: line.id,
      name: spec.nameOf(line),
      field: null,
      value: line,
      reason,
      repair: 'left_out',
    });
    return false;
  });
  const history = salvageSnapshots(raw['history'], parts);

  const candidate = { ...head, deal, team, stakeholders, relationships, history };
  const checked = parseDocument(candidate);
  if (checked.ok) return { document: checked.document, setAside: parts };
  // A repair fell short (a bug): the deal alone opens, the rest is kept aside whole.
  const bare = parseDocument({ format: FORMAT_NAME, version: CURRENT_VERSION, deal });
  const fallback = bare.ok
    ? bare.document
    : (
        parseDocument({ format: FORMAT_NAME, version: CURRENT_VERSION, deal: { id: dealId, name: dealId } }) as {
          ok: true;
          document: PowermapDocument;
        }
      ).document;
  return {
    document: fallback,
    setAside: [
      {
        entity: 'document',
        id: dealId,
        name: deal.name,
        field: null,
        value: raw,
        reason: 'invalid_value',
        repair: 'left_out',
      },
    ],
  };
}
