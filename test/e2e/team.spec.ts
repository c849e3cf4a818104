/**
 * Deal teams in Chromium against a real team server (issue 11): the app served by
 * `powermap-server` itself (so the sign-in dialog offers that server), three users made with
 * the administrator command, each in a browser context of their own. The owner shares a deal
 * and invites an editor and a viewer; owner and editor see each other's edits; the viewer
 * follows them read-only and cannot change the deal; a removed member's copy is removed.
 * Presence: two teammates on one deal see each other in the toolbar, and the person each has
 * selected as a ring with their name, until one of them closes the deal. Teams: a member shares
 * a deal into their team from the Share dialog, its lead reads it, and the owner takes it out.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { FIRST_RUN_DONE } from '../../renderer/services/firstRun';
import { addPerson, card } from './helpers';
import { startTeamServer, TEAM_PASSWORD, type TeamServer } from './teamServer';

const SHOTS = 'test-results/team';
const USERS = { mei: '陈美', lin: 'Lin Tao', wu: 'Wu Fang' } as const;

let server: TeamServer;
const contexts: BrowserContext[] = [];

// Starting the server means copying a database and three scrypt hashes: bounded, but not quick.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // Lin is a member of Retail, led by Wu; Mei is in no team, so her deals go into none.
  server = await startTeamServer(USERS, { Retail: { leads: ['wu'], members: ['lin'] } });
});

test.afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await server?.stop();
});

/** A browser profile of its own, past the first run, on the server's page. */
async function userPage(browser: Browser, prepare?: (context: BrowserContext) => Promise<void>): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.url,
    storageState: { cookies: [], origins: [{ origin: server.url, localStorage: [...FIRST_RUN_DONE] }] },
  });
  contexts.push(context);
  await prepare?.(context);
  const page = await context.newPage();
  await page.goto('/');
  return page;
}

async function signIn(page: Page, name: keyof typeof USERS, password = TEAM_PASSWORD): Promise<void> {
  await page.getByRole('button', { name: 'Sign in to a server…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in to a team server' });
  // Served by the server itself: its address is offered.
  await expect(dialog.getByLabel('Server address')).toHaveValue(server.url);
  await dialog.getByLabel('User name').fill(name);
  await dialog.getByLabel('Password').fill(password);
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  if (password === TEAM_PASSWORD)
    await expect(page.getByText(`Signed in as ${USERS[name]} on ${server.url}`)).toBeVisible();
}

async function runFromPalette(page: Page, label: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog').getByRole('combobox');
  await search.fill(label);
  await search.press('Enter');
}

