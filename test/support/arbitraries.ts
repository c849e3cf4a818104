/**
 * fast-check arbitraries that generate VALID `.powermap` documents: every enumerated field
 * drawn from shared/document/vocabulary.ts, ids unique in their list, relationship ends that
 * name two different stakeholders of the same map, owners taken from the team, optional
 * history snapshots that hold maps of their own, and (by default) unknown fields at every
 * level, which the format must keep.
 *
 * `documentInputArb` gives the raw JSON as it could be on disk: optional fields are left out
 * at random so defaults get exercised. `documentArb` gives the same through the real reader.
 */
import fc from 'fast-check';
import {
  ATTITUDES,
  BUYING_ROLES,
  CLOSE_REASONS,
  CLOSENESS,
  CURRENT_VERSION,
  FORMAT_NAME,
  FUNCTIONS,
  INFLUENCE_STRENGTHS,
  LEVELS,
  OUTCOME_RESULTS,
  PURCHASE_STAGES,
  QUALIFICATION_ANSWERS,
  RELATIONSHIP_KINDS,
  RELATIONSHIP_STAGES,
  SALES_STEPS,
  STYLES,
  SUPPLIER_CRITERIA,
  parseDocument,
  type PowermapDocument,
} from '../../shared/document';
import { describeProblems, type JsonObject } from './builders';
export { seededRandom } from './random';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface DocumentArbOptions {
  /** Add fields the format does not know, at every level (default true). */
  readonly unknownFields?: boolean;
  /** Generate history snapshots (default true). */
  readonly history?: boolean;
  /** Sometimes give the deal a team likelihood model (default true). */
  readonly teamModel?: boolean;
  /** The most stakeholders in one map (default 6). */
  readonly maxStakeholders?: number;
}

/** A finite double, never -0 (JSON writes -0 as 0, which would make equality tests lie). */
const finite = (constraints: { min?: number; max?: number } = {}): fc.Arbitrary<number> =>
  fc.double({ ...constraints, noNaN: true, noDefaultInfinity: true }).map((n) => n + 0);

/** Any text, Unicode included. */
export const textArb = fc.string({ unit: 'grapheme', maxLength: 12 });

/** Text with something besides white space (names). */
export const nonBlankTextArb = fc
  .tuple(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
    fc.string({ unit: 'grapheme-ascii', maxLength: 2 }),
  )
  .map(([a, b]) => `${a}${b}`)
  .filter((s) => s.trim().length > 0);

/** Non-empty ids, short so that collisions are likely and uniqueness gets tested. */
export const idArb = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 });

/** A calendar date as YYYY-MM-DD that exists. */
export const isoDateArb = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A date and time with a zone: `Z` with or without milliseconds, or an hour offset. */
export const isoDateTimeArb = fc
  .tuple(
    fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
    fc.constantFrom('ms', 'plain', '+08:00', '-05:30'),
  )
  .map(([d, style]) => {
    const iso = d.toISOString();
    if (style === 'ms') return iso;
    if (style === 'plain') return iso.replace(/\.\d{3}Z$/, 'Z');
    return iso.replace(/\.\d{3}Z$/, style);
  });

/** Object keys that can never be `__proto__` (the reader refuses it). */
const safeKeyArb = fc.string({ maxLength: 6 }).filter((k) => k !== '__proto__');

/** A key no version of the format knows: every known key is a plain word, none starts with `x-`. */
export const unknownKeyArb = safeKeyArb.map((k) => `x-${k}`);

/** Any JSON value, small, without `__proto__` keys. */
export const jsonValueArb: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 3, depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    finite(),
    textArb,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(safeKeyArb, tie('value'), { maxKeys: 3, noNullPrototype: true }),
  ),
})).value;

function withUnknown<T extends JsonObject>(arb: fc.Arbitrary<T>, options: DocumentArbOptions): fc.Arbitrary<T> {
  if (options.unknownFields === false) return arb;
  return fc
    .tuple(arb, fc.dictionary(unknownKeyArb, jsonValueArb, { maxKeys: 2, noNullPrototype: true }))
    .map(([value, extra]) => ({ ...extra, ...value }));
}

/** Like fc.record, but every key other than `required` may be left out. */
function partialRecord<T extends JsonObject>(
  model: { [K in keyof T]: fc.Arbitrary<T[K]> },
  required: (keyof T)[],
): fc.Arbitrary<JsonObject> {
  return fc.record(model, { requiredKeys: required });
}

