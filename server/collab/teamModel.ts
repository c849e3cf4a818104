/**
 * Writes the team's likelihood model into every deal of a team, on the server (issue 12): the
 * same shared/calibration functions the app uses on its local deals (adoptForTeam,
 * undoAdoption), applied to each deal's Y.Doc through a Hocuspocus direct connection. So a
 * deal nobody has open is loaded from the database, changed and stored like any edit; the
 * clients connected to a deal receive the change as an ordinary Yjs update; and the deal's
 * trail records who changed the setting and when.
 */
import type { Hocuspocus } from '@hocuspocus/server';
import { adoptForTeam, undoAdoption } from '../../shared/calibration';
import { applyDocumentToYDoc, holdsDeal, readDealFromYDoc, type Actor } from '../../shared/collab';
import { deepEqual } from '../../shared/diff';
import { LikelihoodModelSchema, type LikelihoodModelSetting } from '../../shared/document';
import type { AccessClaims } from '../auth/accessTokens';
import type { Sql } from '../db/database';
import { teamModelOf } from '../store/teams';
import { findUserById } from '../store/users';
import type { ConnectionContext } from './access';

export interface TeamModelWrite {
  /** Deals whose setting changed. */
  readonly written: number;
  /** Deals that already held it. */
  readonly unchanged: number;
  /** Deals left alone: no deal stored yet, or a document format newer than this server reads. */
  readonly skipped: readonly string[];
}

/** What writing the model did to one deal. */
export type Outcome = 'written' | 'unchanged' | 'skipped';

/**
 * Sets `setting` (null: the standard model) on one deal through a direct connection, as
 * `actor`. A deal that holds it already (by value) is left unchanged: no second trail entry.
 */
export async function writeDealModel(
  hocuspocus: Hocuspocus<ConnectionContext>,
  dealId: string,
  setting: LikelihoodModelSetting | null,
  actor: Actor,
  context: ConnectionContext,
): Promise<Outcome> {
  const connection = await hocuspocus.openDirectConnection(dealId, context);
  let outcome: Outcome = 'skipped';
  try {
    await connection.transact((ydoc) => {
      // A deal published but never written holds nothing a setting could join.
      if (!holdsDeal(ydoc)) return;
      const read = readDealFromYDoc(ydoc);
      if (!read.ok) return;
      const previous = read.document;
      const [next] = setting === null ? undoAdoption([previous]) : adoptForTeam([previous], setting);
      // By value, key order aside: the setting read back from the Y.Doc is an equal object, not the
      // same one, and the team's copy comes from jsonb, which orders keys its own way.
      if (!next || deepEqual(next.deal.likelihoodModel, previous.deal.likelihoodModel)) {
        outcome = 'unchanged';
        return;
      }
      // With `previous`, only the deal's likelihoodModel differs, so only that field is written.
      applyDocumentToYDoc(ydoc, next, actor, { previous });
      outcome = 'written';
    });
  } finally {
    // Stores the change at once, and unloads the deal unless clients have it open.
    await connection.disconnect();
  }
  return outcome;
}

/**
 * Sets `setting` (null: the standard model) on each deal of `dealIds`, one at a time. A deal
 * that fails to load or store is reported by the thrown error after the others were written.
 */
export async function writeTeamModel(
  hocuspocus: Hocuspocus<ConnectionContext>,
  dealIds: readonly string[],
  setting: LikelihoodModelSetting | null,
  actor: Actor,
  context: ConnectionContext,
): Promise<TeamModelWrite> {
  let written = 0;
  let unchanged = 0;
  const skipped: string[] = [];
  const failed: string[] = [];
  for (const dealId of dealIds) {
    try {
      const outcome = await writeDealModel(hocuspocus, dealId, setting, actor, context);
      if (outcome === 'written') written++;
      else if (outcome === 'unchanged') unchanged++;
      else skipped.push(dealId);
    } catch (error) {
      failed.push(`${dealId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failed.length > 0) throw new TeamModelWriteError(failed, { written, unchanged, skipped });
  return { written, unchanged, skipped };
}

/** Some deals could not be written; the others were. */
export class TeamModelWriteError extends Error {
  constructor(
    readonly failed: readonly string[],
    readonly partial: TeamModelWrite,
  ) {
    super(`the team's model could not be written to ${failed.length} deal(s): ${failed.join('; ')}`);
  }
}

/**
 * A deal moved by its owner into a team (or out of every team) takes that team's model, as
 * written by the team's lead (null: the standard model), so the setting travels with the
 * team's deals. The change is the owner's in the deal's trail. Says what happened to the deal.
 */
export async function joinTeamModel(
  hocuspocus: Hocuspocus<ConnectionContext>,
  sql: Sql,
  dealId: string,
  teamId: string | null,
  owner: AccessClaims,
): Promise<Outcome> {
  const setting = teamId === null ? null : checkedModel(await teamModelOf(sql, teamId));
  const account = await findUserById(sql, owner.userId);
  const actor = { id: `user:${owner.name}`, name: account?.displayName || owner.name };
  return writeDealModel(hocuspocus, dealId, setting, actor, {
    userId: owner.userId,
    userName: owner.name,
    access: 'owner',
    // A direct connection has no token to expire.
    tokenExpiresAt: Number.POSITIVE_INFINITY,
  });
}

/** The team's model as recorded: written from a checked body, read back checked all the same; a bad one counts as standard. */
export function checkedModel(recorded: unknown): LikelihoodModelSetting | null {
  if (recorded === null || recorded === undefined) return null;
  const checked = LikelihoodModelSchema.safeParse(recorded);
  return checked.success ? checked.data : null;
}
