/**
 * A damaged local record never locks the user out of a deal (issue 11). The deal's stored
 * Y.Doc is damaged behind the app's back, in IndexedDB from the page, as another tool or a
 * half-finished sync might leave it: a person's record set to null, an unknown attitude.
 * The deal opens with what is valid, names the damaged parts in words (no code paths),
 * saves them as JSON, and repairs: the deal is stored as shown.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { addPerson, card, newDeal, savedToDisk } from './helpers';

type LogRow = { seq: number; dealId: string; update: number[] };

/** Every Y update log row of the deal, straight from IndexedDB. */
async function readLog(page: Page, dealId: string): Promise<LogRow[]> {
  return page.evaluate(async (dealId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('powermap');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
    });
    const rows = await new Promise<{ seq: number; dealId: string; update: Uint8Array }[]>((resolve) => {
      const all = db.transaction('dealDocs').objectStore('dealDocs').getAll();
      all.onsuccess = () => resolve(all.result as never);
    });
    db.close();
    return rows.filter((r) => r.dealId === dealId).map((r) => ({ ...r, update: Array.from(r.update) }));
  }, dealId);
}

/** Appends one row to the deal's log, as another tool or a half-finished sync might leave it. */
async function appendLog(page: Page, dealId: string, update: Uint8Array): Promise<void> {
  await page.evaluate(
    async ({ dealId, update }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('powermap');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
      });
      const tx = db.transaction('dealDocs', 'readwrite');
      tx.objectStore('dealDocs').add({ dealId, update: new Uint8Array(update) });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { dealId, update: Array.from(update) },
  );
}

/**
 * Damages people of a deal's stored Y.Doc behind the app's back: `null` replaces a person's
 * record, an object sets fields on it. Written as one more row of the deal's update log.
 */
async function damagePeople(page: Page, dealId: string, changes: Record<string, Record<string, unknown> | null>) {
  const ydoc = new Y.Doc();
  for (const row of await readLog(page, dealId)) Y.applyUpdate(ydoc, new Uint8Array(row.update));
  const before = Y.encodeStateVector(ydoc);
  const people = ydoc.getMap<unknown>('people');
  ydoc.transact(() => {
    people.forEach((entry, id) => {
      if (!(entry instanceof Y.Map)) return;
      const change = changes[String(entry.get('name'))];
      if (change === undefined) return;
      if (change === null) people.set(id, null);
      else for (const [field, value] of Object.entries(change)) entry.set(field, value);
    });
  });
  await appendLog(page, dealId, Y.encodeStateAsUpdate(ydoc, before));
}

test('a deal with a damaged record opens with what is valid, names the damage in words and repairs it', async ({
  page,
}) => {
  await newDeal(page, 'Damaged record');
  await addPerson(page, { name: 'Liu Yang', attitude: 'supporter' });
  await addPerson(page, { name: 'Chen Jie', attitude: 'neutral' });
  await addPerson(page, { name: 'Zhao Min' });
  await savedToDisk(page);
  const dealId = decodeURIComponent(/#\/deal\/([^/?]+)/.exec(page.url())![1]!);

  await damagePeople(page, dealId, { 'Chen Jie': null, 'Liu Yang': { attitude: 'friendly' } });
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

  // Repair: the deal is stored as shown and opens whole from now on.
  const rowsBefore = (await readLog(page, dealId)).length;
  await banner.getByRole('button', { name: 'Repair: store the deal as shown' }).click();
  await expect(banner).toHaveCount(0);
  await savedToDisk(page);
  // The repair's write is the Y.Doc's: wait for its row before reloading.
  await expect.poll(async () => (await readLog(page, dealId)).length).toBeGreaterThan(rowsBefore);
  await page.reload();
  await expect(page.locator('.deal-name')).toHaveText('Damaged record');
  await expect(page.locator('.set-aside-banner')).toHaveCount(0);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
});
