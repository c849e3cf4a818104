/**
 * zod schemas of the `.powermap` document, format version 1 (PRODUCT.md section 2).
 *
 * Objects are "loose": fields this version does not know are kept, so a document written
 * by a newer minor build or another tool survives a round trip. Every field that is not
 * required has the default a new, unjudged person or deal would have.
 */
// A namespace import lets bundlers drop what is not used (zod's locales alone are 260 kB).
import * as z from 'zod';
import {
  ATTITUDES,
  BUYING_ROLES,
  CLOSE_REASONS,
  CLOSENESS,
  FUNCTIONS,
  LEVELS,
  OUTCOME_RESULTS,
  PURCHASE_STAGES,
  QUALIFICATION_ANSWERS,
  RELATIONSHIP_KINDS,
  RELATIONSHIP_STAGES,
  POSITION_SCORE_MAX,
  POSITION_SCORE_STEP,
  SALES_STEPS,
  STYLES,
  SUPPLIER_CRITERIA,
} from './vocabulary';

export const FORMAT_NAME = 'powermap';
export const CURRENT_VERSION = 1;

/** Text that must hold more than white space; kept as written (no trimming on load). */
const nonEmptyText = z.string().refine((value) => value.trim().length > 0, { error: 'blank' });
const id = z.string().min(1);
const text = z.string().default('');
/** A calendar date, YYYY-MM-DD, that exists. */
const isoDate = z.iso.date();
const nullableDate = isoDate.nullable().default(null);

const answer = z.enum(QUALIFICATION_ANSWERS).default('unsure');

export const QualificationSchema = z.looseObject({
  opportunity: answer,
  solution: answer,
  canWin: answer,
  worthWinning: answer,
});

/** A short, dated record of the client's needs in writing (the end sign of 挖掘需求). */
export const NeedsRecordSchema = z.looseObject({
  date: isoDate,
  text: nonEmptyText.pipe(z.string().max(2000)),
});

/** A score of our position: 0..10 in halves, or null while not judged. */
const positionScore = z
  .number()
  .min(0)
  .max(POSITION_SCORE_MAX)
  .multipleOf(POSITION_SCORE_STEP)
  .nullable()
  .default(null);

export const PositionScoreSchema = z.looseObject({
  /** Ours. For decisionRelationship, null means "take the map's suggestion". */
  ours: positionScore,
  /** The best supplier's. */
  best: positionScore,
});

/** Our position against the best supplier (客户选择供应商的要素). */
export const StandingSchema = z.looseObject({
  /** The best supplier, named from the deal's competitors; null when not named. */
  bestSupplier: z.string().nullable().default(null),
  scores: z.partialRecord(z.enum(SUPPLIER_CRITERIA), PositionScoreSchema.prefault({})).default({}),
});

/**
 * How a closed deal ended (issue 12); `deal.outcome` is null while the deal is open.
 * `competitor` is who won instead of us, named by the user (free text, as the competitors list).
 */
export const OutcomeSchema = z.looseObject({
  result: z.enum(OUTCOME_RESULTS),
  closedOn: isoDate,
  reason: z.enum(CLOSE_REASONS).nullable().default(null),
  note: z.string().max(2000).default(''),
  competitor: z.string().nullable().default(null),
});

/**
 * The team's own likelihood model (issue 12): the base and gap costs a team lead adopted
 * from the team's closed deals, recorded with who adopted it, when and from what. Null is
 * the standard model (docs/WIN_LIKELIHOOD.md); setting it back to null undoes the adoption.
 * A gap cost is keyed `CODE.severity` (`UNCOVERED.critical`); a key this build does not
 * know is kept and ignored, and a gap without a key costs the standard points.
 */
export const LikelihoodModelSchema = z.looseObject({
  // At most 60: with the people's 40 points the figure never passes 100, so as in the
  // standard model only the floor can clamp (docs/WIN_LIKELIHOOD.md).
  base: z.number().min(0).max(60),
  gapCosts: z
    .record(z.string().regex(/^[A-Z][A-Z_]*\.(critical|warning|info)$/), z.number().min(1).max(50))
    .default({}),
  adoptedBy: nonEmptyText,
  adoptedAt: z.iso.datetime({ offset: true }),
  /** What the figures were fitted from: the decided deals counted and where their likelihood was read. */
  fittedFrom: z.looseObject({
    won: z.number().int().min(0),
    lost: z.number().int().min(0),
    point: z.string().default('last'),
  }),
});

