/**
 * Teams on the server (issues 11 and 12), with a real server, real PGlite and real WebSocket
 * clients: the teams a user belongs to, a deal put into a team only by its owner and only into
 * a team the owner belongs to, and the team's likelihood model written by its lead into every
 * deal of the team, also one the lead never opened, then undone.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningServer } from '../../server/start';
import { readAudit } from '../../server/store/audit';
import { addDeal, findDeal } from '../../server/store/deals';
import type { User } from '../../server/store/users';
import { applyDocumentToYDoc, listTrail, readDealFromYDoc } from '../../shared/collab';
import { type LikelihoodModelSetting, type PowermapDocument } from '../../shared/document';
import type * as Y from 'yjs';
import { greenDeal, lostDeal, type RawDocument, parsedDeal } from '../support/pipelineDeals';
import { addTeamWith, addUsers, api } from './support/accounts';
import { OpenClients, type TestClient } from './support/client';
import { until } from './support/until';
import { QUICK_STORE_LIMITS, startEmbeddedServer } from './support/embeddedServer';
import { storedDeal } from './support/storedDeal';
import { tokenIssuer } from './support/tokens';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

const SECRET = 'the teams test secret, thirty-two characters';
let server: RunningServer;
let remove: () => void;
let users: Record<string, User>;
let retailId: string;
const clients = new OpenClients();
const token = tokenIssuer(SECRET, () => users);

const SETTING: LikelihoodModelSetting = {
  base: 42,
  gapCosts: { 'UNCOVERED.critical': 11 },
  adoptedBy: 'lead (display)',
  adoptedAt: '2026-12-01T09:30:00.000Z',
  fittedFrom: { won: 60, lost: 55, point: 'last' },
};

const connect = (dealId: string, bearer: string): TestClient => clients.open(server.url, dealId, bearer);

/** Writes a deal as its owner through a collaboration client, waits until stored, and leaves. */
async function writeAsOwner(dealId: string, raw: RawDocument): Promise<void> {
  const client = connect(dealId, await token('owner'));
  await until(() => client.provider.isSynced, `the owner to sync ${dealId}`);
  applyDocumentToYDoc(client.doc, parsedDeal(raw), { id: 'user:owner', name: 'owner (display)' });
  await until(() => client.acknowledged(), `${dealId} to be stored`);
  client.destroy();
}

/** The deal as stored in the database, read by shared/collab. */
async function stored(dealId: string): Promise<PowermapDocument> {
  const { document } = await storedDeal(server.db, dealId);
  if (!document) throw new Error(`deal ${dealId} does not read`);
  return document;
}

/** The deal as its owner's client loads it from the server. */
async function loadedByOwner(dealId: string): Promise<{ document: PowermapDocument; doc: Y.Doc }> {
  const client = connect(dealId, await token('owner'));
  await until(() => client.provider.isSynced, `the owner to load ${dealId}`);
  const read = readDealFromYDoc(client.doc);
  client.destroy();
  if (!read.ok) throw new Error(`deal ${dealId} does not read`);
  return { document: read.document, doc: client.doc };
}

beforeAll(async () => {
  ({ server, remove } = await startEmbeddedServer(SECRET, QUICK_STORE_LIMITS));
  users = await addUsers(server.db, ['owner', 'editor', 'lead', 'member', 'stranger']);
  retailId = await addTeamWith(server.db, 'Retail', [
    { user: users['owner']! },
    { user: users['member']! },
    { user: users['lead']!, lead: true },
  ]);
  await addTeamWith(server.db, 'Wholesale', [{ user: users['stranger']!, lead: true }]);
  await addTeamWith(server.db, 'Audit', [{ user: users['owner']!, lead: true }]);
  await server.db.transaction(async (sql) => {
    await addDeal(sql, { id: 'deal-open', name: 'open', ownerId: users['owner']!.id, teamId: retailId });
    await addDeal(sql, { id: 'deal-lost', name: 'lost', ownerId: users['owner']!.id, teamId: retailId });
    // Published into the team but never written: nothing a setting could join.
    await addDeal(sql, { id: 'deal-empty', name: 'empty', ownerId: users['owner']!.id, teamId: retailId });
    await addDeal(sql, { id: 'deal-alone', name: 'alone', ownerId: users['owner']!.id, teamId: null });
  });
  await writeAsOwner('deal-open', greenDeal('deal-open'));
  await writeAsOwner('deal-lost', lostDeal('deal-lost'));
  await writeAsOwner('deal-alone', greenDeal('deal-alone'));
}, 240_000);