export function dealArb(options: DocumentArbOptions = {}): fc.Arbitrary<JsonObject> {
  const answer = fc.constantFrom(...QUALIFICATION_ANSWERS);
  const qualification = withUnknown(
    partialRecord({ opportunity: answer, solution: answer, canWin: answer, worthWinning: answer }, []),
    options,
  );
  return withUnknown(
    partialRecord(
      {
        id: idArb,
        name: nonBlankTextArb,
        account: textArb,
        value: fc.option(finite({ min: 0, max: 1e12 }), { nil: null }),
        currency: fc.stringMatching(/^[A-Z]{3}$/),
        decisionDate: fc.option(isoDateArb, { nil: null }),
        purchaseStage: fc.constantFrom(...PURCHASE_STAGES),
        qualification,
        competitors: fc.array(textArb, { maxLength: 3 }),
        salesStep: fc.option(fc.constantFrom(...SALES_STEPS), { nil: null }),
        needsRecord: fc.option(
          withUnknown(fc.record({ date: isoDateArb, text: nonBlankTextArb }), options) as fc.Arbitrary<JsonObject>,
          { nil: null },
        ),
        standing: standingArb(options),
        outcome: fc.option(outcomeArb(options), { nil: null }),
        likelihoodModel:
          options.teamModel === false ? fc.constant(null) : fc.option(likelihoodModelArb(options), { nil: null }),
      },
      ['id', 'name'],
    ),
    options,
  );
}

/** How a deal ended: result and date always there, the rest may be left out. */
export function outcomeArb(options: DocumentArbOptions = {}): fc.Arbitrary<JsonObject> {
  return withUnknown(
    partialRecord(
      {
        result: fc.constantFrom(...OUTCOME_RESULTS),
        closedOn: isoDateArb,
        reason: fc.option(fc.constantFrom(...CLOSE_REASONS), { nil: null }),
        note: textArb,
        competitor: fc.option(textArb, { nil: null }),
      },
      ['result', 'closedOn'],
    ),
    options,
  );
}

/** A team's adopted likelihood model: a base, some gap costs, who adopted it and from what. */
export function likelihoodModelArb(options: DocumentArbOptions = {}): fc.Arbitrary<JsonObject> {
  const points = fc.integer({ min: 1, max: 50 });
  const key = fc.constantFrom('UNCOVERED.critical', 'ATTITUDE_UNKNOWN.warning', 'MISSING_ROLE.info', 'STALE.info');
  return withUnknown(
    fc.record({
      base: fc.integer({ min: 0, max: 60 }),
      gapCosts: fc.dictionary(key, points, { maxKeys: 3, noNullPrototype: true }),
      adoptedBy: nonBlankTextArb,
      adoptedAt: fc.constant('2026-06-30T09:00:00+08:00'),
      fittedFrom: fc.record({ won: fc.nat(500), lost: fc.nat(500), point: fc.constantFrom('last', 'days-before:30') }),
    }),
    options,
  );
}

/** A position score: 0..10 in halves, or null. */
export const positionScoreArb = fc.option(
  fc.integer({ min: 0, max: 20 }).map((n) => n / 2),
  { nil: null },
);

/** Our position against the best supplier: some criteria scored, optional fields left out. */
export function standingArb(options: DocumentArbOptions = {}): fc.Arbitrary<JsonObject> {
  const pair = withUnknown(partialRecord({ ours: positionScoreArb, best: positionScoreArb }, []), options);
  return withUnknown(
    partialRecord(
      {
        bestSupplier: fc.option(textArb, { nil: null }),
        scores: fc
          .subarray([...SUPPLIER_CRITERIA])
          .chain((keys) =>
            fc.tuple(...keys.map(() => pair)).map((pairs) => Object.fromEntries(keys.map((k, i) => [k, pairs[i]!]))),
          ),
      },
      [],
    ),
    options,
  );
}

export function teamMemberArb(id: string, options: DocumentArbOptions = {}): fc.Arbitrary<JsonObject> {
  return withUnknown(partialRecord({ id: fc.constant(id), name: textArb, role: textArb }, ['id']), options);
}

export function stakeholderArb(
  id: string,
  teamIds: readonly string[],
  options: DocumentArbOptions = {},
): fc.Arbitrary<JsonObject> {
  const owner = teamIds.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...teamIds), { nil: null });
  const interests = withUnknown(
    partialRecord({ organizational: textArb, position: textArb, personal: textArb }, []),
    options,
  );
  const position = withUnknown(
    partialRecord({ x: finite({ min: -1e6, max: 1e6 }), y: finite({ min: -1e6, max: 1e6 }) }, []),
    options,
  );
  return withUnknown(
    partialRecord(
      {
        id: fc.constant(id),
        name: nonBlankTextArb,
        title: textArb,
        department: textArb,
        function: fc.constantFrom(...FUNCTIONS),
        level: fc.constantFrom(...LEVELS),
        roles: fc.shuffledSubarray([...BUYING_ROLES]),
        attitude: fc.constantFrom(...ATTITUDES),
        closeness: fc.constantFrom(...CLOSENESS),
        stage: fc.constantFrom(...RELATIONSHIP_STAGES),
        influence: fc.option(fc.oneof(fc.integer({ min: 0, max: 100 }), finite({ min: 0, max: 100 })), { nil: null }),
        style: fc.constantFrom(...STYLES),
        ownerId: owner,
        lastContact: fc.option(isoDateArb, { nil: null }),
        interests,
        notes: textArb,
        position,
      },
      ['id', 'name'],
    ),
    options,
  );
}

