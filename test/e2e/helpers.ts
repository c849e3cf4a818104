import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export interface PersonSpec {
  readonly name: string;
  readonly level?: 'decision level' | 'managerial level' | 'operational level';
  readonly roles?: readonly string[];
  readonly attitude?: string;
  readonly closeness?: string;
}

/** The likelihood the analysis panel shows, as a number. */
export async function likelihood(page: Page): Promise<number> {
  const text = await page.locator('.pn-likelihood__value').innerText();
  return Number(text.replace('%', ''));
}

/** Every gap message the analysis panel lists. */
export async function gapMessages(page: Page): Promise<string[]> {
  return page.locator('.pn-gap__choose').allInnerTexts();
}

export async function newDeal(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New deal', exact: true }).click();
  await expect(page).toHaveURL(/#\/deal\//);
  const dealName = page.getByLabel('Deal name');
  await dealName.fill(name);
  await dealName.press('Tab');
  await expect(page.locator('.deal-name')).toHaveText(name);
}

/** Adds a person with the toolbar button and fills the inspector the way a user would. */
export async function addPerson(page: Page, person: PersonSpec): Promise<void> {
  await page.getByRole('button', { name: 'Add person', exact: true }).click();
  const name = page.getByLabel('Name', { exact: true });
  await name.fill(person.name);
  await name.press('Tab');
  if (person.level) await page.getByLabel('Level', { exact: true }).selectOption({ label: person.level });
  for (const role of person.roles ?? []) await page.getByRole('checkbox', { name: role, exact: true }).check();
  if (person.attitude) await page.getByLabel('Attitude toward us').selectOption({ label: person.attitude });
  if (person.closeness) await page.getByLabel('Contact', { exact: true }).selectOption({ label: person.closeness });
  await expect(page.locator('.react-flow__node', { hasText: person.name })).toBeVisible();
}

/**
 * Waits until every edit is on disk. The save of an edit starts at once and takes tens of
 * milliseconds; a reload in that window aborts the IndexedDB transaction in flight.
 */
export async function savedToDisk(page: Page): Promise<void> {
  await expect(page.locator('.save-status')).toHaveText('Saved');
}

export function card(page: Page, name: string) {
  return page.locator('.react-flow__node', { has: page.locator('.pm-card__name', { hasText: name }) });
}

/** Draws a line by dragging from one card's bottom handle to another card's top handle. */
export async function connect(page: Page, from: string, to: string, kind: string): Promise<void> {
  await page.getByLabel('New lines are').selectOption({ label: kind });
  const source = await card(page, from).locator('.react-flow__handle-bottom').boundingBox();
  const target = await card(page, to).locator('.react-flow__handle-top').boundingBox();
  if (!source || !target) throw new Error(`no handles for ${from} → ${to}`);
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Waits until no card moves any more (a layout or a zoom has finished). */
export async function settled(page: Page): Promise<void> {
  const boxes = () =>
    page.locator('.react-flow__node').evaluateAll((nodes) =>
      nodes
        .map((n) => {
          const r = n.getBoundingClientRect();
          return `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}`;
        })
        .join(';'),
    );
  let previous = '';
  await expect
    .poll(
      async () => {
        const now = await boxes();
        const still = now === previous;
        previous = now;
        return still;
      },
      { intervals: [150, 150, 250, 250, 500] },
    )
    .toBe(true);
}

/** Whether any two cards overlap on screen (they do until a layout spreads them out). */
export async function cardsOverlap(page: Page): Promise<boolean> {
  return page.locator('.react-flow__node').evaluateAll((nodes) => {
    const rects = nodes.map((n) => n.getBoundingClientRect());
    return rects.some((a, i) =>
      rects.some((b, j) => j > i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom),
    );
  });
}

/**
 * Has the page hand every file picker to the test from now on. Playwright turns the
 * interception on with a message it does not wait for, so a picker opened by a key press
 * sent right after `waitForEvent('filechooser')` can, on a loaded machine, open before the
 * interception and be cancelled unseen; intercepting before the press rules that out.
 */
export async function interceptFilePickers(page: Page): Promise<void> {
  page.on('filechooser', () => undefined);
  // A round trip through the page: the interception message was handled before it.
  await page.evaluate(() => undefined);
}

/** The course example, as a `.powermap` file: four people, 39%. */
export const COURSE_EXAMPLE_FILE = 'test/fixtures/seed-shortlisting.powermap.json';

/** Imports a `.powermap` file from the library (in either language) and waits for its deal to open. */
export async function importDealFile(page: Page, file: string): Promise<void> {
  await page.goto('/');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: /Import \.powermap file|导入 \.powermap 文件/ }).click(),
  ]);
  await chooser.setFiles(file);
  await expect(page).toHaveURL(/#\/deal\//);
}

/** Imports the course example from the library (in either language) and waits for its four cards. */
export async function importCourseExample(page: Page): Promise<void> {
  await importDealFile(page, COURSE_EXAMPLE_FILE);
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
}

/** The course example's map under another deal (its own id, name, value…), written as `<id>.powermap` in `dir`. */
export async function writeCourseExampleAs(
  dir: string,
  deal: { readonly id: string } & Record<string, unknown>,
): Promise<string> {
  const example = JSON.parse(await readFile(COURSE_EXAMPLE_FILE, 'utf8')) as { deal: Record<string, unknown> };
  const file = join(dir, `${deal.id}.powermap`);
  await writeFile(file, JSON.stringify({ ...example, deal: { ...example.deal, ...deal } }));
  return file;
}
