/**
 * Importing contacts from a CRM's CSV export, end to end in Chromium: a GB18030 file with
 * Chinese headers and bad rows (an empty name, an attitude that cannot be read, a row
 * repeated) goes through the columns and the preview, is added to the map (the analysis
 * follows), and one Undo takes it all back; a UTF-8 file with a byte-order mark and
 * semicolons, imported twice, finds its own people as duplicates. The files are committed
 * fixtures (the GB18030 one made with iconv, since Node cannot encode GB18030).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { gapMessages, likelihood, newDeal } from './helpers';
import { axeViolations as violations } from './axe';

const GB18030_FILE = 'test/fixtures/contacts-gb18030.csv';
const UTF8_FILE = 'test/fixtures/contacts-utf8-bom.csv';

function importDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Import contacts from CSV' });
}

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Import contacts from CSV…' }).click();
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Step 1 of 3: Choose the file')).toBeVisible();
  return dialog;
}

/** The preview's row for a file row: [status, problems]. */
async function previewRow(dialog: Locator, row: number): Promise<[string, string]> {
  // `has` is matched inside each row, so it starts from the page, not the dialog.
  const cell = dialog.page().locator('td.ci-rownum', { hasText: new RegExp(`^${row}$`) });
  const tr = dialog.locator('tbody tr', { has: cell });
  return [await tr.locator('.ci-status').innerText(), await tr.locator('.ci-messages').innerText()];
}

function cards(page: Page): Locator {
  return page.locator('.react-flow__node');
}

/** Errors in the page, and any alert: text from the file must never run as markup. */
let errors: string[] = [];

test.beforeEach(({ page }) => {
  errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (d) => errors.push(`unexpected ${d.type()}: ${d.message()}`));
});

test.afterEach(() => {
  expect(errors).toEqual([]);
});

