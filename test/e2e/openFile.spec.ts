/**
 * Open (Ctrl+O) in the browser, from the library and from a deal. A file picker opens only
 * within about five seconds of a click or an ordinary key press, and Ctrl+O, a shortcut a
 * browser may keep for itself, does not always count as one. Then the picker cannot open;
 * the app says so and offers a button whose click opens it, in English and in Chinese.
 *
 * Playwright's own key presses and page scripts count as user activation, so the press
 * without it is a Ctrl+O dispatched by a timer once the page's activation has run out.
 */
import { expect, test, type Page } from '@playwright/test';
import { interceptFilePickers } from './helpers';

const FILE = {
  name: 'lab-systems.powermap',
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({
      format: 'powermap',
      version: 1,
      deal: { id: 'd-lab', name: 'Lab systems' },
      stakeholders: [{ id: 's-1', name: 'Gao Lin', attitude: 'supporter', position: { x: 0, y: 0 } }],
    }),
  ),
};

/** Chromium's transient user activation lasts five seconds; a little more, to be sure it ran out. */
const ACTIVATION_RUN_OUT_MS = 5_500;

/**
 * A Ctrl+O that carries no user activation: dispatched by a timer after the activation of the
 * call itself has run out. Resolves with whether the page had activation when it fired.
 */
async function pressCtrlOWithoutActivation(page: Page): Promise<boolean> {
  return page.evaluate(
    (delay) =>
      new Promise<boolean>((resolve) => {
        setTimeout(() => {
          const active = navigator.userActivation.isActive;
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'o', code: 'KeyO', ctrlKey: true, bubbles: true }));
          resolve(active);
        }, delay);
      }),
    ACTIVATION_RUN_OUT_MS,
  );
}

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('Ctrl+O without user activation offers “Choose file…”, whose click opens the picker, in the library and in a deal', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Deals', exact: true })).toBeVisible();
    let choosers = 0;
    page.on('filechooser', () => (choosers += 1));

    expect(await pressCtrlOWithoutActivation(page)).toBe(false);
    const prompt = page.getByRole('status').filter({ hasText: 'The file picker cannot open from that shortcut' });
    await expect(prompt).toBeVisible();
    expect(choosers).toBe(0);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      prompt.getByRole('button', { name: 'Choose file…' }).click(),
    ]);
    await chooser.setFiles(FILE);
    await expect(page).toHaveURL(/#\/deal\/d-lab$/);
    await expect(page.getByText('Imported “Lab systems”.')).toBeVisible();

    // A deal, freshly loaded: the same.
    await page.reload();
    await expect(page.locator('.react-flow__node')).toHaveCount(1);
    expect(await pressCtrlOWithoutActivation(page)).toBe(false);
    const again = page.getByRole('status').filter({ hasText: 'The file picker cannot open from that shortcut' });
    await expect(again).toBeVisible();
    const [second] = await Promise.all([
      page.waitForEvent('filechooser'),
      again.getByRole('button', { name: 'Choose file…' }).click(),
    ]);
    await second.setFiles(FILE);
    await expect(page.getByRole('dialog', { name: '“Lab systems” is already in the library' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('right after a click, Ctrl+O opens the picker at once, with no message', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Deals', exact: true }).click();
    await interceptFilePickers(page);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
    await chooser.setFiles(FILE);
    await expect(page).toHaveURL(/#\/deal\/d-lab$/);
    await expect(page.getByText('The file picker cannot open from that shortcut')).toHaveCount(0);
  });
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the message and its button are in Chinese', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: '项目', exact: true })).toBeVisible();
    expect(await pressCtrlOWithoutActivation(page)).toBe(false);
    const prompt = page.getByRole('status').filter({ hasText: '该快捷键无法打开文件选择窗口' });
    await expect(prompt).toBeVisible();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      prompt.getByRole('button', { name: '选择文件…' }).click(),
    ]);
    await chooser.setFiles(FILE);
    await expect(page).toHaveURL(/#\/deal\/d-lab$/);
  });
});