afterAll(async () => {
  clients.destroyAll();
  await server?.close();
  remove?.();
});

describe('the teams of the signed-in user', () => {
  it('lists each team with the user’s role and the team’s model, by name; refuses without a token', async () => {
    const answer = await api(server.url, 'GET', '/api/teams', await token('owner'));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      teams: [
        { id: expect.stringMatching(/\S/u) as string, name: 'Audit', role: 'lead', likelihoodModel: null },
        { id: retailId, name: 'Retail', role: 'member', likelihoodModel: null },
      ],
    });
    expect((await api(server.url, 'GET', '/api/teams', await token('editor'))).body).toEqual({ teams: [] });
    expect((await api(server.url, 'GET', '/api/teams')).status).toBe(401);
  });
});

describe('a deal’s team', () => {
  it('publishes into a team of the owner, and refuses a team the user is not in, creating nothing', async () => {
    const bearer = await token('owner');
    const refused = await api(server.url, 'POST', '/api/deals', bearer, {
      id: 'deal-refused',
      name: 'refused',
      team: 'Wholesale',
    });
    expect(refused).toMatchObject({ status: 400, body: { error: { code: 'not-team-member' } } });
    expect(await findDeal(server.db, 'deal-refused')).toBeUndefined();

    const published = await api(server.url, 'POST', '/api/deals', bearer, {
      id: 'deal-new',
      name: 'new',
      team: 'retail',
    });
    expect(published).toMatchObject({ status: 201, body: { deal: { team: 'Retail', role: 'owner' } } });
    const lead = (await api(server.url, 'GET', '/api/deals', await token('lead'))).body as {
      deals: { id: string; role: string; team: string }[];
    };
    expect(lead.deals.find((deal) => deal.id === 'deal-new')).toMatchObject({ role: 'lead', team: 'Retail' });
  });

  it('lets the owner move the deal to another of their teams or to none; the old lead no longer reads it', async () => {
    const owner = await token('owner');
    const moved = await api(server.url, 'PUT', '/api/deals/deal-new/team', owner, { team: 'Audit' });
    expect(moved).toMatchObject({ status: 200, body: { deal: { id: 'deal-new', team: 'Audit' } } });
    const leadDeals = (await api(server.url, 'GET', '/api/deals', await token('lead'))).body as {
      deals: { id: string }[];
    };
    expect(leadDeals.deals.map((deal) => deal.id)).not.toContain('deal-new');

    const none = await api(server.url, 'PUT', '/api/deals/deal-new/team', owner, { team: null });
    expect(none).toMatchObject({ status: 200, body: { deal: { team: null } } });
    expect((await findDeal(server.db, 'deal-new'))?.teamId).toBeNull();

    const audit = await readAudit(server.db, 20);
    const changes = audit.filter((row) => row.action === 'deal-team-set' && row.target === 'deal-new');
    expect(changes.map((row) => row.detail['team'])).toEqual([null, 'Audit']);
    expect(changes[0]?.actorId).toBe(users['owner']!.id);
  });

  it('refuses a team the owner is not in, and anyone but the owner, leaving the team as it was', async () => {
    await api(server.url, 'PUT', '/api/deals/deal-new/team', await token('owner'), { team: 'Retail' });
    const notMember = await api(server.url, 'PUT', '/api/deals/deal-new/team', await token('owner'), {
      team: 'Wholesale',
    });
    expect(notMember).toMatchObject({ status: 400, body: { error: { code: 'not-team-member' } } });
    const unknown = await api(server.url, 'PUT', '/api/deals/deal-new/team', await token('owner'), {
      team: 'No such team',
    });
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: 'not-team-member' } } });
    // The team's lead reads the deal but does not own it; a stranger may not know it exists.
    const byLead = await api(server.url, 'PUT', '/api/deals/deal-new/team', await token('lead'), { team: null });
    expect(byLead).toMatchObject({ status: 403, body: { error: { code: 'not-owner' } } });
    const byStranger = await api(server.url, 'PUT', '/api/deals/deal-new/team', await token('stranger'), {
      team: 'Wholesale',
    });
    expect(byStranger).toMatchObject({ status: 404, body: { error: { code: 'deal-not-found' } } });
    const badBody = await api(server.url, 'PUT', '/api/deals/deal-new/team', await token('owner'), { team: 7 });
    expect(badBody).toMatchObject({ status: 400, body: { error: { code: 'invalid-body' } } });
    expect((await findDeal(server.db, 'deal-new'))?.teamId).toBe(retailId);
  });
});