test('a client manager imports a GB18030 CRM export with Chinese headers, checks it, and undoes it in one step', async ({
  page,
}) => {
  await newDeal(page, '核心系统升级');
  const before = await likelihood(page);
  const gapsBefore = await gapMessages(page);

  const dialog = await openImport(page);
  expect(await violations(page)).toEqual([]);
  await dialog.getByLabel('CSV file').setInputFiles(GB18030_FILE);

  // Step 2: the columns, matched by their Chinese names; the phone number is left out.
  await expect(dialog.getByText('Step 2 of 3: Match the columns')).toBeVisible();
  await expect(dialog.getByText('“contacts-gb18030.csv”, data rows: 5')).toBeVisible();
  const encoding = dialog.getByLabel('Encoding');
  await expect(encoding).toHaveValue('gb18030');
  await expect(encoding.locator('option:checked')).toHaveText('GB18030 (GBK) (detected)');
  await expect(dialog.getByLabel('Separator')).toHaveValue(',');
  const field = (column: string) => dialog.getByLabel(`Field for column ${column}`, { exact: true });
  await expect(field('姓名')).toHaveValue('name');
  await expect(field('职务')).toHaveValue('title');
  await expect(field('部门')).toHaveValue('department');
  await expect(field('采购角色')).toHaveValue('roles');
  await expect(field('态度')).toHaveValue('attitude');
  await expect(field('联系频率')).toHaveValue('closeness');
  await expect(field('影响力')).toHaveValue('influence');
  await expect(field('手机')).toHaveValue('');
  await expect(field('备注')).toHaveValue('notes');
  const nameRow = dialog.locator('tbody tr', { has: page.getByRole('rowheader', { name: '姓名', exact: true }) });
  await expect(nameRow.locator('.ci-sample')).toHaveText(['李建', '王桑']);
  // Markup in a cell is shown as the characters it is.
  const titleRow = dialog.locator('tbody tr', { has: page.getByRole('rowheader', { name: '职务', exact: true }) });
  await expect(titleRow.locator('.ci-sample')).toHaveText(['科长', '<i>副总</i>']);
  await expect(dialog.locator('i')).toHaveCount(0);
  expect(await violations(page)).toEqual([]);

  // The wrong encoding garbles the headers: nothing is matched to the name, and the preview waits.
  await encoding.selectOption('utf-8');
  await expect(dialog.getByRole('alert')).toContainText('No column is matched to Name');
  await expect(dialog.getByRole('button', { name: 'Preview' })).toBeDisabled();
  await expect(dialog.getByText(/Some characters could not be read in UTF-8/)).toBeVisible();
  await encoding.selectOption('gb18030');
  await expect(field('姓名')).toHaveValue('name');
  await expect(dialog.getByRole('alert')).toHaveCount(0);

  // Two columns feeding one field are named, and fixed.
  await field('备注').selectOption({ label: 'Title' });
  await expect(dialog.getByRole('alert')).toHaveText(
    'Columns “职务”, “备注” all feed Title: keep one and set the others to “Do not import”.',
  );
  await expect(field('备注')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('button', { name: 'Preview' })).toBeDisabled();
  await field('备注').selectOption({ label: 'Notes' });
  await expect(dialog.getByRole('alert')).toHaveCount(0);

  // Step 3: the preview, each row with what happens to it and why.
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByText('Step 3 of 3: Check the rows')).toBeVisible();
  await expect(dialog.getByText('Step 3 of 3: Check the rows')).toBeFocused();
  await expect(dialog.locator('.ci-summary')).toHaveText('3 to add, 1 duplicate, 1 row with errors, 1 warning.');
  expect(await previewRow(dialog, 2)).toEqual(['Will be added', '']);
  expect(await previewRow(dialog, 3)).toEqual([
    'Will be added, with warnings',
    'Row 3, 态度: "很喜欢我们" is not one of: champion, supporter, neutral, opponent, blocker, unknown. Left as unknown.',
  ]);
  expect(await previewRow(dialog, 4)).toEqual([
    'Error, not imported',
    'Row 4, 姓名: the name is empty; this row is not imported.',
  ]);
  expect(await previewRow(dialog, 5)).toEqual(['Will be added', '']);
  expect(await previewRow(dialog, 6)).toEqual(['Duplicate, not added', '李建 (科长) repeats row 2; not added again.']);
  await dialog.getByLabel('Show').selectOption({ label: 'Rows with problems' });
  await expect(dialog.locator('tbody tr td.ci-rownum')).toHaveText(['3', '4', '6']);
  expect(await violations(page)).toEqual([]);

  // Back keeps the mapping; forward again plans the same.
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(field('态度')).toHaveValue('attitude');
  await dialog.getByRole('button', { name: 'Preview' }).click();

  await dialog.getByRole('button', { name: 'Add to the map (3)' }).click();
  await expect(dialog).toHaveCount(0);

  // The people are on the map, selected, and the analysis has taken them in.
  await expect(cards(page)).toHaveCount(3);
  for (const name of ['李建', '王桑', '张华']) await expect(cards(page).filter({ hasText: name })).toBeVisible();
  await expect(cards(page).filter({ hasText: '王桑' })).toContainText('<i>副总</i>');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(3);
  const toast = page.locator('.toast', {
    hasText: 'Added 3 people from “contacts-gb18030.csv”. Left out: duplicates 1, rows with errors 1.',
  });
  await expect(toast).toBeVisible();
  await expect.poll(() => likelihood(page)).toBe(37);
  expect(before).toBe(15);
  const gapsAfter = await gapMessages(page);
  expect(gapsAfter).not.toEqual(gapsBefore);
  expect(gapsAfter).toContain('We do not know where 王桑, a decision-maker, stands on us.');

  // The toast's Undo takes the whole import back at once…
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(cards(page)).toHaveCount(0);
  await expect.poll(() => likelihood(page)).toBe(before);
  // …and so does one Undo of the editor, after a Redo.
  const toolbar = page.locator('.toolbar');
  await toolbar.getByRole('button', { name: 'Redo' }).click();
  await expect(cards(page)).toHaveCount(3);
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(cards(page)).toHaveCount(0);
  // Only the import: the deal's name, typed before it, is still there.
  await expect(page.locator('.deal-name')).toHaveText('核心系统升级');
  await expect.poll(() => likelihood(page)).toBe(before);
});

test('a UTF-8 file with a byte-order mark and semicolons, imported twice, finds its people as duplicates', async ({
  page,
}) => {
  await newDeal(page, 'Core banking upgrade');
  // From the command palette this time.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Type a command' }).fill('Import contacts');
  await page.keyboard.press('Enter');
  let dialog = importDialog(page);
  await dialog.getByLabel('CSV file').setInputFiles(UTF8_FILE);
  await expect(dialog.getByLabel('Encoding').locator('option:checked')).toHaveText('UTF-8 with BOM (detected)');
  await expect(dialog.getByLabel('Separator')).toHaveValue(';');
  await expect(dialog.getByLabel('Field for column Full Name')).toHaveValue('name');
  await expect(dialog.getByLabel('Field for column E-mail')).toHaveValue('');
  await expect(dialog.getByLabel('Field for column Last contact')).toHaveValue('lastContact');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.locator('.ci-summary')).toHaveText('3 to add, 0 duplicates, 0 rows with errors, 1 warning.');
  expect(await previewRow(dialog, 4)).toEqual([
    'Will be added, with warnings',
    'Row 4, Last contact: "yesterday" is not a date (YYYY-MM-DD, YYYY/M/D or YYYY.M.D); left empty.',
  ]);
  await dialog.getByRole('button', { name: 'Add to the map (3)' }).click();
  await expect(cards(page)).toHaveCount(3);
  await expect(page.locator('.toast', { hasText: 'Added 3 people from “contacts-utf8-bom.csv”.' })).toBeVisible();

  // The same file again: everyone is already on the map, so nothing can be added.
  dialog = await openImport(page);
  await dialog.getByLabel('CSV file').setInputFiles(UTF8_FILE);
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.locator('.ci-summary')).toHaveText('0 to add, 3 duplicates, 0 rows with errors, 1 warning.');
  expect(await previewRow(dialog, 2)).toEqual([
    'Duplicate, not added',
    'Ann Lee (CFO) is already on the map; not added again.',
  ]);
  await expect(dialog.getByRole('alert')).toContainText('No row can be added');
  await expect(dialog.getByRole('button', { name: 'Add to the map (0)' })).toBeDisabled();
  // Escape cancels: nothing changes.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(cards(page)).toHaveCount(3);
});

