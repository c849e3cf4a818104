/**
 * A card's texts that surely fit are drawn without their ellipsis's clip (shared/mapLayout/
 * cardWhole.ts, canvas.css `.pm-whole`): in Chromium, none of them overflows its box, and a
 * long name, title or owner still ends with the ellipsis.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { COURSE_EXAMPLE_FILE, importDealFile, settled } from './helpers';

const LONG_NAME = 'Maximilian Alexander von Oberwasser-Hohenstein';
const LONG_CHINESE = '中华人民共和国国家发展和改革委员会主任';

/** The course example with short and long names, titles and owners, Latin and Chinese. */
function writeMixedMap(dir: string): string {
  const example = JSON.parse(readFileSync(COURSE_EXAMPLE_FILE, 'utf8')) as {
    deal: Record<string, unknown>;
    team: Record<string, unknown>[];
    stakeholders: Record<string, unknown>[];
  };
  const looks = [
    { name: '张华', title: '采购', department: '设备科', ownerId: 't-1' },
    { name: 'Wang Wei', title: 'Head of equipment', department: 'IT', ownerId: 't-2' },
    {
      name: LONG_NAME,
      title: 'Deputy general manager for regional operations',
      department: 'Operations',
      ownerId: 't-3',
    },
    { name: LONG_CHINESE, title: '国家发展和改革委员会办公厅副主任', department: '办公厅', ownerId: 't-1' },
  ];
  const doc = {
    ...example,
    deal: { ...example.deal, id: 'card-texts', name: 'Card texts' },
    team: [
      { id: 't-1', name: '李娜', role: 'client manager' },
      { id: 't-2', name: 'Li Na', role: 'client manager' },
      { id: 't-3', name: 'Bartholomew Fitzgerald-Worthington', role: 'solution architect' },
    ],
    stakeholders: example.stakeholders.map((person, i) => ({ ...person, ...looks[i] })),
  };
  const file = path.join(dir, 'card-texts.powermap');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

/** The texts matched by `selector`, whether they have `wholeClass`, and how they are laid out and clipped. */
async function textsOf(page: Page, selector: string, wholeClass: string) {
  return page.locator(selector).evaluateAll(
    (elements, whole) =>
      elements.map((element) => {
        const style = getComputedStyle(element);
        return {
          text: element.textContent ?? '',
          whole: element.classList.contains(whole),
          overflow: style.overflowX,
          ellipsis: style.textOverflow === 'ellipsis',
          scrollWidth: element.scrollWidth,
          clientWidth: element.clientWidth,
        };
      }),
    wholeClass,
  );
}

test('texts drawn without the clip fit their box, long ones keep their ellipsis, and enlarged names their clip', async ({
  page,
}) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'powermap-card-texts-'));
  try {
    await importDealFile(page, writeMixedMap(dir));
    await expect(page.locator('.react-flow__node')).toHaveCount(4);
    await settled(page);
    const texts = await textsOf(page, '.pm-card__name, .pm-card__sub, .pm-owner__name', 'pm-whole');
    const whole = texts.filter((text) => text.whole);
    const clipped = texts.filter((text) => !text.whole);
    // Short texts, Latin and Chinese, go without the clip, and none of them overflows.
    expect(whole.map((text) => text.text)).toEqual(
      expect.arrayContaining(['张华', 'Wang Wei', '采购 · 设备科', 'Head of equipment · IT', '李娜', 'Li Na']),
    );
    for (const text of whole) {
      expect(text.overflow, text.text).toBe('visible');
      expect(text.scrollWidth, text.text).toBeLessThanOrEqual(text.clientWidth);
    }
    // Long ones keep the clip and overflow it, so they end with the ellipsis.
    expect(clipped.map((text) => text.text)).toEqual(
      expect.arrayContaining([LONG_NAME, LONG_CHINESE, 'Bartholomew Fitzgerald-Worthington']),
    );
    for (const text of clipped.filter((each) => [LONG_NAME, LONG_CHINESE].includes(each.text))) {
      expect(text.overflow, text.text).toBe('hidden');
      expect(text.ellipsis, text.text).toBe(true);
      expect(text.scrollWidth, text.text).toBeGreaterThan(text.clientWidth);
    }

    // At the names level the name is enlarged in a line box that cuts its descenders: every
    // name keeps the clip there, which draws them as before.
    for (let i = 0; i < 20 && !(await page.locator('.pm-canvas--far').count()); i++) {
      await page.locator('.react-flow__controls-zoomout').click();
    }
    await expect(page.locator('.pm-canvas')).toHaveClass(/pm-canvas--far/);
    const names = await textsOf(page, '.pm-card__name', 'pm-whole');
    expect(names.filter((name) => name.whole).length).toBeGreaterThan(0);
    for (const name of names) expect(name.overflow, name.text).toBe('hidden');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