export const DealSchema = z.looseObject({
  id,
  name: nonEmptyText,
  account: text,
  value: z.number().min(0).nullable().default(null),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'iso4217' })
    .optional(),
  decisionDate: nullableDate,
  purchaseStage: z.enum(PURCHASE_STAGES).default('needs'),
  qualification: QualificationSchema.prefault({}),
  competitors: z.array(z.string()).default([]),
  /** Our current step of the six swords, chosen by the user; null while not chosen. */
  salesStep: z.enum(SALES_STEPS).nullable().default(null),
  needsRecord: NeedsRecordSchema.nullable().default(null),
  standing: StandingSchema.prefault({}),
  /** How the deal ended; null while it is open. Reopening sets it back to null. */
  outcome: OutcomeSchema.nullable().default(null),
  /** The team's adopted likelihood model; null is the standard one. */
  likelihoodModel: LikelihoodModelSchema.nullable().default(null),
});

export const TeamMemberSchema = z.looseObject({
  id,
  name: text,
  role: text,
});

export const InterestsSchema = z.looseObject({
  organizational: text,
  position: text,
  personal: text,
});

export const PositionSchema = z.looseObject({
  x: z.number().default(0),
  y: z.number().default(0),
});

export const StakeholderSchema = z.looseObject({
  id,
  name: nonEmptyText,
  title: text,
  department: text,
  function: z.enum(FUNCTIONS).default('other'),
  level: z.enum(LEVELS).default('operational'),
  roles: z
    .array(z.enum(BUYING_ROLES))
    .default([])
    .check((ctx) => {
      const seen = new Set<string>();
      ctx.value.forEach((role, index) => {
        if (seen.has(role)) {
          ctx.issues.push({ code: 'custom', message: 'duplicate_role', path: [index], input: role, params: { role } });
        }
        seen.add(role);
      });
    }),
  attitude: z.enum(ATTITUDES).default('unknown'),
  closeness: z.enum(CLOSENESS).default('none'),
  stage: z.enum(RELATIONSHIP_STAGES).default('none'),
  influence: z.number().min(0).max(100).nullable().default(null),
  style: z.enum(STYLES).default('unknown'),
  ownerId: z.string().nullable().default(null),
  lastContact: nullableDate,
  interests: InterestsSchema.prefault({}),
  notes: text,
  position: PositionSchema.prefault({}),
});

export const RelationshipSchema = z.looseObject({
  id,
  kind: z.enum(RELATIONSHIP_KINDS),
  from: id,
  to: id,
  strength: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
});

/** The content of a map: what a snapshot holds and what the current document holds. */
const mapContent = {
  deal: DealSchema,
  team: z.array(TeamMemberSchema).default([]),
  stakeholders: z.array(StakeholderSchema).default([]),
  relationships: z.array(RelationshipSchema).default([]),
};

export const SnapshotSchema = z.looseObject({
  id,
  takenAt: z.iso.datetime({ offset: true }),
  label: text,
  ...mapContent,
});

export const DocumentSchema = z.looseObject({
  format: z.literal(FORMAT_NAME),
  version: z.literal(CURRENT_VERSION),
  ...mapContent,
  history: z.array(SnapshotSchema).default([]),
});

export type Qualification = z.output<typeof QualificationSchema>;
export type Deal = z.output<typeof DealSchema>;
export type Outcome = z.output<typeof OutcomeSchema>;
export type LikelihoodModelSetting = z.output<typeof LikelihoodModelSchema>;
export type NeedsRecord = z.output<typeof NeedsRecordSchema>;
export type PositionScore = z.output<typeof PositionScoreSchema>;
export type Standing = z.output<typeof StandingSchema>;
export type TeamMember = z.output<typeof TeamMemberSchema>;
export type Interests = z.output<typeof InterestsSchema>;
export type Stakeholder = z.output<typeof StakeholderSchema>;
export type Relationship = z.output<typeof RelationshipSchema>;
export type Snapshot = z.output<typeof SnapshotSchema>;
export type PowermapDocument = z.output<typeof DocumentSchema>;
/** What a document may look like on disk: defaults not yet filled in. */
export type PowermapDocumentInput = z.input<typeof DocumentSchema>;

/** The map content shared by a document and each of its snapshots. */
export type MapContent = Pick<PowermapDocument, 'deal' | 'team' | 'stakeholders' | 'relationships'>;
