/**
 * The team's pipeline in Chromium against a real team server (issue 12): a teammate's deal,
 * written to the server by the teammate's own client and never opened by the lead, shows in
 * the lead's pipeline with its owner and team, marked as on the server; with the network cut,
 * the pipeline still shows it from the copy kept on the lead's device, saying as of when; the
 * pipeline CSV exported on a device that never opened it fetches it first and holds it. The
 * lead returns the team's deals to the standard model from the review, on the server.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { FIRST_RUN_DONE } from '../../renderer/services/firstRun';
import { applyDocumentToYDoc } from '../../shared/collab';
import { parseCsv } from '../../shared/csv';
import { parseDocument } from '../../shared/document';
import { api } from '../server/support/accounts';
import { openClient } from '../server/support/client';
import { greenDeal, lostDeal, type RawDocument } from '../support/pipelineDeals';
import { startTeamServer, TEAM_PASSWORD, type TeamServer } from './teamServer';

const USERS = { mei: '陈美', lin: 'Lin Tao' } as const;
const DEAL = { id: 'd-lin-harbour', name: 'Harbour Bank data centre' };
const LOST = { id: 'd-lin-lost', name: 'Old tender' };

let server: TeamServer;
const contexts: BrowserContext[] = [];

test.describe.configure({ mode: 'serial', timeout: 180_000 });

/** Bounded polling of the server from the test. */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Publishes a deal to the team Retail as `token`'s user and writes it through a collaboration client, as the app does. */
async function writeDeal(token: string, deal: { id: string; name: string }, raw: RawDocument): Promise<void> {
  const published = await api(server.url, 'POST', '/api/deals', token, { ...deal, team: 'Retail' });
  expect(published.status).toBe(201);
  const parsed = parseDocument(raw);
  if (!parsed.ok) throw new Error('the test deal does not parse');
  const client = openClient(server.url, deal.id, token);
  try {
    await until(() => Promise.resolve(client.provider.isSynced), 'lin to connect');
    applyDocumentToYDoc(client.doc, parsed.document, { id: 'lin', name: 'lin' });
    await until(() => Promise.resolve(client.acknowledged()), `${deal.id} to be stored`);
  } finally {
    client.destroy();
  }
}

/** Lin's open deal and a deal Lin lost, both of the team Retail, summarized by the server. */
async function linWritesDeals(): Promise<void> {
  const session = await api(server.url, 'POST', '/api/session', undefined, { name: 'lin', password: TEAM_PASSWORD });
  const token = (session.body as { accessToken: string }).accessToken;
  await writeDeal(token, DEAL, greenDeal(DEAL.id, { name: DEAL.name }));
  await writeDeal(token, LOST, lostDeal(LOST.id));
  // The summary rows follow the stores within a few seconds (server/collab/deferredHook.ts).
  await until(async () => {
    const rows = (await api(server.url, 'GET', '/api/pipeline', token)).body as { rows?: unknown[] };
    return (rows.rows ?? []).length === 2;
  }, 'the summary rows of the deals');
}

test.beforeAll(async () => {
  // Five administrator commands, each opening the database, then the server: slow on a loaded machine.
  test.setTimeout(480_000);
  server = await startTeamServer(USERS, { Retail: { leads: ['mei'], members: ['lin'] } });
  await linWritesDeals();
});

test.afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await server?.stop();
});

/** A browser profile of its own, past the first run, in `lang`, with more kept in its localStorage. */
async function leadPage(
  browser: Browser,
  lang: 'en' | 'zh-CN' = 'en',
  kept: readonly { name: string; value: string }[] = [],
): Promise<Page> {
  const localStorage = [...FIRST_RUN_DONE, { name: 'powermap.lang', value: lang }, ...kept];
  const context = await browser.newContext({
    baseURL: server.url,
    storageState: { cookies: [], origins: [{ origin: server.url, localStorage }] },
  });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto('/');
  return page;
}

const grid = (page: Page) => page.getByRole('grid');

