/**
 * The team's deals as of another date (issue 12): for `GET /api/pipeline?since=…`, each deal
 * the user may read is read from its stored document and given the rows the app's local
 * source makes of a deal it holds (renderer/pipeline/source.ts `rowsOf` and `movements`):
 * its row now with the trend measured from `since`, its row as it stood on `since`
 * (`dealAsOf`), and what moved it since (`whatMoved`, only for a deal stored since then, as
 * one not stored since has not moved by an edit). The same shared functions, so a team deal
 * reads the same on the server as from a copy on a laptop.
 *
 * Bounded cost: a deal's part is kept in memory by the state it was made from (the stored
 * document's stamp) and the dates, language, labels and last change asked, so a pipeline
 * asked again reads no document that has not changed; the cache holds a bounded number of
 * parts, the least recently used going first.
 */
import * as Y from 'yjs';
import { holdsDeal, readDealFromYDoc } from '../../shared/collab';
import type { PowermapDocument } from '../../shared/document';
import type { Lang } from '../../shared/i18n';
import { byMovement, dealAsOf, whatMoved, type DealMovement, type PipelineRow } from '../../shared/pipeline';
import type { Sql } from '../db/database';
import { loadDocumentState } from '../store/documents';
import { readableDocuments, type ReadableDocument } from '../store/summaries';
import { summarizeStoredDeal } from './summaryHook';

export interface SinceQuery {
  /** The date the trend and the movement are measured from, YYYY-MM-DD. */
  readonly since: string;
  /** The analysis date (the app's today), YYYY-MM-DD. */
  readonly asOf: string;
  /** The language of the movement's rows that are not a person (the attribution words them). */
  readonly lang: Lang;
}

export interface SinceAnswer {
  /** Each deal now, its trend measured from `since`. */
  readonly rows: PipelineRow[];
  /** Each deal as it stood on `since`; a deal with no snapshot that old has none. */
  readonly then: PipelineRow[];
  /** What moved since `since`, largest move first. */
  readonly moved: DealMovement[];
}

/** One deal's part of the answer. */
export interface DealSince {
  readonly now: PipelineRow;
  readonly then: PipelineRow | null;
  readonly movement: DealMovement | null;
}

/** One deal's part, from its document, by the shared functions the app's local source uses. */
export function dealSince(
  deal: Pick<ReadableDocument, 'dealId' | 'labels' | 'lastChange' | 'storedAt'>,
  document: PowermapDocument,
  query: SinceQuery,
): DealSince {
  const { dealId, labels } = deal;
  const lastChange = deal.lastChange ?? { at: deal.storedAt.toISOString(), by: null };
  const now = summarizeStoredDeal(dealId, document, { asOf: query.asOf, since: query.since, labels, lastChange });
  const past = dealAsOf(document, query.since);
  const then =
    past === null ? null : summarizeStoredDeal(dealId, past, { asOf: query.since, labels, lastChange: undefined });
  const storedSince = deal.storedAt.toISOString().slice(0, 10) >= query.since;
  const movement = storedSince
    ? (whatMoved([document], query.since, { asOf: query.asOf, lang: query.lang })[0] ?? null)
    : null;
  // The server's id names the deal, whatever id the document carries (as its summary row).
  return { now, then, movement: movement === null ? null : { ...movement, dealId } };
}

/** The deals' parts by what they were made from; a deal whose document holds no readable deal is kept as null. */
export class SinceCache {
  private readonly parts = new Map<string, DealSince | null>();
  /** Documents read and analysed (the misses), for the tests and the benchmark. */
  computed = 0;

  constructor(readonly limit = 2000) {}

  get size(): number {
    return this.parts.size;
  }

  async part(key: string, make: () => Promise<DealSince | null>): Promise<DealSince | null> {
    if (this.parts.has(key)) {
      const hit = this.parts.get(key)!;
      // Used again: moved to the end, so the least recently used is first to go.
      this.parts.delete(key);
      this.parts.set(key, hit);
      return hit;
    }
    this.computed += 1;
    const made = await make();
    this.parts.set(key, made);
    if (this.parts.size > this.limit) this.parts.delete(this.parts.keys().next().value!);
    return made;
  }
}

function keyOf(deal: ReadableDocument, query: SinceQuery): string {
  const change = deal.lastChange === null ? '' : `${deal.lastChange.at}|${deal.lastChange.by ?? ''}`;
  return [
    deal.dealId,
    deal.stamp,
    query.asOf,
    query.since,
    query.lang,
    deal.labels.owner,
    deal.labels.team,
    change,
  ].join('\u001f');
}

async function storedDeal(sql: Sql, dealId: string): Promise<PowermapDocument | null> {
  const state = await loadDocumentState(sql, dealId);
  if (!state) return null;
  const ydoc = new Y.Doc();
  try {
    Y.applyUpdate(ydoc, state);
    if (!holdsDeal(ydoc)) return null;
    const read = readDealFromYDoc(ydoc);
    return read.ok ? read.document : null;
  } finally {
    ydoc.destroy();
  }
}

/** The rows now and then and the movements of every deal `userId` may read (the pipeline's rule), one deal at a time. */
export async function pipelineSince(
  sql: Sql,
  userId: string,
  query: SinceQuery,
  cache: SinceCache,
): Promise<SinceAnswer> {
  const rows: PipelineRow[] = [];
  const then: PipelineRow[] = [];
  const moved: DealMovement[] = [];
  for (const deal of await readableDocuments(sql, userId)) {
    const part = await cache.part(keyOf(deal, query), async () => {
      const document = await storedDeal(sql, deal.dealId);
      return document === null ? null : dealSince(deal, document, query);
    });
    if (part === null) continue;
    rows.push(part.now);
    if (part.then) then.push(part.then);
    if (part.movement) moved.push(part.movement);
  }
  return { rows, then, moved: moved.sort(byMovement) };
}
