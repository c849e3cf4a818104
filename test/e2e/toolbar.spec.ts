/**
 * The toolbar in words: every button an icon with its name beside it where there is room,
 * the icon alone with a tooltip when narrow, the full name always its accessible name; the
 * what-if does not read as Help; save, import contacts and export do not look alike; the
 * icons take the text colour, so the dark theme draws them too.
 */
import { expect, test, type Page } from '@playwright/test';

const SEED = 'test/fixtures/seed-shortlisting.powermap.json';
const SHOTS = 'test-results/toolbar';

async function openSeed(page: Page): Promise<void> {
  await page.goto('/');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.library-tools button').nth(1).click(),
  ]);
  await chooser.setFiles(SEED);
  await page.waitForURL(/#\/deal\//);
  await page.locator('.react-flow__node').first().waitFor();
  for (const close of await page.locator('.toast-close').all()) await close.click();
}

/** Each toolbar button: accessible name, visible word (or '' when folded), whether it has an icon. */
async function buttons(page: Page) {
  return page.locator('.toolbar .tool[data-action]').evaluateAll((nodes) =>
    nodes.map((node) => {
      const word = node.querySelector<HTMLElement>('.tool__word');
      const icon = node.querySelector('svg');
      return {
        action: node.getAttribute('data-action'),
        name: node.getAttribute('aria-label') ?? '',
        title: node.getAttribute('title') ?? '',
        word: word && word.offsetWidth > 0 ? word.innerText : '',
        icon: icon !== null && icon.getBoundingClientRect().width > 0,
        iconStroke: icon ? getComputedStyle(icon).stroke : '',
        colour: getComputedStyle(node).color,
      };
    }),
  );
}

/** Whether every item of the toolbar stands in the first row. */
async function oneRow(page: Page): Promise<boolean> {
  return page.locator('.toolbar').evaluate((header) => {
    const items = [...header.children].map((item) => item.getBoundingClientRect());
    return items.every((item) => item.top < items[0]!.bottom - 1);
  });
}

const EN = {
  'edit.undo': ['Undo', 'Undo'],
  'edit.redo': ['Redo', 'Redo'],
  'map.addPerson': ['Add person', 'Add person'],
  'map.autoLayout': ['Arrange', 'Arrange as org chart'],
  'map.zoomToFit': ['Fit', 'Zoom to fit'],
  'view.map': ['Map', 'Map'],
  'view.grid': ['Grid', 'Stakeholder grid'],
  'view.history': ['History', 'History and comparison'],
  'whatIf.start': ['What-if', 'Try a what-if'],
  'history.snapshot': ['Snapshot', 'Take a snapshot…'],
  'file.save': ['Save', 'Save .powermap file'],
  'file.importCsv': ['Import contacts', 'Import contacts from CSV…'],
  'file.export': ['Export', 'Export…'],
} as const;

test.describe('the toolbar', () => {
  test('names every button in words beside an icon when wide, keeps the name and the tooltip when narrow', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 800 });
    await openSeed(page);
    expect(await oneRow(page)).toBe(true);
    const wide = await buttons(page);
    expect(wide.map((b) => b.action)).toEqual(Object.keys(EN));
    for (const button of wide) {
      const [word, name] = EN[button.action as keyof typeof EN];
      expect(button, button.action!).toMatchObject({ word, name, icon: true });
      // What is seen is part of what is said (WCAG 2.5.3, label in name).
      expect(name.toLowerCase()).toContain(word.toLowerCase());
    }
    // No glyph buttons left, and no "?" that reads as Help.
    await expect(page.locator('.toolbar button', { hasText: /^[?＋⊤⤢◇▦◷◉↓⇩⇪↶↷]$/ })).toHaveCount(0);
    expect(wide.find((b) => b.action === 'whatIf.start')!.name).not.toMatch(/help/i);
    // Save, import contacts and export: three different pictures and three different words.
    const files = await page
      .locator('.toolbar .tool[data-action^="file."] svg')
      .evaluateAll((svgs) => svgs.map((svg) => svg.innerHTML));
    expect(new Set(files).size).toBe(3);
    await page.locator('.toolbar').screenshot({ path: `${SHOTS}/toolbar-en-1920.png` });

    await page.setViewportSize({ width: 900, height: 800 });
    await expect.poll(async () => (await buttons(page)).every((b) => b.word === '')).toBe(true);
    const narrow = await buttons(page);
    for (const button of narrow) {
      const [, name] = EN[button.action as keyof typeof EN];
      expect(button, button.action!).toMatchObject({ word: '', name, icon: true });
    }
    expect(narrow.find((b) => b.action === 'file.export')!.title).toBe('Export… (Ctrl+E)');
    await page.locator('.toolbar').screenshot({ path: `${SHOTS}/toolbar-en-900.png` });
    // The accessible name survives folding: the button is still found by it.
    await page.getByRole('button', { name: 'Stakeholder grid' }).click();
    await expect(page.getByRole('button', { name: 'Stakeholder grid' })).toHaveAttribute('aria-pressed', 'true');

    // In between, the words fold a level at a time, the least needed first, and the toolbar keeps one row.
    await page.setViewportSize({ width: 1440, height: 800 });
    await expect.poll(async () => (await buttons(page)).filter((b) => b.word !== '').length).toBeGreaterThan(0);
    expect(await oneRow(page)).toBe(true);
    const shown = (await buttons(page)).filter((b) => b.word !== '').map((b) => b.action);
    expect(shown).toEqual(
      expect.arrayContaining(['map.addPerson', 'whatIf.start', 'file.save', 'file.importCsv', 'file.export']),
    );
    expect(shown).not.toContain('edit.undo');
    await page.locator('.toolbar').screenshot({ path: `${SHOTS}/toolbar-en-1440.png` });
  });

  test('draws its icons in the text colour, in the dark theme too, and in Chinese', async ({ browser }) => {
    for (const [locale, scheme, word] of [
      ['en-US', 'dark', 'What-if'],
      ['zh-CN', 'light', '假设分析'],
      ['zh-CN', 'dark', '假设分析'],
    ] as const) {
      const context = await browser.newContext({
        locale,
        colorScheme: scheme,
        viewport: { width: 1920, height: 800 },
      });
      const page = await context.newPage();
      await openSeed(page);
      const all = await buttons(page);
      for (const button of all) expect(button.iconStroke, `${locale} ${scheme} ${button.action}`).toBe(button.colour);
      expect(all.find((b) => b.action === 'whatIf.start')!.word).toBe(word);
      expect(await oneRow(page)).toBe(true);
      if (locale === 'zh-CN') {
        // The toolbar, the banner and the panel call the what-if by one name.
        await page.locator('.toolbar .tool[data-action="whatIf.start"]').click();
        await expect(page.locator('.what-if-banner')).toContainText('假设分析中');
        await expect(page.locator('.pn-whatif__status')).toContainText('假设分析中');
        await page.getByRole('button', { name: '放弃假设分析中的改动' }).click();
      }
      await page.locator('.toolbar').screenshot({ path: `${SHOTS}/toolbar-${locale}-${scheme}.png` });
      await page.screenshot({ path: `${SHOTS}/editor-${locale}-${scheme}.png` });
      await context.close();
    }
  });
});