export function relationshipArb(
  id: string,
  stakeholderIds: readonly string[],
  options: DocumentArbOptions = {},
): fc.Arbitrary<JsonObject> {
  if (stakeholderIds.length < 2) throw new Error('a relationship needs two different stakeholders');
  return fc
    .tuple(
      fc.shuffledSubarray([...stakeholderIds], { minLength: 2, maxLength: 2 }),
      withUnknown(
        partialRecord(
          {
            id: fc.constant(id),
            kind: fc.constantFrom(...RELATIONSHIP_KINDS),
            strength: fc.constantFrom(...INFLUENCE_STRENGTHS),
          },
          ['id', 'kind'],
        ),
        options,
      ),
    )
    .map(([[from, to], line]) => ({ ...line, from, to }));
}

/** `deal`, `team`, `stakeholders`, `relationships` of one consistent map. */
export function mapContentArb(options: DocumentArbOptions = {}): fc.Arbitrary<JsonObject> {
  const maxStakeholders = options.maxStakeholders ?? 6;
  return fc
    .record({
      deal: dealArb(options),
      teamIds: fc.uniqueArray(idArb, { maxLength: 3 }),
      stakeholderIds: fc.uniqueArray(idArb, { maxLength: maxStakeholders }),
      relationshipIds: fc.uniqueArray(idArb, { maxLength: maxStakeholders }),
      omit: fc.subarray(['team', 'stakeholders', 'relationships']),
    })
    .chain(({ deal, teamIds, stakeholderIds, relationshipIds, omit }) => {
      const lines = stakeholderIds.length < 2 ? [] : relationshipIds;
      return fc
        .record({
          team: fc.tuple(...teamIds.map((id) => teamMemberArb(id, options))),
          stakeholders: fc.tuple(...stakeholderIds.map((id) => stakeholderArb(id, teamIds, options))),
          relationships: fc.tuple(...lines.map((id) => relationshipArb(id, stakeholderIds, options))),
        })
        .map(({ team, stakeholders, relationships }) => {
          // An empty list may be left out: it is the default.
          const content: JsonObject = { deal, team, stakeholders, relationships };
          for (const key of omit) if ((content[key] as unknown[]).length === 0) delete content[key];
          return content;
        });
    });
}

export function snapshotArb(id: string, options: DocumentArbOptions = {}): fc.Arbitrary<JsonObject> {
  return fc
    .tuple(
      mapContentArb(options),
      withUnknown(
        partialRecord({ id: fc.constant(id), takenAt: isoDateTimeArb, label: textArb }, ['id', 'takenAt']),
        options,
      ),
    )
    .map(([content, head]) => ({ ...head, ...content }));
}

/** A valid raw document, as JSON on disk might hold it. */
export function documentInputArb(options: DocumentArbOptions = {}): fc.Arbitrary<JsonObject> {
  const history =
    options.history === false
      ? fc.constant(undefined)
      : fc.option(
          fc
            .uniqueArray(idArb, { maxLength: 2 })
            .chain((ids) => fc.tuple(...ids.map((id) => snapshotArb(id, options)))),
          { nil: undefined },
        );
  return fc
    .tuple(mapContentArb(options), history, withUnknown(fc.constant({}), options))
    .map(([content, snapshots, extra]) => {
      const document: JsonObject = { ...extra, format: FORMAT_NAME, version: CURRENT_VERSION, ...content };
      if (snapshots !== undefined) document['history'] = snapshots;
      return document;
    });
}

/** A valid document through the real reader (defaults filled). */
export function documentArb(options: DocumentArbOptions = {}): fc.Arbitrary<PowermapDocument> {
  return documentInputArb(options).map((input) => {
    const result = parseDocument(input);
    if (!result.ok) {
      throw new Error(`the generator made an invalid document:\n${describeProblems(result.problems)}`);
    }
    return result.document;
  });
}

/** A deep copy of a JSON value whose objects list their keys in a random order. */
export function shuffleKeys<T>(value: T, random: () => number): T {
  if (Array.isArray(value)) return value.map((item: unknown) => shuffleKeys(item, random)) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of entries) out[key] = shuffleKeys(item, random);
  return out as T;
}