async function openShared(page: Page, dealName: string): Promise<void> {
  await page.getByRole('button', { name: `Open shared deal ${dealName}` }).click();
  await expect(page).toHaveURL(/#\/deal\//u);
}

test('a wrong password is refused in words, and nothing is kept', async ({ browser }) => {
  const page = await userPage(browser);
  await signIn(page, 'lin', 'not the password at all');
  await expect(page.getByRole('alert')).toHaveText('The user name or the password is wrong.');
  expect(await page.evaluate(() => localStorage.getItem('powermap.team.session'))).toBeNull();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Sign in to a server…' })).toBeVisible();
});

test('two teammates share a deal and see each other’s edits; a viewer follows read-only', async ({ browser }) => {
  // The owner makes a deal and shares it.
  const owner = await userPage(browser);
  await signIn(owner, 'mei');
  await expect(owner.getByText('No deal is shared with you yet.', { exact: false })).toBeVisible();
  await owner.getByRole('button', { name: 'New deal', exact: true }).click();
  await expect(owner).toHaveURL(/#\/deal\//u);
  const dealName = owner.getByLabel('Deal name');
  await dealName.fill('Harbour Bank core system');
  await dealName.press('Tab');
  await addPerson(owner, { name: 'Wang Zong', attitude: 'neutral' });

  await runFromPalette(owner, 'Share deal');
  const share = owner.getByRole('dialog', { name: 'Share “Harbour Bank core system”' });
  // In no team on the server: "No team" is the only choice, and the dialog says why.
  await expect(share.getByLabel('Team', { exact: true })).toHaveValue('');
  await expect(share.getByText('You are in no team on this server, so the deal goes into none.')).toBeVisible();
  await share.getByRole('button', { name: 'Publish to the server' }).click();
  await expect(share.getByRole('cell', { name: '陈美 (mei)' })).toBeVisible();
  const invite = share.getByRole('form', { name: 'Invite a teammate' });
  await invite.getByLabel('User name').fill('lin');
  await invite.getByLabel('Role').selectOption({ label: 'Editor' });
  await invite.getByRole('button', { name: 'Invite' }).click();
  await expect(share.getByLabel('Role of lin')).toHaveValue('editor');
  await invite.getByLabel('User name').fill('wu');
  await invite.getByLabel('Role').selectOption({ label: 'Viewer' });
  await invite.getByRole('button', { name: 'Invite' }).click();
  await expect(share.getByLabel('Role of wu')).toHaveValue('viewer');
  await invite.getByLabel('User name').fill('nobody');
  await invite.getByRole('button', { name: 'Invite' }).click();
  await expect(share.getByRole('alert')).toHaveText('There is no user with that name on the server.');
  await share.getByRole('button', { name: 'Close' }).click();
  await expect(owner.locator('.team-banner')).toContainText('Synced');

  // The editor finds it in the library, with its owner, and opens it.
  const editor = await userPage(browser);
  await signIn(editor, 'lin');
  const row = editor.getByRole('row', { name: /Harbour Bank core system/u });
  await expect(row).toContainText('陈美');
  await expect(row).toContainText('Editor');
  await expect(row).toContainText('Not on this device yet');
  await openShared(editor, 'Harbour Bank core system');
  await expect(card(editor, 'Wang Zong')).toBeVisible();

  // Each sees the other's edit.
  await addPerson(editor, { name: 'Li Chu' });
  await expect(card(owner, 'Li Chu')).toBeVisible();
  await card(owner, 'Wang Zong').click();
  await owner.keyboard.press('5');
  await expect(card(editor, 'Wang Zong').locator('.pm-att-champion')).toHaveCount(1);
  await expect(editor.locator('.team-banner')).toContainText('Synced');

  // The viewer reads it, sees the owner's edits, and cannot change it.
  const viewer = await userPage(browser);
  await signIn(viewer, 'wu');
  await openShared(viewer, 'Harbour Bank core system');
  await expect(card(viewer, 'Li Chu')).toBeVisible();
  await expect(viewer.locator('.team-banner')).toContainText(
    'Read only: your role on this deal is Viewer. You can follow it but not change it.',
  );
  await expect(viewer.getByRole('button', { name: 'Add person', exact: true })).toBeDisabled();
  await card(viewer, 'Li Chu').click();
  await viewer.keyboard.press('1');
  await viewer.keyboard.press('n');
  await expect(viewer.getByLabel('Name', { exact: true })).toBeDisabled();
  await expect(viewer.locator('.react-flow__node')).toHaveCount(2);
  await expect(card(viewer, 'Li Chu').locator('.pm-att-blocker')).toHaveCount(0);
  await addPerson(owner, { name: 'Zhao Jingli' });
  await expect(card(viewer, 'Zhao Jingli')).toBeVisible();
  await expect(card(editor, 'Zhao Jingli')).toBeVisible();
  await expect(card(owner, 'Li Chu').locator('.pm-att-blocker')).toHaveCount(0);

  // Removed from the deal, the viewer's copy is removed at that connection, and the library says so.
  await runFromPalette(owner, 'Share deal');
  await share.getByRole('button', { name: 'Remove wu' }).click();
  await expect(share.getByLabel('Role of wu')).toHaveCount(0);
  await share.getByRole('button', { name: 'Close' }).click();
  // The open deal says so at once, and takes no more edits: its copy is gone.
  await expect(viewer.locator('.team-banner')).toContainText('Removed from this deal');
  await expect(viewer.locator('.team-banner')).toContainText(
    'You are no longer a member of “Harbour Bank core system”. Its copy on this device has been removed.',
  );
  await expect(viewer.getByRole('button', { name: 'Add person', exact: true })).toBeDisabled();
  await viewer.goto('/');
  await expect(
    viewer.getByText('“Harbour Bank core system”: you are no longer a member of this deal.', { exact: false }),
  ).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Open Harbour Bank core system' })).toHaveCount(0);
});

/** Shares the open deal with a teammate as an editor, from the owner's page. */
async function shareWith(owner: Page, title: string, name: keyof typeof USERS): Promise<void> {
  await runFromPalette(owner, 'Share deal');
  const share = owner.getByRole('dialog', { name: `Share “${title}”` });
  await share.getByRole('button', { name: 'Publish to the server' }).click();
  const invite = share.getByRole('form', { name: 'Invite a teammate' });
  await invite.getByLabel('User name').fill(name);
  await invite.getByLabel('Role').selectOption({ label: 'Editor' });
  await invite.getByRole('button', { name: 'Invite' }).click();
  await expect(share.getByLabel(`Role of ${name}`)).toHaveValue('editor');
  await share.getByRole('button', { name: 'Close' }).click();
}

test('two teammates on one deal see each other, and the person each has selected, until one leaves', async ({
  browser,
}) => {
  const owner = await userPage(browser);
  await signIn(owner, 'mei');
  await owner.getByRole('button', { name: 'New deal', exact: true }).click();
  const dealName = owner.getByLabel('Deal name');
  await dealName.fill('Presence deal');
  await dealName.press('Tab');
  await addPerson(owner, { name: '副总', attitude: 'supporter' });
  await addPerson(owner, { name: 'Wang Fang', attitude: 'neutral' });
  await shareWith(owner, 'Presence deal', 'lin');

  const editor = await userPage(browser);
  await signIn(editor, 'lin');
  await openShared(editor, 'Presence deal');
  await expect(card(editor, 'Wang Fang')).toBeVisible();

  // Each sees the other in the toolbar, by name.
  const ownerBar = owner.getByRole('group', { name: 'Also in this deal' });
  const editorBar = editor.getByRole('group', { name: 'Also in this deal' });
  await expect(ownerBar.locator('.presence__avatar')).toHaveCount(1);
  await expect(ownerBar.getByLabel('Lin Tao has this deal open', { exact: true })).toHaveText('LT');
  await expect(editorBar.locator('.presence__avatar')).toHaveCount(1);
  await expect(editorBar.getByLabel(/^陈美 has this deal open/u)).toBeVisible();

  // The owner selects a person: the editor sees the ring with the owner's name, and says so.
  await card(owner, '副总').click();
  await expect(card(editor, '副总').locator('.pm-card__peer')).toHaveText('陈美');
  await expect(card(editor, '副总')).toHaveAttribute('aria-label', /Selected by 陈美\.$/u);
  await expect(editorBar.getByLabel('陈美 has this deal open and has selected 副总', { exact: true })).toBeVisible();
  await expect(card(editor, 'Wang Fang').locator('.pm-card__peer')).toHaveCount(0);
  await editor.locator('.deal-editor').screenshot({ path: `${SHOTS}/presence-en.png` });
  // And the other way round, in Chinese.
  await card(editor, 'Wang Fang').click();
  await owner.locator('.toolbar .lang').click();
  await expect(card(owner, 'Wang Fang')).toHaveAttribute('aria-label', /Lin Tao 已选中。$/u);
  await expect(
    owner
      .getByRole('group', { name: '同时在看本项目' })
      .getByLabel('Lin Tao 正在查看本项目, 已选中 Wang Fang', { exact: true }),
  ).toBeVisible();
  await owner.locator('.deal-editor').screenshot({ path: `${SHOTS}/presence-zh-CN.png` });
  await owner.locator('.toolbar .lang').click();

  // The editor closes the deal: the owner's bar drops them (the provider says so as it closes).
  await editor.getByRole('button', { name: 'All deals' }).click();
  await expect(editor.getByRole('button', { name: 'New deal', exact: true })).toBeVisible();
  await expect(ownerBar.locator('.presence__avatar')).toHaveCount(0, { timeout: 15_000 });
  await expect(card(owner, 'Wang Fang').locator('.pm-card__peer')).toHaveCount(0);
});

test('a person deleted by one teammate while another edited them offline is noticed, restored as one undo step, or dismissed', async ({
  browser,
}) => {
  const owner = await userPage(browser);
  await signIn(owner, 'mei');
  await owner.getByRole('button', { name: 'New deal', exact: true }).click();
  const dealName = owner.getByLabel('Deal name');
  await dealName.fill('Deleted deal');
  await dealName.press('Tab');
  await addPerson(owner, { name: 'Zhou Min', attitude: 'neutral' });
  await addPerson(owner, { name: 'Sun Li', attitude: 'neutral' });
  await shareWith(owner, 'Deleted deal', 'lin');

  // The editor's connection to the server passes through a switch: off, nothing passes either way.
  let online = true;
  const sockets: { close: () => Promise<void> }[] = [];
  const editor = await userPage(browser, (context) =>
    context.routeWebSocket(/\/collab$/u, (socket) => {
      sockets.push(socket);
      const toServer = socket.connectToServer();
      socket.onMessage((message) => online && toServer.send(message));
      toServer.onMessage((message) => online && socket.send(message));
    }),
  );
  // Back online, the app connects again and both sides exchange what the other lacks.
  const goOnline = async () => {
    online = true;
    for (const socket of sockets.splice(0)) await socket.close();
  };
  await signIn(editor, 'lin');
  await openShared(editor, 'Deleted deal');
  await expect(editor.locator('.team-banner')).toContainText('Synced');

  // Offline, the editor gives Zhou Min a title; meanwhile the owner deletes Zhou Min.
  online = false;
  await card(editor, 'Zhou Min').click();
  const title = editor.getByLabel('Title', { exact: true });
  await title.fill('Chief financial officer');
  await title.press('Tab');
  await expect(editor.locator('.team-banner')).toContainText('changes waiting');
  await card(owner, 'Zhou Min').click();
  await owner.keyboard.press('Delete');
  await expect(card(owner, 'Zhou Min')).toHaveCount(0);

  // Back online: the merge brings the case to both, named in words.
  await goOnline();
  const text = /Zhou Min: deleted by 陈美 on .+, while Lin Tao changed: Title\./u;
  const editorNotice = editor.getByRole('alert').filter({ hasText: 'Deleted while edited elsewhere' });
  const ownerNotice = owner.getByRole('alert').filter({ hasText: 'Deleted while edited elsewhere' });
  await expect(editorNotice).toContainText(text, { timeout: 20_000 });
  await expect(ownerNotice).toContainText(text);
  await expect(card(editor, 'Zhou Min')).toHaveCount(0);
  await editor.locator('.deal-editor').screenshot({ path: `${SHOTS}/deleted-notice-en.png` });
  await editor.locator('.toolbar .lang').click();
  const zhNotice = editor.getByRole('alert').filter({ hasText: '在别处修改时被删除' });
  await expect(zhNotice).toContainText(/Zhou Min: 由 陈美 于 .+ 删除, 而 Lin Tao 同时修改了: 职务。/u);
  await expect(zhNotice.getByRole('button', { name: '恢复 Zhou Min' })).toBeVisible();
  await expect(zhNotice.getByRole('button', { name: '忽略关于 Zhou Min 的提示' })).toBeVisible();
  await editor.locator('.deal-editor').screenshot({ path: `${SHOTS}/deleted-notice-zh-CN.png` });
  await editor.locator('.toolbar .lang').click();

  // The owner dismisses it; the trail panel still lists the case.
  await ownerNotice.getByRole('button', { name: 'Dismiss the notice about Zhou Min' }).click();
  await expect(ownerNotice).toHaveCount(0);
  await owner.getByRole('button', { name: 'Activity: who changed what' }).click();
  await expect(owner.getByRole('region', { name: 'Deleted while edited elsewhere' })).toContainText('Zhou Min');

  // The editor restores: the person is back with the title, for both; one undo takes it back.
  await editorNotice.getByRole('button', { name: 'Restore Zhou Min' }).click();
  await expect(editorNotice).toHaveCount(0);
  await expect(card(editor, 'Zhou Min')).toContainText('Chief financial officer');
  await expect(card(owner, 'Zhou Min')).toBeVisible();
  await editor.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(card(editor, 'Zhou Min')).toHaveCount(0);
  await expect(card(editor, 'Sun Li')).toBeVisible();
  await expect(editorNotice).toHaveCount(0);
});

test('a member shares a deal into their team from the Share dialog; the team’s lead reads it until it leaves the team', async ({
  browser,
}) => {
  const member = await userPage(browser);
  await signIn(member, 'lin');
  await member.getByRole('button', { name: 'New deal', exact: true }).click();
  const dealName = member.getByLabel('Deal name');
  await dealName.fill('Retail tender');
  await dealName.press('Tab');
  await addPerson(member, { name: 'Qian Hang', attitude: 'supporter' });

  // Lin's only team is offered first; "No team" stays possible.
  await runFromPalette(member, 'Share deal');
  const share = member.getByRole('dialog', { name: 'Share “Retail tender”' });
  const teamChoice = share.getByLabel('Team', { exact: true });
  await expect(teamChoice).toHaveValue('Retail');
  await expect(teamChoice.locator('option')).toHaveText(['No team', 'Retail']);
  await expect(
    share.getByText('The leads of the team can read this deal and see it in the team’s pipeline.'),
  ).toBeVisible();
  await share.screenshot({ path: `${SHOTS}/share-team-en.png` });
  await share.getByRole('button', { name: 'Publish to the server' }).click();
  // Published, the owner's dialog shows the deal's team and its members.
  await expect(share.getByRole('cell', { name: 'Lin Tao (lin)' })).toBeVisible();
  await expect(teamChoice).toHaveValue('Retail');
  await share.getByRole('button', { name: 'Close' }).click();
  await expect(member.locator('.team-banner')).toContainText('Synced');

  // The lead of Retail, never invited, finds it in the library and reads it.
  const lead = await userPage(browser);
  await signIn(lead, 'wu');
  const row = lead.getByRole('row', { name: /Retail tender/u });
  await expect(row).toContainText('Lin Tao');
  await expect(row).toContainText('Team lead (reads)');
  await openShared(lead, 'Retail tender');
  await expect(card(lead, 'Qian Hang')).toBeVisible();
  await expect(lead.locator('.team-banner')).toContainText('Read only');

  // In Chinese, the same choice.
  await member.locator('.toolbar .lang').click();
  await runFromPalette(member, '共享项目');
  const shareZh = member.getByRole('dialog', { name: '共享“Retail tender”' });
  await expect(shareZh.getByLabel('团队', { exact: true })).toHaveValue('Retail');
  await expect(shareZh.getByLabel('团队', { exact: true }).locator('option')).toHaveText(['不属于任何团队', 'Retail']);
  await shareZh.screenshot({ path: `${SHOTS}/share-team-zh-CN.png` });
  await shareZh.getByRole('button', { name: '关闭' }).click();
  await member.locator('.toolbar .lang').click();

  // The owner takes the deal out of the team: the lead no longer reads it.
  await runFromPalette(member, 'Share deal');
  await teamChoice.selectOption({ label: 'No team' });
  await expect(teamChoice).toHaveValue('');
  await share.getByRole('button', { name: 'Close' }).click();
  // The lead has it open: the move closes the lead's connection at once, well before the
  // server's 10-second access recheck, and the open deal says so.
  await expect(lead.locator('.team-banner')).toContainText('Removed from this deal', { timeout: 5_000 });
  await lead.goto('/');
  await expect(
    lead.getByText('“Retail tender”: you are no longer a member of this deal.', { exact: false }),
  ).toBeVisible();
  // The library of this window hears of a removal made in it by the team refresh: no row is left, without a reload.
  await expect(lead.getByRole('button', { name: 'Open shared deal Retail tender' })).toHaveCount(0);
  await expect(lead.getByRole('button', { name: 'Open Retail tender' })).toHaveCount(0);
});
