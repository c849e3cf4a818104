/**
 * Every deal in the local library as a whole document: the review reads the closed ones,
 * and adopting a team model writes all of them (open and closed: the setting travels with
 * the team's deals). Reloaded whenever the library changes, here or in another window.
 */
import { useEffect, useMemo, useState } from 'react';
import type { PowermapDocument } from '../../shared/document';
import type { DealRepository } from '../persistence/repository';
import { useServices } from '../services/services';
import { DealsReload } from './dealsReload';

export async function loadAllDeals(repository: DealRepository): Promise<PowermapDocument[]> {
  const summaries = await repository.listDeals();
  const loaded = await Promise.all(summaries.map((s) => repository.loadDeal(s.id)));
  // A damaged deal is left out: the review never reads part of a document, and adopting never rewrites one.
  return loaded.flatMap((result) => (result.status === 'ok' ? [result.document] : []));
}

export interface TeamDeals {
  readonly deals: readonly PowermapDocument[] | null;
  /** Holds every read until the returned release is called, which reads once: for a write to many deals. */
  readonly hold: () => () => void;
}

export function useTeamDeals(): TeamDeals {
  const { repository, sync } = useServices();
  const [deals, setDeals] = useState<readonly PowermapDocument[] | null>(null);
  const reads = useMemo(
    () =>
      new DealsReload(
        () => loadAllDeals(repository),
        setDeals,
        // The deals shown stay as they were; the next change reads again.
        (error: unknown) => console.error('The review could not read the deals', error),
      ),
    [repository],
  );
  useEffect(() => {
    reads.start();
    const unsubscribe = sync.onLibraryChange(() => reads.request());
    return () => {
      unsubscribe();
      reads.stop();
    };
  }, [reads, sync]);
  return useMemo(() => ({ deals, hold: () => reads.hold() }), [deals, reads]);
}