describe('the team’s likelihood model', () => {
  const modelPath = () => `/api/teams/${retailId}/likelihood-model`;

  it('refuses a member who does not lead, someone outside the team and a bad setting; nothing changes', async () => {
    const before = await stored('deal-open');
    const byMember = await api(server.url, 'POST', modelPath(), await token('member'), SETTING);
    expect(byMember).toMatchObject({ status: 403, body: { error: { code: 'not-team-lead' } } });
    const byStranger = await api(server.url, 'POST', modelPath(), await token('stranger'), SETTING);
    expect(byStranger).toMatchObject({ status: 404, body: { error: { code: 'team-not-found' } } });
    const undoByMember = await api(server.url, 'DELETE', modelPath(), await token('member'));
    expect(undoByMember.status).toBe(403);
    const tooHigh = await api(server.url, 'POST', modelPath(), await token('lead'), { ...SETTING, base: 70 });
    expect(tooHigh).toMatchObject({ status: 400, body: { error: { code: 'invalid-body' } } });
    expect((tooHigh.body as { error: { message: string } }).error.message).toContain('base');

    const after = await stored('deal-open');
    expect(after).toEqual(before);
    expect(after.deal.likelihoodModel).toBeNull();
    const teams = (await api(server.url, 'GET', '/api/teams', await token('lead'))).body as {
      teams: { likelihoodModel: unknown }[];
    };
    expect(teams.teams[0]?.likelihoodModel).toBeNull();
    expect((await readAudit(server.db, 50)).some((row) => row.action === 'team-model-adopted')).toBe(false);
  });

  it('written by the lead, reaches every written deal of the team, also one the lead never opened', async () => {
    // deal-new is in the team (above) but was never written, like deal-empty.
    // The owner has one deal open meanwhile: the setting arrives there as a live update.
    const live = connect('deal-lost', await token('owner'));
    await until(() => live.provider.isSynced, 'the owner to open deal-lost');

    const adopted = await api(server.url, 'POST', modelPath(), await token('lead'), SETTING);
    expect(adopted).toMatchObject({
      status: 200,
      body: {
        written: 2,
        unchanged: 0,
        skipped: ['deal-empty', 'deal-new'],
        team: { name: 'Retail', likelihoodModel: SETTING },
      },
    });

    // The deal the lead never opened, as its owner loads it; the trail says who set it.
    const { document, doc } = await loadedByOwner('deal-open');
    expect(document.deal.likelihoodModel).toEqual(SETTING);
    const entry = listTrail(doc)
      .filter((e) => e.field === 'likelihoodModel')
      .at(-1);
    expect(entry).toMatchObject({ actorId: 'user:lead', actorName: 'lead (display)', action: 'set', value: SETTING });
    // Nothing else of the deal changed.
    expect({ ...document, deal: { ...document.deal, likelihoodModel: null } }).toEqual(
      parsedDeal(greenDeal('deal-open')),
    );
    await until(() => {
      const read = readDealFromYDoc(live.doc);
      return read.ok && read.document.deal.likelihoodModel !== null;
    }, 'the open deal to receive the setting');
    expect((await stored('deal-lost')).deal.likelihoodModel).toEqual(SETTING);
    // A deal outside the team keeps the standard model.
    expect((await stored('deal-alone')).deal.likelihoodModel).toBeNull();

    const teams = (await api(server.url, 'GET', '/api/teams', await token('member'))).body as {
      teams: { likelihoodModel: unknown }[];
    };
    expect(teams.teams[0]?.likelihoodModel).toEqual(SETTING);
    const row = (await readAudit(server.db, 50)).find((r) => r.action === 'team-model-adopted');
    expect(row).toMatchObject({
      actorId: users['lead']!.id,
      target: retailId,
      detail: { team: 'Retail', base: 42, written: 2, skipped: 2 },
    });
    // Once every client has left, no deal stays loaded.
    live.destroy();
    await until(() => server.collab.stats().documents === 0, 'every deal to unload');
  });

  it('a deal moved into the team takes the team’s model, and moved out of every team goes back to the standard one', async () => {
    const teamPath = '/api/deals/deal-alone/team';
    const into = await api(server.url, 'PUT', teamPath, await token('owner'), { team: 'Retail' });
    expect(into).toMatchObject({ status: 200, body: { deal: { team: 'Retail' } } });
    expect((await stored('deal-alone')).deal.likelihoodModel).toEqual(SETTING);
    const joined = (await readAudit(server.db, 50)).find(
      (r) => r.action === 'deal-team-set' && r.target === 'deal-alone',
    );
    expect(joined).toMatchObject({ detail: { team: 'Retail', model: 'written' } });

    const out = await api(server.url, 'PUT', teamPath, await token('owner'), { team: null });
    expect(out).toMatchObject({ status: 200, body: { deal: { team: null } } });
    const { document, doc } = await loadedByOwner('deal-alone');
    expect(document.deal.likelihoodModel).toBeNull();
    // The owner's move made the change, and the trail says so.
    expect(
      listTrail(doc)
        .filter((e) => e.field === 'likelihoodModel')
        .at(-1),
    ).toMatchObject({ actorId: 'user:owner' });
    // Nothing else of the deal changed.
    expect(document).toEqual(parsedDeal(greenDeal('deal-alone')));
    await until(() => server.collab.stats().documents === 0, 'every deal to unload');
  });

  it('adopted again, changes nothing; undone, every deal of the team is back on the standard model', async () => {
    const again = await api(server.url, 'POST', modelPath(), await token('lead'), SETTING);
    expect(again).toMatchObject({ status: 200, body: { written: 0, unchanged: 2 } });

    const undone = await api(server.url, 'DELETE', modelPath(), await token('lead'));
    expect(undone).toMatchObject({ status: 200, body: { written: 2, team: { likelihoodModel: null } } });
    const { document, doc } = await loadedByOwner('deal-open');
    expect(document.deal.likelihoodModel).toBeNull();
    // The lead's two changes within a minute read as one trail entry (COALESCE_MS), from null to null.
    expect(
      listTrail(doc)
        .filter((e) => e.field === 'likelihoodModel')
        .at(-1),
    ).toMatchObject({
      actorId: 'user:lead',
      value: null,
    });
    expect((await stored('deal-lost')).deal.likelihoodModel).toBeNull();
    const teams = (await api(server.url, 'GET', '/api/teams', await token('lead'))).body as {
      teams: { likelihoodModel: unknown }[];
    };
    expect(teams.teams[0]?.likelihoodModel).toBeNull();
    expect((await readAudit(server.db, 50)).find((r) => r.action === 'team-model-undone')).toMatchObject({
      actorId: users['lead']!.id,
      detail: { team: 'Retail', base: null, written: 2 },
    });
  });
});
