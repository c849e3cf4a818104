/**
 * A benchmark page (ours.html, plain.html) fully drawn, then zoomed to `zoom` and drawn
 * there: where the canvas profilers (profile.ts, gestureEnd.ts) start their one gesture.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { waitFor } from './run';

export async function drawnAtZoom(page: Page, zoom: number, problems: string[]): Promise<void> {
  await waitFor(page, 'window.__canvasBench?.drawnAt != null', 120_000, 'never fully drawn', problems);
  await waitFor(page, 'window.__canvasBench.setViewport !== null', 10_000, 'no viewport', problems);
  await page.evaluate(`window.__canvasBench.zoomTo(${zoom})`);
  await waitFor(
    page,
    `Math.abs((window.__canvasBench.zoom() ?? 0) - ${zoom}) < 0.001 && window.__canvasBench.drawnNow() !== null`,
    120_000,
    'never drawn at that zoom',
    problems,
  );
}

/**
 * A new page of `context` at `url` (a benchmark page), with `css` added if given (a probe,
 * build/bench/canvas/probes/), fully drawn at `zoom`; `problems` gathers the page's errors.
 */
export async function openDrawnAtZoom(
  context: BrowserContext,
  url: string,
  zoom: number,
  css = '',
): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  if (css) await page.addStyleTag({ path: css });
  await drawnAtZoom(page, zoom, problems);
  return { page, problems };
}
