/**
 * Two builds of the pipeline view's benchmark page compared in the same conditions: each
 * folder (a `dist/bench-pipeline`, e.g. one built from main and copied away, and this
 * checkout's) is served on its own port (`no-store`), its origin's IndexedDB seeded once by
 * its own build's setup page (seed.html, not measured), and the pages are loaded in turn,
 * one of each per round, in one browser, so both see the same load on a shared machine.
 * Prints each build's first drawn (median, p95) and its median phase moments.
 *
 *   npx tsx build/bench/pipeline/compare.ts BEFORE_DIR AFTER_DIR [--runs 10] [--ports 9350,9351]
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { describePhases, pagePhases, type Phase } from './phases';
import { openBenchBrowser, seedOrigin } from './seeded';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** A static server over one folder, on 127.0.0.1 only. */
function serve(dir: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    stat(file).then(
      (info) => {
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-length': info.size,
          'cache-control': 'no-store',
        });
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const [before, after] = process.argv.slice(2, 4);
if (!before || !after) throw new Error('usage: compare.ts BEFORE_DIR AFTER_DIR [--runs 10] [--ports 9350,9351]');
const runs = Number(option('--runs', '10'));
const ports = option('--ports', '9350,9351').split(',').map(Number);
const builds = [
  { name: 'before', dir: before, port: ports[0] ?? 9350 },
  { name: 'after', dir: after, port: ports[1] ?? 9351 },
];
const servers = await Promise.all(builds.map((b) => serve(b.dir, b.port)));
const browser = await openBenchBrowser();
const drawn = builds.map(() => [] as number[]);
const phases = builds.map(() => [] as Partial<Record<Phase, number>>[]);
try {
  for (const b of builds) await seedOrigin(browser.context, `http://127.0.0.1:${b.port}`);
  for (let run = 0; run < runs; run++) {
    for (const [i, b] of builds.entries()) {
      const page = await browser.context.newPage();
      page.setDefaultTimeout(60_000);
      await page.goto(`http://127.0.0.1:${b.port}/index.html`);
      await page.waitForFunction('window.__PIPELINE_DRAWN__ !== undefined');
      await page.waitForTimeout(300);
      drawn[i]?.push(await page.evaluate<number>('window.__PIPELINE_DRAWN__'));
      phases[i]?.push(await pagePhases(page));
      await page.close();
    }
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
}
for (const [i, b] of builds.entries()) {
  const sorted = [...(drawn[i] ?? [])].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  console.log(`${b.name} (${b.dir}): first drawn median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms`);
  console.log(describePhases(phases[i] ?? []));
}
