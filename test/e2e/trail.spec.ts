/**
 * The activity trail and presence in the app (issue 11): edits show in the trail with who
 * made them and when, newest first, in both languages; a value since overwritten is put back
 * as one undoable edit; the inspector opens one person's activity. Presence: a teammate's
 * initials in the toolbar and a ring with their name round the person they selected.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { addPerson, card, newDeal } from './helpers';

const SHOTS = 'test-results/trail';

/** The user's own name, as given at the first new deal (firstRun.ts). */
async function asLiWei(page: Page): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem('powermap.ownName', 'Li Wei'));
}

async function editVicePresident(page: Page): Promise<void> {
  await newDeal(page, 'Trail deal');
  await addPerson(page, { name: '副总', attitude: 'neutral' });
  await page.getByLabel('Attitude toward us').selectOption({ label: 'supporter' });
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('Vice president');
  await title.press('Tab');
  await page.getByLabel('Attitude toward us').selectOption({ label: 'blocker' });
}

test.describe('the activity trail', () => {
  test('lists the edits, puts back an overwritten value as one undoable edit, and narrows to one person', async ({
    page,
  }) => {
    await asLiWei(page);
    await editVicePresident(page);

    await page.getByRole('button', { name: 'Activity: who changed what' }).click();
    const panel = page.getByRole('region', { name: 'Activity' });
    await expect(panel.getByRole('heading', { name: 'Today' })).toBeVisible();
    const entries = panel.locator('.pt-entry');
    await expect(entries.first()).toContainText('Li Wei set 副总’s attitude to blocker');
    await expect(panel).toContainText('set 副总’s title to “Vice president”');
    // Added, then named at once by the same user: one entry under the name.
    await expect(panel).toContainText('Li Wei added 副总');
    await expect(panel).not.toContainText('name to');
    await expect(entries.first().locator('.pt-entry__time')).toHaveText(/^\d\d:\d\d$/);
    await page.locator('.deal-editor').screenshot({ path: `${SHOTS}/trail-en.png` });
    expect(await axeViolations(page)).toEqual([]);

    // The value "supporter" was overwritten by "blocker": put it back.
    const overwritten = panel.locator('.pt-entry.is-overwritten');
    await expect(overwritten).toHaveCount(1);
    const supporter = overwritten.filter({ hasText: 'attitude to supporter' });
    await supporter.getByRole('button', { name: 'Put back this value' }).click();
    await expect(card(page, '副总')).toContainText('supporter');
    await expect(entries.first()).toContainText('Li Wei set 副总’s attitude to supporter');
    // One undo takes back exactly the put-back.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(card(page, '副总')).toContainText('blocker');
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Vice president');

    // From the inspector: this person's activity only.
    await addPerson(page, { name: 'Wang Fang', attitude: 'neutral' });
    await card(page, '副总').click();
    await page.getByRole('button', { name: 'Activity of this person' }).click();
    await expect(panel.getByLabel('Person')).toHaveValue(/.+/);
    await expect(panel.locator('.pt-entry', { hasText: 'Wang Fang' })).toHaveCount(0);
    await expect(panel.locator('.pt-entry').first()).toContainText('副总');
    await panel.getByRole('button', { name: 'Close the activity' }).click();
    await expect(page.getByRole('region', { name: 'Activity' })).toHaveCount(0);

    // The trail is kept with the deal: it is still there after a reload.
    await expect(page.locator('.save-status')).toHaveText('Saved');
    await page.reload();
    await page.getByRole('button', { name: 'Activity: who changed what' }).click();
    await expect(panel.locator('.pt-entry').first()).toContainText('Li Wei set Wang Fang’s attitude to neutral');
    await expect(panel).toContainText('Li Wei set 副总’s attitude to supporter');
  });

  for (const [locale, scheme] of [
    ['zh-CN', 'light'],
    ['en-US', 'dark'],
  ] as const) {
    test(`reads in ${locale}, ${scheme}`, async ({ browser }) => {
      const context = await browser.newContext({ locale: 'en-US', colorScheme: scheme });
      const page = await context.newPage();
      await asLiWei(page);
      await editVicePresident(page);
      if (locale === 'zh-CN') await page.locator('.toolbar .lang').click();
      const button = locale === 'zh-CN' ? '操作记录: 谁改了什么' : 'Activity: who changed what';
      await page.getByRole('button', { name: button }).click();
      const panel = page.locator('.pt-trail');
      if (locale === 'zh-CN') {
        await expect(panel.getByRole('heading', { name: '今天' })).toBeVisible();
        await expect(panel.locator('.pt-entry').first()).toContainText('Li Wei 将副总的态度设为坚决反对者');
        await expect(panel.getByRole('button', { name: '恢复此值' }).first()).toBeVisible();
      } else {
        await expect(panel.getByRole('button', { name: 'Put back this value' }).first()).toBeVisible();
      }
      await page.locator('.deal-editor').screenshot({ path: `${SHOTS}/trail-${locale}-${scheme}.png` });
      await context.close();
    });
  }
});

