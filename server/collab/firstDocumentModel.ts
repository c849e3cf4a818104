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
 *
 * A server that stops between that store and the write leaves the deal on the standard model.
 * So a deal loaded holding a deal is checked too: in a team with a model, never given one at
 * its first document (no `team-model-applied` entry) and whose trail shows no change of its
 * model since its first write (no adoption, move, Share dialog or member changed it), it is given the team's model then,
 * audited as `when: 'on-load'`. A deal whose setting anyone changed is left as they chose.
 */
import type { Hocuspocus } from '@hocuspocus/server';
import type { Doc } from 'yjs';
import { holdsDeal, listTrail } from '../../shared/collab';
import type { Database } from '../db/database';
import { audit, hasAudit } from '../store/audit';
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
  when: 'first-document' | 'on-load' = 'first-document',
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
      detail: { team: team.teamName, base: setting.base, when },
    });
  return outcome;
}

/**
 * Whether anyone changed the deal's likelihood model after its first write, as its trail says:
 * the first write of a deal sets every field with nothing before it; a change names the value it replaced.
 */
function modelChanged(document: Doc): boolean {
  return listTrail(document).some((entry) => entry.field === 'likelihoodModel' && entry.previous !== undefined);
}

/**
 * Gives deal `dealId`, loaded holding a deal whose model nobody changed, the team's model
 * it missed at its first document. Skipped while another write (an adoption, a move) holds
 * the deal through a direct connection: that write sets the model it means.
 */
async function giveMissedModel(hocuspocus: Hocuspocus<ConnectionContext>, db: Database, dealId: string) {
  if (await hasAudit(db, 'team-model-applied', dealId)) return;
  if ((hocuspocus.documents.get(dealId)?.directConnectionsCount ?? 0) > 0) return;
  await giveTeamModel(hocuspocus, db, dealId, 'on-load');
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
  /** Not awaited: the write stores the deal through a direct connection, which must not wait inside a load or store. */
  const track = (dealId: string, write: () => Promise<unknown>) => {
    const run: Promise<void> = write()
      .then(
        () => undefined,
        (error: unknown) =>
          options.log(
            `the team's model was not given to deal ${dealId}: ${error instanceof Error ? error.message : String(error)}`,
          ),
      )
      .finally(() => running.delete(run));
    running.add(run);
  };
  return {
    onDocumentLoaded(dealId, document) {
      if (!holdsDeal(document)) awaitingDeal.add(document);
      else if (!modelChanged(document)) track(dealId, () => giveMissedModel(options.hocuspocus(), options.db, dealId));
    },
    onDocumentStored(dealId, document) {
      if (!awaitingDeal.has(document) || !holdsDeal(document)) return;
      awaitingDeal.delete(document);
      track(dealId, () => giveTeamModel(options.hocuspocus(), options.db, dealId));
    },
    async flush() {
      while (running.size > 0) await Promise.all(running);
    },
  };
}