test('a file over 10 MB is refused before it is read, and an empty file is named as such', async ({ page }) => {
  await newDeal(page, 'Big export');
  const dialog = await openImport(page);
  const input = dialog.getByLabel('CSV file');
  await input.setInputFiles({
    name: 'everything.csv',
    mimeType: 'text/csv',
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 'a'),
  });
  await expect(dialog.getByRole('alert')).toHaveText(
    '“everything.csv” is 10 MB; files over 10 MB are not imported. Export fewer rows or columns from the CRM.',
  );
  await input.setInputFiles({ name: 'header.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Title\r\n') });
  await expect(dialog.getByRole('alert')).toHaveText('“header.csv” has a header row but no contacts under it.');
  await expect(dialog.getByText('Step 1 of 3: Choose the file')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
});

test('a preview of 5,000 rows is capped, with the rows left counted (its speed is benchmarked: npm run bench)', async ({
  page,
}) => {
  await newDeal(page, 'Large account');
  const lines = ['Name,Title,Attitude'];
  for (let i = 1; i <= 5000; i++) lines.push(i === 4000 ? ',Clerk,neutral' : `Person ${i},Clerk,supporter`);
  const dialog = await openImport(page);
  await dialog
    .getByLabel('CSV file')
    .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.locator('.ci-summary')).toHaveText('4999 to add, 0 duplicates, 1 row with errors, 0 warnings.');
  await expect(dialog.locator('tbody tr')).toHaveCount(200);
  await expect(dialog.getByText('Not shown: 4800 more rows.')).toBeVisible();
  await dialog.getByLabel('Show').selectOption({ label: 'Rows with problems' });
  await expect(dialog.locator('tbody tr td.ci-rownum')).toHaveText(['4001']);
  // Back to the columns: leaving out the attitude gives a new preview.
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByLabel('Field for column Attitude').selectOption('');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.locator('.ci-summary')).toHaveText('4999 to add, 0 duplicates, 1 row with errors, 0 warnings.');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('in Chinese: the dialog, the columns and the problems speak Chinese', async ({ page }) => {
  await newDeal(page, '设备采购');
  await page.getByRole('button', { name: 'Switch language' }).click();
  await page.getByRole('button', { name: '从 CSV 导入联系人…' }).click();
  const dialog = page.getByRole('dialog', { name: '从 CSV 导入联系人' });
  await expect(dialog.getByText('第 1 步 (共 3 步): 选择文件')).toBeVisible();
  await dialog.getByLabel('CSV 文件').setInputFiles(GB18030_FILE);
  await expect(dialog.getByLabel('编码').locator('option:checked')).toHaveText('GB18030 (GBK) (自动识别)');
  await expect(dialog.getByLabel('“姓名”列对应的字段')).toHaveValue('name');
  await dialog.getByLabel('“姓名”列对应的字段').selectOption({ label: '不导入' });
  await expect(dialog.getByRole('alert')).toHaveText('没有列对应到姓名: 请选择存放每个人姓名的列。');
  await dialog.getByLabel('“姓名”列对应的字段').selectOption({ label: '姓名' });
  await dialog.getByRole('button', { name: '预览' }).click();
  await expect(dialog.locator('.ci-summary')).toHaveText('将添加 3 人，重复 1 行，有错误 1 行，提示 1 条。');
  expect(await previewRow(dialog, 4)).toEqual(['有错误, 不导入', '第 4 行, 姓名: 姓名为空, 此行不导入。']);
  expect(await violations(page)).toEqual([]);
  await dialog.getByRole('button', { name: '添加到关系图 (3)' }).click();
  await expect(page.locator('.toast', { hasText: '已从“contacts-gb18030.csv”添加 3 人。' })).toBeVisible();
  await expect(cards(page)).toHaveCount(3);
});
