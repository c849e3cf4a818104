/**
 * Every deal in the local library as a whole document: the review reads the closed ones,
 * and adopting a team model writes all of them (open and closed: the setting travels with
 * the team's deals). Reloaded whenever the library changes, here or in another window.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PowermapDocument } from '../../shared/document';
import type { DealRepository } from '../persistence/repository';
import { useServices } from '../services/services';

export async function loadAllDeals(repository: DealRepository): Promise<PowermapDocument[]> {
  const summaries = await repository.listDeals();
  const loaded = await Promise.all(summaries.map((s) => repository.loadDeal(s.id)));
  // A damaged deal is left out: the review never reads part of a document, and adopting never rewrites one.
  return loaded.flatMap((result) => (result.status === 'ok' ? [result.document] : []));
}

export function useTeamDeals(): { readonly deals: readonly PowermapDocument[] | null; readonly reload: () => void } {
  const { repository, sync } = useServices();
  const [deals, setDeals] = useState<readonly PowermapDocument[] | null>(null);
  const reload = useCallback(() => {
    void loadAllDeals(repository).then(setDeals);
  }, [repository]);
  useEffect(() => {
    reload();
    return sync.onLibraryChange(reload);
  }, [reload, sync]);
  return { deals, reload };
}