/**
 * Presence with two real users on a real server is tested in team.spec.ts (build project).
 * These tests show more peers at once, and dark mode, with a hand-made Awareness handed over
 * through the registry the team connection uses (services/awareness.ts), which only the dev
 * server lets a page import by its path: the build bundles it under a hashed name. So they
 * are tagged @dev-only, which the build project leaves out (playwright.config.ts).
 */
test.describe('presence @dev @dev-only', () => {
  for (const [lang, scheme] of [
    ['en', 'light'],
    ['zh-CN', 'light'],
    ['en', 'dark'],
  ] as const) {
    test(`shows a teammate in the toolbar and a ring with their name round the person they selected (${lang}, ${scheme})`, async ({
      browser,
    }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ locale: 'en-US', colorScheme: scheme });
      const page = await context.newPage();
      await asLiWei(page);
      await newDeal(page, 'Presence deal');
      await addPerson(page, { name: '副总', attitude: 'supporter' });
      await addPerson(page, { name: 'Wang Fang', attitude: 'neutral' });
      if (lang === 'zh-CN') await page.locator('.toolbar .lang').click();
      const dealId = decodeURIComponent(page.url().split('#/deal/')[1] ?? '');
      const vp = await card(page, '副总').getAttribute('data-id');
      await page.evaluate(
        async ({ dealId, vp, registryPath }) => {
          const { sharedAwareness } = (await import(/* @vite-ignore */ registryPath)) as {
            sharedAwareness: { provide: (id: string, awareness: unknown) => () => void };
          };
          const states = new Map<number, Record<string, unknown>>([
            [1, { user: { id: 'u-zhou', name: '周敏', colour: '#00838f' }, selection: { personId: vp } }],
            [2, { user: { id: 'u-chen', name: 'Chen Jing', colour: '#c2185b' }, selection: { personId: null } }],
          ]);
          const own: { state: Record<string, unknown> } = { state: {} };
          const fake = {
            clientID: 99,
            getStates: () => new Map([...states, [99, own.state]]),
            getLocalState: () => own.state,
            setLocalStateField: (key: string, value: unknown) => {
              own.state = { ...own.state, [key]: value };
            },
            on: () => undefined,
            off: () => undefined,
          };
          (window as unknown as { ownPresence: typeof own }).ownPresence = own;
          sharedAwareness.provide(dealId, fake);
        },
        { dealId, vp, registryPath: '/services/awareness.ts' },
      );
      const zh = lang === 'zh-CN';
      const group = page.getByRole('group', { name: zh ? '同时在看本项目' : 'Also in this deal' });
      await expect(group.locator('.presence__avatar')).toHaveCount(2);
      await expect(
        group.getByLabel(zh ? '周敏 正在查看本项目, 已选中 副总' : '周敏 has this deal open and has selected 副总'),
      ).toHaveText('周敏');
      await expect(card(page, '副总').locator('.pm-card__peer')).toHaveText('周敏');
      await expect(card(page, '副总')).toHaveAttribute('aria-label', zh ? /周敏 已选中。$/ : /Selected by 周敏\.$/);
      await expect(card(page, 'Wang Fang').locator('.pm-card__peer')).toHaveCount(0);

      // What we publish: our user and the person we select.
      await card(page, 'Wang Fang').click();
      const wang = await card(page, 'Wang Fang').getAttribute('data-id');
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { ownPresence: { state: unknown } }).ownPresence.state))
        .toMatchObject({ user: { name: 'Li Wei' }, selection: { personId: wang } });
      await page.locator('.deal-editor').screenshot({ path: `${SHOTS}/presence-${lang}-${scheme}.png` });
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
