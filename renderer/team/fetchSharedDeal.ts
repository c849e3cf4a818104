/**
 * Brings a shared deal onto this device: its local Y.Doc is connected until it holds what the
 * server holds (stored locally as it arrives), then the deal is read from it and its line
 * written in the library. Bounded: a server that does not deliver within the time is an error (so is
 * a cancel through `signal`), and nothing half-made is left in the library.
 */
import { holdsDeal, readDealFromYDoc } from '../../shared/collab';
import { connectDeal } from './dealConnection';
import type { DealDoc } from './TeamContext';
import type { TeamSession } from './session';
import { listSharedDeals, type SharedDeal } from './teamApi';
import { TeamError } from './teamErrors';

export const FETCH_TIMEOUT_MS = 30_000;

export async function fetchSharedDeal(options: {
  session: TeamSession;
  deal: SharedDeal;
  openDoc: (dealId: string) => Promise<DealDoc>;
  timeoutMs?: number;
  /** Stops waiting for the deal (an export cancelled): the connection ends, nothing half-made is listed. */
  signal?: AbortSignal;
}): Promise<void> {
  const { session, deal } = options;
  const server = session.current()?.server;
  if (!server) throw new TeamError('signed-out', 'not signed in');
  const doc = await options.openDoc(deal.id);
  let refuse: (error: TeamError) => void = () => {};
  const refusal = new Promise<never>((_, reject) => (refuse = reject));
  refusal.catch(() => undefined); // a refusal after the deal arrived matters to nobody
  const connection = connectDeal({
    server,
    dealId: deal.id,
    ydoc: doc.ydoc,
    token: () => session.accessToken(),
    stillMember: async () => (await listSharedDeals(session)).some((shared) => shared.id === deal.id),
    foreignOrigins: doc.foreignOrigins,
    onState: (state) => {
      if (state.kind === 'refused') refuse(new TeamError('deal-not-found', `no shared deal "${deal.id}" you may see`));
    },
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new TeamError('unreachable', `the deal did not arrive in ${options.timeoutMs ?? FETCH_TIMEOUT_MS} ms`),
          ),
        options.timeoutMs ?? FETCH_TIMEOUT_MS,
      );
    });
    const cancelled = new Promise<never>((_, reject) => {
      const cancel = () => reject(new TeamError('cancelled', `fetching "${deal.name}" was cancelled`));
      if (options.signal?.aborted) cancel();
      options.signal?.addEventListener('abort', cancel, { once: true });
    });
    cancelled.catch(() => undefined); // a cancel after the deal arrived matters to nobody
    await Promise.race([connection.synced(), timeout, refusal, cancelled]);
    if (!holdsDeal(doc.ydoc)) throw new TeamError('deal-not-found', `the server holds nothing yet for "${deal.name}"`);
    const read = readDealFromYDoc(doc.ydoc);
    if (!read.ok) throw new TeamError('server', read.problems.map((problem) => problem.code).join(', '));
    // The Y.Doc already holds the deal (stored as it arrived); the library gets its line.
    doc.setLibraryRow(read.document);
    await doc.whenPersisted();
  } finally {
    clearTimeout(timer);
    connection.destroy();
    await doc.close();
  }
}
