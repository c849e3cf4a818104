/**
 * The desktop shell, end to end in real Electron: the window is isolated and sandboxed
 * and exposes only the named bridge functions, navigation away from the app is blocked,
 * and a .powermap file goes through open and save with the dialogs stubbed in the main
 * process. Skipped, with the reason, where the Electron binary or a display is missing.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { PowermapBridge } from '../../shared/ipc/contract';
import { findElectronBinary, missingDisplay } from './electronBinary';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = path.join(ROOT, 'dist/electron/main.cjs');
const RENDERER_INDEX = path.join(ROOT, 'dist/renderer/index.html');
const SEED = path.join(ROOT, 'test/fixtures/seed-shortlisting.powermap.json');

const binary = findElectronBinary();
const skipReason = binary.found ? missingDisplay() : binary.reason;
if (skipReason) console.warn(`[e2e-electron] skipping the Electron tests: ${skipReason}`);

/** `window` of the page, as the renderer sees it (the root tsconfig has no DOM types). */
type PageWindow = typeof globalThis & {
  powermap: PowermapBridge;
  require?: unknown;
  location: { href: string };
  open(url: string): unknown;
};

let app: ElectronApplication;
let page: Page;
let work: string;

test.describe('the desktop shell', () => {
  test.skip(skipReason !== undefined, skipReason ?? '');

  test.beforeEach(async () => {
    for (const built of [MAIN, RENDERER_INDEX]) {
      if (!existsSync(built)) throw new Error(`${path.relative(ROOT, built)} is missing: run \`npm run build\` first.`);
    }
    work = mkdtempSync(path.join(tmpdir(), 'powermap-e2e-electron-'));
    const executablePath = binary.found ? binary.executablePath : '';
    app = await electron.launch({
      executablePath,
      // Chromium refuses to start as root without --no-sandbox (CI containers); the
      // renderer is still sandboxed by Electron (no Node, limited preload).
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), MAIN],
      env: { ...process.env, POWERMAP_USER_DATA_DIR: path.join(work, 'user-data') },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterEach(async () => {
    await app?.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('the window is isolated and sandboxed, and exposes only the named bridge functions', async () => {
    expect(page.url()).toMatch(/^app:\/\/powermap\//);
    const seen = await page.evaluate(() => {
      const w = globalThis as PageWindow;
      return {
        require: typeof w.require,
        process: typeof (globalThis as { process?: unknown }).process,
        module: typeof (globalThis as { module?: unknown }).module,
        bridge: Object.keys(w.powermap).sort(),
        types: Object.values(w.powermap).map((value) => typeof value),
        ipcRenderer: 'ipcRenderer' in w.powermap || 'invoke' in w.powermap || 'send' in w.powermap,
      };
    });
    expect(seen).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      bridge: [
        'onMenuAction',
        'openDocument',
        'printToPdf',
        'saveDocument',
        'saveExport',
        'setMenuLanguage',
        'systemInfo',
      ],
      types: Array(7).fill('function'),
      ipcRenderer: false,
    });
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      // getLastWebPreferences is how Electron's own security warnings read them; it is not in the typings.
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
        getLastWebPreferences(): Record<string, unknown>;
      };
      const last = contents.getLastWebPreferences();
      return {
        contextIsolation: last.contextIsolation,
        sandbox: last.sandbox,
        nodeIntegration: last.nodeIntegration,
        webviewTag: last.webviewTag,
        webSecurity: last.webSecurity,
      };
    });
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
    });
  });

  test('pages are served with the CSP header', async () => {
    const csp = await page.evaluate(async () =>
      (await fetch('app://powermap/')).headers.get('content-security-policy'),
    );
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
  });

  test('navigation to an external URL is blocked, and new windows are denied', async () => {
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as { openedExternally?: string[] }).openedExternally = opened;
      shell.openExternal = (url: string) => {
        opened.push(url);
        return Promise.resolve();
      };
    });
    await page.evaluate(() => {
      (globalThis as PageWindow).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/powermap\//);

    const popup = await page.evaluate(() => (globalThis as PageWindow).open('https://example.com/docs') === null);
    expect(popup).toBe(true);
    await page.waitForTimeout(200);
    expect(app.windows()).toHaveLength(1);
    expect(await app.evaluate(() => (globalThis as { openedExternally?: string[] }).openedExternally ?? [])).toEqual([
      'https://example.com/docs',
    ]);
  });

  test('a .powermap file goes through open and save, with the dialogs stubbed', async () => {
    const source = path.join(work, 'seed.powermap');
    copyFileSync(SEED, source);
    const savedAs = path.join(work, 'saved-copy.powermap');
    const original = readFileSync(source, 'utf8');

    await app.evaluate(
      ({ dialog }, paths) => {
        const calls: string[] = [];
        (globalThis as { dialogCalls?: string[] }).dialogCalls = calls;
        dialog.showOpenDialog = () => {
          calls.push('open');
          return Promise.resolve({ canceled: false, filePaths: [paths.source] });
        };
        dialog.showSaveDialog = () => {
          calls.push('save');
          return Promise.resolve({ canceled: false, filePath: paths.savedAs });
        };
      },
      { source, savedAs },
    );

    const opened = await page.evaluate(() => (globalThis as PageWindow).powermap.openDocument());
    expect(opened).toEqual({ path: source, name: 'seed.powermap', text: original });

    // Save as: the dialog chooses the place.
    const saved = await page.evaluate(
      (text) => (globalThis as PageWindow).powermap.saveDocument({ suggestedName: 'copy.powermap', text }),
      original,
    );
    expect(saved).toEqual({ path: savedAs });
    expect(readFileSync(savedAs, 'utf8')).toBe(original);

    // Save again to the opened file: no dialog, written in place.
    const changed = `${original.trimEnd()}\n\n`;
    const again = await page.evaluate(
      ({ filePath, text }) =>
        (globalThis as PageWindow).powermap.saveDocument({ path: filePath, suggestedName: 'seed.powermap', text }),
      { filePath: source, text: changed },
    );
    expect(again).toEqual({ path: source });
    expect(readFileSync(source, 'utf8')).toBe(changed);
    expect(await app.evaluate(() => (globalThis as { dialogCalls?: string[] }).dialogCalls)).toEqual(['open', 'save']);

    // A path the main process never handed out is not written: the user is asked instead.
    await app.evaluate(({ dialog }) => {
      dialog.showSaveDialog = () => Promise.resolve({ canceled: true, filePath: '' });
    });
    const elsewhere = path.join(work, 'never-granted.powermap');
    const refused = await page.evaluate(
      (filePath) =>
        (globalThis as PageWindow).powermap.saveDocument({ path: filePath, suggestedName: 'x.powermap', text: '{}' }),
      elsewhere,
    );
    expect(refused).toBeNull();
    expect(existsSync(elsewhere)).toBe(false);
  });
});
