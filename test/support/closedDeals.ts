/**
 * Generated histories of closed deals whose outcomes are drawn from a known probability
 * model (issue 12), for the calibration tests and benchmark: each deal a small buying centre
 * seen in snapshots 90, 45 and 10 days before closing, moving through the purchase stages;
 * the outcome drawn as won with probability `truth(the standard likelihood, in percent, of
 * the last snapshot)`.
 */
import { analyze } from '../../shared/analysis';
import {
  ATTITUDES,
  BUYING_ROLES,
  CLOSENESS,
  DocumentSchema,
  LEVELS,
  PURCHASE_STAGES,
  RELATIONSHIP_STAGES,
  type OutcomeResult,
  type PowermapDocument,
} from '../../shared/document';
import { seededRandom } from './random';

export interface ClosedDealsOptions {
  readonly count: number;
  readonly seed?: number;
  /** The true probability of a win given the standard likelihood (0..100) of the last snapshot. */
  readonly truth?: (likelihood: number) => number;
  /** Share of deals closed without a decision or withdrawn (default 0). */
  readonly undecidedShare?: number;
}

const DAYS_BEFORE = [90, 45, 10] as const;
const CLOSED_ON = '2026-06-30';

function dateBefore(days: number): string {
  const time = Date.UTC(2026, 5, 30) - days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

export function generateClosedDeals(options: ClosedDealsOptions): PowermapDocument[] {
  const random = seededRandom(options.seed ?? 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const truth = options.truth ?? ((l: number) => l / 100);
  const out: PowermapDocument[] = [];
  for (let d = 0; d < options.count; d++) {
    const size = 1 + Math.floor(random() * 6);
    const people = Array.from({ length: size }, (_, i) => ({
      id: `s-${i}`,
      name: `Person ${i}`,
      level: i === 0 ? 'decision' : pick(LEVELS),
      roles: i === 0 ? ['decision-maker'] : random() < 0.6 ? [pick(BUYING_ROLES.slice(1))] : [],
      attitude: pick(ATTITUDES),
      closeness: pick(CLOSENESS),
      stage: pick(RELATIONSHIP_STAGES),
    }));
    const start = Math.floor(random() * 3);
    const history = DAYS_BEFORE.map((days, k) => {
      // The map improves or worsens a little between snapshots: one person re-judged each time.
      if (k > 0) {
        const person = people[Math.floor(random() * people.length)]!;
        person.attitude = pick(ATTITUDES);
        person.closeness = pick(CLOSENESS);
      }
      return {
        id: `h-${k}`,
        takenAt: `${dateBefore(days)}T09:00:00+08:00`,
        label: `${days} days before`,
        deal: {
          id: `deal-${d}`,
          name: `Deal ${d}`,
          purchaseStage: PURCHASE_STAGES[Math.min(PURCHASE_STAGES.length - 1, start + k)]!,
          competitors: random() < 0.5 ? ['Acme'] : [],
        },
        stakeholders: people.map((p) => ({ ...p, roles: [...p.roles] })),
      };
    });
    const final = history.at(-1)!;
    const last = DocumentSchema.parse({
      format: 'powermap',
      version: 1,
      deal: final.deal,
      stakeholders: final.stakeholders,
    });
    const likelihood = analyze(last, { asOf: dateBefore(DAYS_BEFORE.at(-1)!) }).winLikelihood;
    const undecided = random() < (options.undecidedShare ?? 0);
    const result: OutcomeResult = undecided
      ? random() < 0.5
        ? 'no-decision'
        : 'withdrawn'
      : random() < truth(likelihood)
        ? 'won'
        : 'lost';
    out.push(
      DocumentSchema.parse({
        format: 'powermap',
        version: 1,
        deal: { ...final.deal, outcome: { result, closedOn: CLOSED_ON } },
        stakeholders: final.stakeholders,
        history,
      }),
    );
  }
  return out;
}
