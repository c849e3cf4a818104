/**
 * A damaged local record never locks the user out of a deal (issue 11). Rows are damaged
 * behind the app's back, in IndexedDB from the page, as a crash, a disk error or another
 * tool might leave them: a person row set to null, an unknown attitude. The deal opens with
 * what is valid, names the damaged parts in words (no code paths), saves them as JSON, and
 * repairs in one edit.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { addPerson, card, newDeal, savedToDisk } from './helpers';

/** Rewrites stakeholder rows of a deal straight in IndexedDB: `null` for a row's data, or fields to merge into it. */
async function damageRows(page: Page, dealId: string, changes: Record<string, Record<string, unknown> | null>) {
  await page.evaluate(
    async ({ dealId, changes }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('powermap');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
      });
      const tx = db.transaction('stakeholders', 'readwrite');
      const store = tx.objectStore('stakeholders');
      const rows = await new Promise<{ dealId: string; id: string; data: Record<string, unknown> }[]>((resolve) => {
        const all = store.getAll();
        all.onsuccess = () => resolve(all.result as never);
      });
      for (const row of rows) {
        if (row.dealId !== dealId) continue;
        const name = String(row.data['name']);
        if (!(name in changes)) continue;
        const change = changes[name];
        store.put({ ...row, data: change === null ? null : { ...row.data, ...change } });
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { dealId, changes },
  );
}

test('a deal with damaged rows opens with what is valid, names the damage in words and repairs it', async ({
  page,
}) => {
  await newDeal(page, 'Damaged rows');
  await addPerson(page, { name: 'Liu Yang', attitude: 'supporter' });
  await addPerson(page, { name: 'Chen Jie', attitude: 'neutral' });
  await addPerson(page, { name: 'Zhao Min' });
  await savedToDisk(page);
  const dealId = decodeURIComponent(/#\/deal\/([^/?]+)/.exec(page.url())![1]!);

  await damageRows(page, dealId, { 'Chen Jie': null, 'Liu Yang': { attitude: 'friendly' } });
  await page.reload();

  const banner = page.locator('.set-aside-banner');
  await expect(banner).toContainText('2 parts of this deal could not be read and were set aside. The rest is open.');
  await expect(banner.getByRole('listitem')).toHaveText([
    '“Liu Yang”: attitude held “friendly”, which is not a valid value; shown as unknown.',
    'A person: the record could not be read (it holds nothing), so it is left out of the map.',
  ]);
  await expect(banner).not.toContainText('stakeholders[');
  // What is valid is open: two people on the map, the damaged attitude shown as unknown.
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(card(page, 'Liu Yang')).toHaveAttribute('aria-label', /Attitude unknown/);
  await expect(card(page, 'Zhao Min')).toBeVisible();

  // The set-aside parts are kept: saved as JSON with their raw values.
  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Save the set-aside parts (JSON)' }).click();
  const file = await (await download).path();
  const saved = JSON.parse(await readFile(file, 'utf8')) as { dealId: string; parts: { value: unknown }[] };
  expect(saved.dealId).toBe(dealId);
  expect(saved.parts.map((p) => p.value)).toEqual(['friendly', null]);

  // Repair: one edit; the deal is stored as shown and opens whole from now on.
  await banner.getByRole('button', { name: 'Repair: store the deal as shown' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeEnabled();
  await savedToDisk(page);
  await page.reload();
  await expect(page.locator('.deal-name')).toHaveText('Damaged rows');
  await expect(page.locator('.set-aside-banner')).toHaveCount(0);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
});
