/**
 * The sales step and the position of one deal, ready for any view (CLI, sheet, deck, app):
 * the step in effect, the signs to check with their words, and the eight criteria.
 */
import type { MapContent, NeedsRecord } from '../document/schema';
import type { SalesStep } from '../document/vocabulary';
import type { Lang } from '../i18n/catalogue';
import { buildContext } from './context';
import { positionOf, type Position } from './position';
import { salesProcess, stepIndex, type SalesProcess, type SalesSign } from './salesProcess';
import { wordSign } from './salesWording';

export interface WordedSign {
  readonly sign: SalesSign;
  readonly met: boolean;
  readonly stakeholderIds: readonly string[];
  /** The sign in the user's language, naming who falls short. */
  readonly text: string;
}

export interface SalesSummary {
  readonly process: SalesProcess;
  /** The step the view is about: the recorded one, or the supported one while none is recorded. */
  readonly current: SalesStep;
  readonly start: readonly WordedSign[];
  /** The end signs of the current step: what is needed to move on. */
  readonly end: readonly WordedSign[];
  readonly needsRecord: NeedsRecord | null;
  readonly position: Position;
}

export function salesSummary(map: MapContent, lang: Lang): SalesSummary {
  const context = buildContext(map, null);
  const process = salesProcess(map, context);
  const current = process.recorded ?? process.supported;
  const signs = process.steps[stepIndex(current)]!;
  const word = (list: typeof signs.start): WordedSign[] =>
    list.map((c) => ({ sign: c.sign, met: c.met, stakeholderIds: c.stakeholderIds, text: wordSign(context, c, lang) }));
  return {
    process,
    current,
    start: word(signs.start),
    end: word(signs.end),
    needsRecord: map.deal.needsRecord,
    position: positionOf(map),
  };
}

/** The `--json` form: codes and numbers, with each sign's words in the chosen language. */
export function salesSummaryJson(summary: SalesSummary): { salesStep: object; position: object } {
  const { process, position } = summary;
  return {
    salesStep: {
      recorded: process.recorded,
      supported: process.supported,
      beside: process.beside,
      needsRecord: summary.needsRecord,
      start: summary.start,
      end: summary.end,
    },
    position: {
      bestSupplier: position.bestSupplier,
      weighing: position.weighing,
      suggested: position.suggested,
      criteria: position.criteria,
    },
  };
}
