/**
 * Adopting a team model from the app when the user leads a server team (issue 12): the review's
 * target is that team (modelTarget.ts), and the app's calls (writeModel.ts through the signed-in
 * TeamSession) reach a deal of the team that was never on this device; a member who does not
 * lead is refused in words and nothing changes. Real server, real PGlite.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_COLLAB_LIMITS } from '../../../server/collab/limits';
import type { RunningServer } from '../../../server/start';
import { addDeal } from '../../../server/store/deals';
import { appendDocumentUpdate, loadDocumentState } from '../../../server/store/documents';
import { documentToYDoc, readDealFromYDoc } from '../../../shared/collab';
import { parseDocument, type LikelihoodModelSetting } from '../../../shared/document';
import { translate } from '../../../shared/i18n';
import { LOCAL_TARGET, modelTargets, teamSetting } from '../../../renderer/review/modelTarget';
import { writeServerAdoption, writeServerStandardModel } from '../../../renderer/review/writeModel';
import { memoryRefreshTokenStore } from '../../../renderer/team/refreshTokenStore';
import { TeamSession } from '../../../renderer/team/session';
import { listTeams, type MyTeam } from '../../../renderer/team/teamApi';
import { TeamError, teamErrorText } from '../../../renderer/team/teamErrors';
import { greenDeal } from '../../support/pipelineDeals';
import { addTeamWith, addUsers, PASSWORD } from '../../server/support/accounts';
import { startEmbeddedServer } from '../../server/support/embeddedServer';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 240_000 });

const SETTING: LikelihoodModelSetting = {
  base: 44,
  gapCosts: { 'UNCOVERED.critical': 10 },
  adoptedBy: 'Mei',
  adoptedAt: '2026-12-02T08:00:00.000Z',
  fittedFrom: { won: 70, lost: 52, point: 'last' },
};

let server: RunningServer;
let remove: () => void;

async function signedIn(name: string): Promise<TeamSession> {
  const session = new TeamSession({ store: memoryRefreshTokenStore() });
  await session.signIn(server.url, name, PASSWORD);
  return session;
}

async function storedSetting(dealId: string): Promise<unknown> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadDocumentState(server.db, dealId))!);
  const read = readDealFromYDoc(doc);
  return read.ok ? read.document.deal.likelihoodModel : 'unreadable';
}

beforeAll(async () => {
  ({ server, remove } = await startEmbeddedServer('the review model test secret, 32+ chars', DEFAULT_COLLAB_LIMITS));
  const users = await addUsers(server.db, ['mei', 'lin']);
  const retail = await addTeamWith(server.db, 'Retail', [{ user: users['mei']!, lead: true }, { user: users['lin']! }]);
  // Lin's deal, stored on the server, never on Mei's device.
  await addDeal(server.db, { id: 'deal-lin', name: 'Lin’s deal', ownerId: users['lin']!.id, teamId: retail });
  const parsed = parseDocument(greenDeal('deal-lin'));
  if (!parsed.ok) throw new Error('the test deal does not parse');
  const doc = documentToYDoc(parsed.document, { id: 'user:lin', name: 'Lin' });
  await appendDocumentUpdate(server.db, 'deal-lin', Y.encodeStateAsUpdate(doc));
});

afterAll(async () => {
  await server?.close();
  remove?.();
});

describe('where the review adopts a team model', () => {
  const team = (name: string, role: MyTeam['role'], likelihoodModel: unknown = null): MyTeam => ({
    id: `id-${name}`,
    name,
    role,
    likelihoodModel,
  });

  it('is the local library when signed out or leading no team, else each led team by name', () => {
    expect(modelTargets(null)).toEqual([LOCAL_TARGET]);
    expect(modelTargets([])).toEqual([LOCAL_TARGET]);
    expect(modelTargets([team('Retail', 'member')])).toEqual([LOCAL_TARGET]);
    expect(modelTargets([team('Wholesale', 'lead', SETTING), team('Retail', 'lead'), team('Audit', 'member')])).toEqual(
      [
        { kind: 'server', teamId: 'id-Retail', teamName: 'Retail', setting: null },
        { kind: 'server', teamId: 'id-Wholesale', teamName: 'Wholesale', setting: SETTING },
      ],
    );
  });

  it('reads a team’s recorded model only when it is a valid setting', () => {
    expect(teamSetting(SETTING)).toEqual(SETTING);
    expect(teamSetting(null)).toBeNull();
    expect(teamSetting({ ...SETTING, base: 90 })).toBeNull();
    expect(teamSetting('base 40')).toBeNull();
  });
});

describe('adopting from the app on the server', () => {
  it('as the lead, reaches the team’s deal never on this device, and the team then reads as on that model', async () => {
    const mei = await signedIn('mei');
    const [target] = modelTargets(await listTeams(mei));
    expect(target).toMatchObject({ kind: 'server', teamName: 'Retail', setting: null });
    if (target?.kind !== 'server') throw new Error('no server target');

    expect(await writeServerAdoption(mei, target.teamId, SETTING)).toBe(1);
    expect(await storedSetting('deal-lin')).toEqual(SETTING);
    expect(modelTargets(await listTeams(mei))[0]).toMatchObject({ kind: 'server', setting: SETTING });

    expect(await writeServerStandardModel(mei, target.teamId)).toBe(1);
    expect(await storedSetting('deal-lin')).toBeNull();
  });

  it('as a member who does not lead, is refused in words in both languages, and nothing changes', async () => {
    const lin = await signedIn('lin');
    const [retail] = await listTeams(lin);
    expect(modelTargets([retail!])).toEqual([LOCAL_TARGET]);
    const refused = await writeServerAdoption(lin, retail!.id, SETTING).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TeamError);
    expect((refused as TeamError).code).toBe('not-team-lead');
    expect(teamErrorText(refused, (k, p) => translate('en', k, p))).toBe(
      'Only a lead of the team can change the team’s model.',
    );
    expect(teamErrorText(refused, (k, p) => translate('zh-CN', k, p))).toBe('只有团队主管才能更改团队的模型。');
    expect(await storedSetting('deal-lin')).toBeNull();
  });
});