test('a team lead sees a teammate’s deal in the pipeline without opening it, and still sees it offline', async ({
  browser,
}) => {
  const page = await leadPage(browser);
  await page.getByRole('button', { name: 'Sign in to a server…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in to a team server' });
  await dialog.getByLabel('User name').fill('mei');
  await dialog.getByLabel('Password').fill(TEAM_PASSWORD);
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText(`Signed in as 陈美 on ${server.url}`)).toBeVisible();
  await expect(page.getByRole('row', { name: /Harbour Bank data centre/u })).toContainText('Not on this device yet');

  await page.getByRole('button', { name: 'Pipeline' }).click();
  await expect(page).toHaveURL(/#\/pipeline$/u);
  const row = grid(page).getByRole('row', { name: /Harbour Bank data centre/u });
  await expect(row).toContainText('Lin Tao · Retail');
  await expect(row).toContainText('On the server');
  await expect(row).toContainText('Harbour Bank');
  await expect(page.getByText('With the team’s deals from the server, as of', { exact: false })).toBeVisible();
  // The owner filter works across the team.
  await page.getByLabel('Owner').selectOption('Lin Tao');
  await expect(grid(page).locator('.pl-name a')).toHaveText([DEAL.name]);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.screenshot({ path: test.info().outputPath('team-pipeline-en.png') });

  // The review reads the team's closed deal, never opened here, from its record on the server.
  await page.getByRole('button', { name: 'All deals' }).click();
  await page.getByRole('button', { name: 'Win/loss review' }).click();
  await expect(page.getByText('0 won, 1 lost, 1 still open.')).toBeVisible();
  await expect(page.getByText('With the team’s deals from the server, as of', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: /All deals/u }).click();

  // The network goes: in the pipeline again, and in the review, the kept answers show.
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Pipeline' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'offline' })).toContainText(
    /Team deals as of .+, offline: the server cannot be reached\./u,
  );
  await expect(grid(page).getByRole('row', { name: /Harbour Bank data centre/u })).toContainText('Lin Tao · Retail');
  await page.screenshot({ path: test.info().outputPath('team-pipeline-offline-en.png') });
  await page.getByRole('button', { name: 'All deals' }).click();
  await page.getByRole('button', { name: 'Win/loss review' }).click();
  await expect(page.getByText('0 won, 1 lost, 1 still open.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'offline' })).toContainText('Team deals as of');
  await page.getByRole('button', { name: /All deals/u }).click();

  // Back online, opening the deal fetches it from the server; it is then on this device.
  await page.context().setOffline(false);
  await page.getByRole('button', { name: 'Pipeline' }).click();
  await expect(page.getByText('With the team’s deals from the server', { exact: false })).toBeVisible();
  await grid(page).getByRole('link', { name: DEAL.name }).click();
  await expect(page).toHaveURL(/#\/deal\/d-lin-harbour$/u);
  await expect(page.getByLabel('Deal name')).toHaveValue(DEAL.name);
});

test('in Chinese, a restored sign-in shows the team’s deals and the offline note in Chinese', async ({ browser }) => {
  // Signed in before (the refresh token kept in the profile, as the app keeps it), the app started in Chinese.
  const answer = await api(server.url, 'POST', '/api/session', undefined, { name: 'mei', password: TEAM_PASSWORD });
  const { refreshToken } = answer.body as { refreshToken: string };
  const stored = { server: server.url, user: { name: 'mei', displayName: USERS.mei }, refreshToken };
  const page = await leadPage(browser, 'zh-CN', [{ name: 'powermap.team.session', value: JSON.stringify(stored) }]);
  await page.getByRole('button', { name: '销售管道' }).click();
  const row = grid(page).getByRole('row', { name: /Harbour Bank data centre/u });
  await expect(row).toContainText('Lin Tao · Retail');
  await expect(row).toContainText('在服务器上');
  await expect(page.getByText('含服务器上的团队项目，截至', { exact: false })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('team-pipeline-zh.png') });

  await page.context().setOffline(true);
  await page.getByRole('button', { name: '全部项目' }).click();
  await page.getByRole('button', { name: '销售管道' }).click();
  await expect(page.getByRole('status').filter({ hasText: '离线' })).toContainText(
    /团队项目截至 .+，离线: 无法连接服务器。/u,
  );
  await expect(grid(page).getByRole('row', { name: /Harbour Bank data centre/u })).toContainText('Lin Tao · Retail');
  await page.screenshot({ path: test.info().outputPath('team-pipeline-offline-zh.png') });
});

test('a lead exports the pipeline CSV with a teammate’s deal never opened on this device; offline, the dialog names it', async ({
  browser,
}) => {
  // A fresh device: signed in before (the refresh token kept), no team deal opened here.
  const answer = await api(server.url, 'POST', '/api/session', undefined, { name: 'mei', password: TEAM_PASSWORD });
  const { refreshToken } = answer.body as { refreshToken: string };
  const stored = { server: server.url, user: { name: 'mei', displayName: USERS.mei }, refreshToken };
  const page = await leadPage(browser, 'en', [{ name: 'powermap.team.session', value: JSON.stringify(stored) }]);
  await page.getByRole('button', { name: 'Pipeline' }).click();
  await expect(grid(page).getByRole('row', { name: /Harbour Bank data centre/u })).toContainText('On the server');

  // The network goes after the pipeline was read: the deal cannot be fetched, and the dialog says which and why.
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the pipeline as CSV' });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    '1 team deal could not be fetched, because the server cannot be reached: Harbour Bank data centre.',
  );
  await expect(dialog).toContainText('No deal could be read, so nothing was exported.');
  await page.screenshot({ path: test.info().outputPath('team-export-offline-en.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Online again: the export fetches the deal, then the CSV holds it.
  await page.context().setOffline(false);
  await page.getByRole('button', { name: 'CSV…' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const text = readFileSync(await download.path()).toString('utf8');
  const records = parseCsv(text.replace(/^\uFEFF/u, ''));
  const names = records.map((record) => record[1]);
  expect(names).toContain(DEAL.name);
  await expect(dialog).toBeHidden();
  // Fetched for the export, the deal is now on this device: no longer marked as on the server.
  await expect(grid(page).getByRole('row', { name: /Harbour Bank data centre/u })).not.toContainText('On the server');
});

test('the lead returns every deal of the team to the standard model from the review, on the server', async ({
  browser,
}) => {
  // The team is on its own model (adopted through the API, as the review's advice would).
  const answer = await api(server.url, 'POST', '/api/session', undefined, { name: 'mei', password: TEAM_PASSWORD });
  const { accessToken, refreshToken } = answer.body as { accessToken: string; refreshToken: string };
  const teams = async () =>
    (
      (await api(server.url, 'GET', '/api/teams', accessToken)).body as {
        teams: { id: string; likelihoodModel: unknown }[];
      }
    ).teams;
  const retail = (await teams())[0]!.id;
  const setting = {
    base: 42,
    gapCosts: { 'UNCOVERED.critical': 11 },
    adoptedBy: USERS.mei,
    adoptedAt: '2026-12-01T09:30:00.000Z',
    fittedFrom: { won: 60, lost: 55, point: 'last' },
  };
  const adopted = await api(server.url, 'POST', `/api/teams/${retail}/likelihood-model`, accessToken, setting);
  expect(adopted).toMatchObject({ status: 200, body: { written: 2 } });

  const stored = { server: server.url, user: { name: 'mei', displayName: USERS.mei }, refreshToken };
  const page = await leadPage(browser, 'en', [{ name: 'powermap.team.session', value: JSON.stringify(stored) }]);
  await page.getByRole('button', { name: 'Win/loss review' }).click();
  await expect(
    page.getByText('As the lead of Retail, you set the model on the server for every deal of the team.'),
  ).toBeVisible();
  await expect(page.getByText(/The team uses its own model: base 42, adopted by 陈美/u)).toBeVisible();
  await page.getByRole('button', { name: 'Return to the standard model…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Return to the standard model?' });
  await expect(dialog).toContainText('Every deal of the team Retail on the server will compute its win likelihood');
  await page.screenshot({ path: test.info().outputPath('team-model-undo-en.png') });
  await dialog.getByRole('button', { name: 'Return to the standard model', exact: true }).click();
  await expect(page.getByText('2 deals are back on the standard model.')).toBeVisible();
  await expect(page.getByText('The team uses the standard model.')).toBeVisible();
  expect((await teams())[0]!.likelihoodModel).toBeNull();
});
