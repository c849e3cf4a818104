/**
 * Importing a file whose deal is already in the library, end to end in Chromium: the
 * user imports a file, edits the deal, imports the same file again and replaces the map
 * (the edited map is kept as "Before import", and restoring it brings the edits back);
 * then imports it once more as a new deal, and both deals are in the library with their
 * own histories. Open (Ctrl+O) asks the same question; Cancel changes nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { addPerson, card, interceptFilePickers, savedToDisk } from './helpers';
import { axeViolations as violations } from './axe';

const DEAL = 'Imaging centre';

/** The file, as a colleague would send it: two people and one snapshot of their own. */
const FILE = {
  name: 'imaging-centre.powermap',
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({
      format: 'powermap',
      version: 1,
      deal: { id: 'd-imaging', name: DEAL },
      stakeholders: [
        { id: 's-1', name: 'Gao Lin', attitude: 'supporter', position: { x: 0, y: 0 } },
        { id: 's-2', name: 'Xu Fang', attitude: 'neutral', position: { x: 300, y: 0 } },
      ],
      history: [
        {
          id: 'h-file',
          takenAt: '2026-11-01T09:00:00+08:00',
          label: 'from the file',
          deal: { id: 'd-imaging', name: DEAL },
          stakeholders: [{ id: 's-1', name: 'Gao Lin', position: { x: 0, y: 0 } }],
        },
      ],
    }),
  ),
};

async function importFile(page: Page): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import .powermap file' }).click(),
  ]);
  await chooser.setFiles(FILE);
}

function versionLabels(page: Page) {
  return page.locator('.ph-version__label').allInnerTexts();
}

function dealRows(page: Page) {
  return page.getByRole('row').filter({ has: page.getByRole('button', { name: `Open ${DEAL}` }) });
}

test('a file imported over its deal replaces the map keeping the old one, or becomes a new deal', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  // First import: the deal is new, nothing to ask.
  await page.goto('/');
  await importFile(page);
  await expect(page).toHaveURL(/#\/deal\/d-imaging$/);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  // Work on it: one more person.
  await addPerson(page, { name: 'Local Edit', attitude: 'champion' });
  await savedToDisk(page);
  // Shortcuts are for the map, not for a text field: leave the inspector first (as below).
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } });

  // Open (Ctrl+O) the same file: the question comes; Cancel leaves the map as it is.
  await interceptFilePickers(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
  await chooser.setFiles(FILE);
  const question = page.getByRole('dialog', { name: `“${DEAL}” is already in the library` });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  await expect(page.locator('.react-flow__node')).toHaveCount(3);

  // Import it again from the library, and replace.
  await page.getByRole('button', { name: 'All deals' }).click();
  await importFile(page);
  await expect(question).toBeVisible();
  await expect(question).toContainText('The file “imaging-centre.powermap” holds a map of this deal.');
  expect(await violations(page)).toEqual([]);
  await question
    .getByRole('button', { name: new RegExp(`^Replace the map of “${DEAL}” The current map is kept`) })
    .click();
  await expect(
    page.locator('.toast', {
      hasText: `Replaced the map of “${DEAL}”. The previous map is kept as the snapshot “Before import”.`,
    }),
  ).toBeVisible();
  await expect(page).toHaveURL(/#\/deal\/d-imaging$/);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(card(page, 'Local Edit')).toHaveCount(0);

  // The timeline: the kept map, newest, and the file's own snapshot.
  await page.getByRole('button', { name: 'History and comparison' }).click();
  await expect.poll(() => versionLabels(page)).toEqual(['Current map', 'Before import', 'from the file']);
  // Restoring it brings the edited map back.
  await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: 'Restore “Before import”' }).click();
  await expect
    .poll(() => versionLabels(page))
    .toEqual(['Current map', 'Replaced by restoring “Before import”', 'Before import', 'from the file']);
  await page.keyboard.press('Control+1');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(card(page, 'Local Edit')).toHaveCount(1);
  await savedToDisk(page);

  // Once more, as a new deal: both are in the library.
  await page.getByRole('button', { name: 'All deals' }).click();
  await expect(dealRows(page)).toHaveCount(1);
  await importFile(page);
  await question.getByRole('button', { name: /^Import as a new deal/ }).click();
  await expect(page).toHaveURL(/#\/deal\/d-(?!imaging$)/);
  const newUrl = page.url();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await page.keyboard.press('Control+3');
  await expect.poll(() => versionLabels(page)).toEqual(['Current map', 'from the file']);
  // Its snapshot belongs to it: restoring it keeps this deal open and the other untouched.
  await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: 'Restore “from the file”' }).click();
  await expect
    .poll(() => versionLabels(page))
    .toEqual(['Current map', 'Replaced by restoring “from the file”', 'from the file']);
  await savedToDisk(page);
  expect(page.url()).toBe(newUrl);

  await page.getByRole('button', { name: 'All deals' }).click();
  await expect(dealRows(page)).toHaveCount(2);
  await page.goto('/#/deal/d-imaging');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await page.keyboard.press('Control+3');
  await expect
    .poll(() => versionLabels(page))
    .toEqual(['Current map', 'Replaced by restoring “Before import”', 'Before import', 'from the file']);

  expect(errors).toEqual([]);
});

test('Open over the deal being edited replaces its map in place, and the edits are kept in the snapshot', async ({
  page,
}) => {
  await page.goto('/');
  await importFile(page);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  // An edit still being saved when the file is opened must end up in "Before import".
  await addPerson(page, { name: 'Last Minute' });
  // Shortcuts are for the map, not for a text field: leave the inspector first.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } });

  await interceptFilePickers(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
  await chooser.setFiles(FILE);
  const question = page.getByRole('dialog', { name: `“${DEAL}” is already in the library` });
  await question.getByRole('button', { name: new RegExp(`^Replace the map of “${DEAL}”`) }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(card(page, 'Last Minute')).toHaveCount(0);

  // What is on disk is the replaced map, not the stale one the editor held.
  await savedToDisk(page);
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await page.keyboard.press('Control+3');
  await expect.poll(() => versionLabels(page)).toEqual(['Current map', 'Before import', 'from the file']);
  await page
    .getByRole('region', { name: 'Comparison' })
    .getByLabel('From')
    .selectOption({
      label: (
        await page
          .locator('option', { hasText: /^Before import · / })
          .first()
          .innerText()
      ).trim(),
    });
  await expect(page.locator('.ph-group--people .ph-change--removed')).toContainText('Last Minute');
});
