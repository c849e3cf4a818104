/**
 * The team's likelihood model given to a deal at its first document (issues 11/12). The server
 * cannot write into a deal before anything of it is stored: a deal published into a team (or
 * moved into one) while it held no deal yet is given the team's model when its first document
 * arrives, whoever sent it (the app's Share dialog, a script, the command line). The write is
 * teamModel.ts's, by the lead whose adoption it is, so the deal's trail reads as for the other
 * deals of the team, and it is audited (`team-model-applied`). A deal that holds the setting
 * already (the Share dialog writes it before the deal first syncs) is left unchanged: no
 * second trail entry.
 *
 * "First" is what this process loaded: a deal whose stored state held no deal when loaded,
 * stored now holding one. The write runs off the store's path, once per loaded document.
 */
import type { Hocuspocus } from '@hocuspocus/server';
import type { Doc } from 'yjs';
import { holdsDeal } from '../../shared/collab';
import type { Database } from '../db/database';
import { audit } from '../store/audit';
import { dealTeamModel } from '../store/teams';
import type { ConnectionContext } from './access';
import type { DocumentHooks } from './hooks';
import { checkedModel, writeDealModel, type Outcome } from './teamModel';

export interface FirstDocumentModel extends DocumentHooks {
  onDocumentLoaded(dealId: string, document: Doc): void;
  /** Waits for the writes under way (before the collaboration server closes). */
  flush(): Promise<void>;
}

/** Gives deal `dealId` its team's model, if it is in a team with one; says what happened (undefined: nothing to give). */
export async function giveTeamModel(
  hocuspocus: Hocuspocus<ConnectionContext>,
  db: Database,
  dealId: string,
): Promise<Outcome | undefined> {
  const team = await dealTeamModel(db, dealId);
  const setting = checkedModel(team?.likelihoodModel ?? null);
  if (!team || setting === null) return undefined;
  const lead = team.adoptedBy;
  // Without a logged adoption (a model recorded by hand), the setting names who adopted it.
  const actor = lead
    ? { id: `user:${lead.name}`, name: lead.displayName || lead.name }
    : { id: `team:${team.teamId}`, name: setting.adoptedBy };
  const outcome = await writeDealModel(hocuspocus, dealId, setting, actor, {
    userId: lead?.id ?? `team:${team.teamId}`,
    userName: lead?.name ?? team.teamName,
    access: 'lead',
    // A direct connection has no token to expire.
    tokenExpiresAt: Number.POSITIVE_INFINITY,
  });
  if (outcome === 'written')
    await audit(db, {
      actorId: lead?.id ?? null,
      action: 'team-model-applied',
      target: dealId,
      detail: { team: team.teamName, base: setting.base, when: 'first-document' },
    });
  return outcome;
}

export function firstDocumentModel(options: {
  db: Database;
  /** The collaboration server's Hocuspocus: made after the hooks it runs. */
  hocuspocus: () => Hocuspocus<ConnectionContext>;
  log: (message: string) => void;
}): FirstDocumentModel {
  /** Documents loaded without a deal, until they are stored with one. Weak: an unloaded one goes with its document. */
  const awaitingDeal = new WeakSet<Doc>();
  const running = new Set<Promise<void>>();
  return {
    onDocumentLoaded(_dealId, document) {
      if (!holdsDeal(document)) awaitingDeal.add(document);
    },
    onDocumentStored(dealId, document) {
      if (!awaitingDeal.has(document) || !holdsDeal(document)) return;
      awaitingDeal.delete(document);
      // Not awaited: the write stores the deal again through a direct connection, which must
      // not wait inside the store that called this hook.
      const run: Promise<void> = giveTeamModel(options.hocuspocus(), options.db, dealId)
        .then(
          () => undefined,
          (error: unknown) =>
            options.log(
              `the team's model was not given to deal ${dealId}: ${error instanceof Error ? error.message : String(error)}`,
            ),
        )
        .finally(() => running.delete(run));
      running.add(run);
    },
    async flush() {
      while (running.size > 0) await Promise.all(running);
    },
  };
}
