/**
 * The accounts the pipeline's server suites share: six users, the Retail team (the owner and
 * a member, with its lead) and the Wholesale team (another lead); three deals, two in Retail
 * (the green one with an editor), one in Wholesale. What the server may show whom is read
 * against these, so each suite adds only the deals of its own questions.
 */
import type { Database } from '../../../server/db/database';
import { addDeal, setDealMember } from '../../../server/store/deals';
import type { User } from '../../../server/store/users';
import { applyDocumentToYDoc, holdsDeal, readDealFromYDoc, type Actor } from '../../../shared/collab';
import type { PowermapDocument } from '../../../shared/document';
import { addTeamWith, addUsers } from './accounts';
import type { TestClient } from './client';
import { until } from './until';

export const PIPELINE_USERS = ['owner', 'editor', 'member', 'lead', 'otherlead', 'stranger'];

export interface PipelineTeams {
  /** By name: PIPELINE_USERS. */
  readonly users: Record<string, User>;
  /** The teams' ids. */
  readonly retail: string;
  readonly wholesale: string;
}

/** Adds the users, the two teams and the deals `deal-green`, `deal-red` (Retail) and `deal-other` (Wholesale). */
export async function addPipelineTeams(db: Database): Promise<PipelineTeams> {
  const users = await addUsers(db, PIPELINE_USERS);
  const user = (name: string) => users[name]!;
  const retail = await addTeamWith(db, 'Retail', [
    { user: user('owner') },
    { user: user('member') },
    { user: user('lead'), lead: true },
  ]);
  const wholesale = await addTeamWith(db, 'Wholesale', [{ user: user('otherlead'), lead: true }]);
  await db.transaction(async (sql) => {
    await addDeal(sql, { id: 'deal-green', name: 'green', ownerId: user('owner').id, teamId: retail });
    await setDealMember(sql, 'deal-green', user('editor').id, 'editor');
    await addDeal(sql, { id: 'deal-red', name: 'red', ownerId: user('owner').id, teamId: retail });
    await addDeal(sql, { id: 'deal-other', name: 'other', ownerId: user('otherlead').id, teamId: wholesale });
  });
  return { users, retail, wholesale };
}

/**
 * Writes `next` into the deal through `client` as `actor`, as the app does (its changes against
 * what the deal held), and waits until the server stored it. The client stays open.
 */
export async function writeThrough(
  client: TestClient,
  actor: Actor,
  dealId: string,
  next: PowermapDocument,
): Promise<void> {
  await until(() => client.provider.isSynced, `${actor.name} to sync ${dealId}`);
  const read = readDealFromYDoc(client.doc);
  const previous = read.ok && holdsDeal(client.doc) ? read.document : undefined;
  applyDocumentToYDoc(client.doc, next, actor, previous ? { previous } : {});
  await until(() => client.acknowledged(), `the edit of ${dealId} to be stored`);
}
