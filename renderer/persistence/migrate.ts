/**
 * Moving the deals of schema version 1 (rows per person) into Y.Docs (issue 11), on the
 * first start of the new version and, for a deal not reached yet, when it is opened.
 *
 * One deal at a time, in one transaction: its rows are read, made into a document (strictly,
 * or by the salvage reader when they are damaged), written as its Y.Doc's first log row
 * (`documentToYDoc` with the local user as actor; history included, as snapshots), and only
 * then deleted. A failure rolls the transaction back and leaves the rows whole, to be tried
 * again at the next start or open; a deal nothing can be made of (a newer format) keeps its
 * rows. The parts the salvage reader set aside go, with their raw values, to the `setAside`
 * table, so nothing a damaged row held is lost: the deal opens with them named, exportable,
 * until the user repairs.
 */
import * as Y from 'yjs';
import { documentToYDoc } from '../../shared/collab/write';
import type { Actor } from '../../shared/collab/shape';
import type { Problem } from '../../shared/document';
import type { PowermapDatabase } from './db';
import { deleteLegacyRows, LEGACY_TABLES, legacyDealIds, readLegacyDeal, readLegacyRows } from './legacyRows';

export type MigrationOutcome =
  /** The deal had no version-1 rows. */
  | { readonly status: 'none' }
  | { readonly status: 'migrated'; readonly setAside: number }
  /** Its rows stay: nothing could be read (`problems` say why), or the deal already has a Y.Doc (see below). */
  | { readonly status: 'kept'; readonly reason: 'unreadable'; readonly problems: readonly Problem[] }
  | { readonly status: 'kept'; readonly reason: 'has-doc' }
  | { readonly status: 'failed'; readonly error: unknown };

export interface MigrationOptions {
  readonly actor: Actor;
  readonly now?: () => Date;
}

/** Moves one deal's version-1 rows into its Y.Doc. Never throws: a failure is an outcome, its rows untouched. */
export async function migrateLegacyDeal(
  db: PowermapDatabase,
  dealId: string,
  options: MigrationOptions,
): Promise<MigrationOutcome> {
  try {
    return await db.transaction('rw', [db.deals, db.dealDocs, db.setAside, ...LEGACY_TABLES], async () => {
      const stored = await readLegacyRows(db, dealId);
      if (!stored) return { status: 'none' } as const;
      // A deal with a Y.Doc already was migrated; rows written afterwards would come from an
      // older build still open. They are left alone rather than guessed at.
      if ((await db.dealDocs.where('dealId').equals(dealId).count()) > 0) {
        return { status: 'kept', reason: 'has-doc' } as const;
      }
      const summary = await db.deals.get(dealId);
      const read = readLegacyDeal(dealId, stored, summary?.name ?? '');
      if (read.status === 'unreadable')
        return { status: 'kept', reason: 'unreadable', problems: read.problems } as const;
      const ydoc = documentToYDoc(read.document, options.actor, options.now ? { now: options.now } : {});
      await db.dealDocs.add({ dealId, update: Y.encodeStateAsUpdate(ydoc) });
      ydoc.destroy();
      const setAside = read.status === 'salvaged' ? read.setAside : [];
      if (setAside.length > 0) await db.setAside.put({ dealId, parts: setAside });
      await deleteLegacyRows(db, dealId);
      return { status: 'migrated', setAside: setAside.length } as const;
    });
  } catch (error) {
    return { status: 'failed', error };
  }
}

/** Moves every deal that still has version-1 rows; one deal's failure leaves the others to go on. */
export async function migrateLegacyDeals(
  db: PowermapDatabase,
  options: MigrationOptions,
): Promise<Map<string, MigrationOutcome>> {
  const outcomes = new Map<string, MigrationOutcome>();
  for (const dealId of await legacyDealIds(db)) outcomes.set(dealId, await migrateLegacyDeal(db, dealId, options));
  return outcomes;
}
