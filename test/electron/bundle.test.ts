/**
 * The built shell, run in Node against a fake `electron` (the real binary is not needed):
 * build/electron.build.ts produces the two bundles; the preload runs in a bare context
 * where only `electron` can be required, as in a sandboxed renderer; the main process is
 * started and its wiring checked: the scheme registered before ready, the protocol, the
 * IPC channels, a hardened window, the menu, and documents from the command line.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildElectron, checkBundles, ELECTRON_OUTPUTS, requiredModules } from '../../build/electron.build';
import { BRIDGE_FUNCTIONS } from '../../electron/bridge';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security/csp';
import { secureWebPreferences } from '../../electron/security';
import { CHANNELS } from '../../shared/ipc/contract';
import { createFakeElectron, type FakeElectron } from './fakeElectron';

const work = mkdtempSync(path.join(tmpdir(), 'powermap-bundle-'));
const outDir = path.join(work, 'dist', 'electron');
const rendererDir = path.join(work, 'dist', 'renderer');
const docs = path.join(work, 'docs');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  await buildElectron(outDir);
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Powermap</title>');
  mkdirSync(docs);
}, 60_000);

const nodeRequire = createRequire(import.meta.url);

/** Runs a CommonJS bundle with `electron` replaced by the fake, in this context or a bare one. */
function runBundle(file: string, electron: unknown, options: { bare?: boolean } = {}): void {
  const code = readFileSync(file, 'utf8');
  const source = `(function (exports, require, module, __filename, __dirname) {${code}\n})`;
  const require = (name: string): unknown => {
    if (name === 'electron') return electron;
    if (options.bare) throw new Error(`a sandboxed preload cannot require '${name}'`);
    return nodeRequire(name);
  };
  type Wrapper = (exports: unknown, require: unknown, module: unknown, filename: string, dirname: string) => void;
  const module = { exports: {} };
  const wrapper = options.bare
    ? (vm.runInNewContext(source, { console, setTimeout, clearTimeout, queueMicrotask }, { filename: file }) as Wrapper)
    : (vm.runInThisContext(source, { filename: file }) as Wrapper);
  wrapper.call(module.exports, module.exports, require, module, file, path.dirname(file));
}

describe('the bundles', () => {
  it('are two CommonJS files; the preload requires only electron, main also Node built-ins', async () => {
    await expect(checkBundles(outDir)).resolves.toBeUndefined();
    expect(requiredModules(readFileSync(path.join(outDir, ELECTRON_OUTPUTS.preload), 'utf8'))).toEqual(['electron']);
    const main = requiredModules(readFileSync(path.join(outDir, ELECTRON_OUTPUTS.main), 'utf8'));
    expect(main).toContain('electron');
    expect(main.filter((name) => name !== 'electron').every((name) => name.startsWith('node:'))).toBe(true);
  });

  it('fails the build check when the preload requires anything else', async () => {
    const broken = path.join(work, 'broken');
    mkdirSync(broken);
    writeFileSync(path.join(broken, ELECTRON_OUTPUTS.preload), 'require("electron");require("node:fs");');
    writeFileSync(path.join(broken, ELECTRON_OUTPUTS.main), 'require("electron");require("zod");');
    await expect(checkBundles(broken)).rejects.toThrow(
      /preload\.cjs requires 'node:fs'[\s\S]*main\.cjs requires 'zod'/,
    );
  });
});

describe('the preload, in a bare context where only electron can be required', () => {
  it('exposes window.powermap with the named functions only', () => {
    const fake = createFakeElectron();
    runBundle(path.join(outDir, ELECTRON_OUTPUTS.preload), fake.electron, { bare: true });
    const expose = fake.electron.contextBridge.exposeInMainWorld;
    expect(expose).toHaveBeenCalledTimes(1);
    const [key, api] = expose.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(key).toBe('powermap');
    expect(Object.keys(api).sort()).toEqual([...BRIDGE_FUNCTIONS].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(fake.electron.ipcRenderer.on).toHaveBeenCalledWith(CHANNELS.menuAction, expect.any(Function));
  });
});

describe('the main process', () => {
  let fake: FakeElectron;
  const scheme = () => fake.electron.protocol.registerSchemesAsPrivileged;

  beforeAll(async () => {
    mkdirSync(path.join(work, 'user-data'), { recursive: true });
    fake = createFakeElectron({ locale: 'zh-CN', userData: path.join(work, 'user-data') });
    const argv = process.argv;
    process.argv = ['electron', '.', path.join(docs, 'from-command-line.powermap'), '--inspect'];
    try {
      runBundle(path.join(outDir, ELECTRON_OUTPUTS.main), fake.electron);
    } finally {
      process.argv = argv;
    }
    // Before ready: only what must happen then.
    expect(scheme()).toHaveBeenCalledTimes(1);
    expect(fake.electron.protocol.handle).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    writeFileSync(path.join(docs, 'from-command-line.powermap'), '{"from":"argv"}');
    await fake.becomeReady();
    // The command-line document waits for the page, then the window is told to open it.
    const contents = fake.windows[0]!.webContents;
    expect(contents.send).not.toHaveBeenCalled();
    contents.finishLoad('app://powermap/index.html');
  });

  const window = () => fake.windows[0]!;
  const contents = () => window().webContents;
  const eventFromWindow = () => ({ sender: contents(), senderFrame: contents().mainFrame });
  const invoke = (channel: string, ...args: unknown[]) =>
    Promise.resolve().then((): unknown => fake.electron.ipcMain.handlers.get(channel)!(eventFromWindow(), ...args));

  it('registers app:// as a standard, secure scheme before ready, and turns on the sandbox', () => {
    const [schemes] = scheme().mock.calls[0] as unknown as [{ scheme: string; privileges: Record<string, boolean> }[]];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]!.scheme).toBe('app');
    expect(schemes[0]!.privileges).toMatchObject({ standard: true, secure: true });
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled();
    expect(fake.electron.app.requestSingleInstanceLock).toHaveBeenCalled();
  });

  it('serves dist/renderer through app:// with the CSP', async () => {
    const [name, handler] = fake.electron.protocol.handle.mock.calls[0] as unknown as [
      string,
      (request: Request) => Promise<Response>,
    ];
    expect(name).toBe('app');
    const response = await handler(new Request('app://powermap/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(await response.text()).toContain('<title>Powermap</title>');
    expect((await handler(new Request('app://powermap/%2e%2e/electron/main.cjs'))).status).toBe(404);
  });

  it('opens one hardened window on app://powermap/index.html, with the theme background', () => {
    expect(fake.windows).toHaveLength(1);
    const prefs = window().options['webPreferences'];
    expect(prefs).toEqual(secureWebPreferences(path.join(outDir, 'preload.cjs')));
    expect(window().options['backgroundColor']).toBe('#14181e');
    expect(window().loadURL).toHaveBeenCalledWith('app://powermap/index.html');
    expect(contents().openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const preventDefault = (): void => undefined;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let prevented = false;
    contents().emit('will-navigate', { url: 'https://evil.example/', preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(warn).toHaveBeenCalledWith('[powermap] blocked navigation: https://evil.example/');
    warn.mockRestore();
    prevented = false;
    contents().emit('will-navigate', { url: 'app://powermap/index.html', preventDefault });
    expect(prevented).toBe(false);
    window().emit('ready-to-show');
    expect(window().show).toHaveBeenCalled();
  });

  it('denies permissions and cancels remote requests', () => {
    const defaultSession = fake.electron.session.defaultSession;
    expect(defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    const [onBefore] = defaultSession.webRequest.onBeforeRequest.mock.calls[0] as unknown as [
      (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ];
    const answers: boolean[] = [];
    onBefore({ url: 'https://tracker.example/x.js' }, ({ cancel }) => answers.push(cancel));
    onBefore({ url: 'app://powermap/index.html' }, ({ cancel }) => answers.push(cancel));
    expect(answers).toEqual([true, false]);
  });

  it('builds the menu in the system language, and again when the renderer switches it', () => {
    const menus = fake.electron.Menu.buildFromTemplate.mock.calls;
    const labels = (template: unknown) => (template as { label?: string }[]).map((item) => item.label);
    expect(labels(menus.at(-1)![0])).toContain('文件');
    fake.electron.ipcMain.listeners.get(CHANNELS.setMenuLanguage)!(eventFromWindow(), 'en');
    expect(labels(menus.at(-1)![0])).toContain('File');
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(menus.length);
  });

  it('greys the menu entries the focused window’s screen does not handle, and again on focus', () => {
    type Item = { id?: string; enabled?: boolean; submenu?: Item[] };
    const enabled = (id: string) => {
      const template = fake.electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as Item[];
      const all = (items: Item[]): Item[] => items.flatMap((item) => [item, ...all(item.submenu ?? [])]);
      return all(template).find((item) => item.id === id)!.enabled !== false;
    };
    fake.electron.BrowserWindow.getFocusedWindow.mockReturnValue(window());
    try {
      fake.electron.ipcMain.listeners.get(CHANNELS.setMenuActions)!(eventFromWindow(), ['deal.library', 'deal.close']);
      expect(enabled('deal.close')).toBe(true);
      expect(enabled('pipeline.exportPack')).toBe(false);
      fake.electron.ipcMain.listeners.get(CHANNELS.setMenuActions)!(eventFromWindow(), ['pipeline.exportPack']);
      expect(enabled('deal.close')).toBe(false);
      expect(enabled('pipeline.exportPack')).toBe(true);
      // Another window (no word from it yet) takes the focus: everything is enabled again.
      fake.electron.BrowserWindow.getFocusedWindow.mockReturnValue(null);
      fake.electron.app.emit('browser-window-focus');
      expect(enabled('deal.close')).toBe(true);
    } finally {
      fake.electron.BrowserWindow.getFocusedWindow.mockReturnValue(null);
    }
  });

  it('handles the IPC channels of the contract', () => {
    expect([...fake.electron.ipcMain.handlers.keys()].sort()).toEqual(
      [
        CHANNELS.openDocument,
        CHANNELS.saveDocument,
        CHANNELS.systemInfo,
        CHANNELS.saveExport,
        CHANNELS.printToPdf,
        CHANNELS.admitTeamServer,
        CHANNELS.forgetTeamServer,
      ].sort(),
    );
    expect([...fake.electron.ipcMain.listeners.keys()]).toEqual([CHANNELS.setMenuLanguage, CHANNELS.setMenuActions]);
  });

  it('admits a team server: the next page gets it in its CSP, the filter lets it through, the list is stored', async () => {
    const [, handler] = fake.electron.protocol.handle.mock.calls[0] as unknown as [
      string,
      (request: Request) => Promise<Response>,
    ];
    const [onBefore] = fake.electron.session.defaultSession.webRequest.onBeforeRequest.mock.calls[0] as unknown as [
      (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ];
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      onBefore({ url }, ({ cancel }) => (answer = cancel));
      return answer;
    };
    expect(cancelled('http://127.0.0.1:4700/api/session')).toBe(true);
    await expect(invoke(CHANNELS.admitTeamServer, { server: 'file:///etc/passwd' })).resolves.toEqual({
      ok: false,
      reason: 'not-http',
    });
    await expect(invoke(CHANNELS.admitTeamServer, { server: 'http://127.0.0.1:4700/' })).resolves.toEqual({
      ok: true,
      origin: 'http://127.0.0.1:4700',
      reloadNeeded: true,
    });
    expect(cancelled('http://127.0.0.1:4700/api/session')).toBe(false);
    expect(cancelled('ws://127.0.0.1:4700/collab')).toBe(false);
    expect(cancelled('http://127.0.0.1:4701/api/session')).toBe(true);
    const page = await handler(new Request('app://powermap/'));
    expect(page.headers.get('content-security-policy')).toContain(
      "connect-src 'self' http://127.0.0.1:4700 ws://127.0.0.1:4700;",
    );
    const stored = JSON.parse(readFileSync(path.join(work, 'user-data', 'team-servers.json'), 'utf8')) as unknown;
    expect(stored).toEqual({ version: 1, origins: ['http://127.0.0.1:4700'] });

    await expect(invoke(CHANNELS.forgetTeamServer, { server: 'http://127.0.0.1:4700' })).resolves.toEqual({
      forgotten: true,
    });
    expect(cancelled('http://127.0.0.1:4700/api/session')).toBe(true);
    const after = await handler(new Request('app://powermap/'));
    expect(after.headers.get('content-security-policy')).toContain("connect-src 'self';");
  });

  it('tells the window about the command-line document once loaded, and hands it over on openDocument', async () => {
    expect(contents().send).toHaveBeenCalledWith(CHANNELS.menuAction, 'file.open');
    const opened = (await invoke(CHANNELS.openDocument)) as { path: string; text: string };
    expect(opened).toEqual({
      path: path.join(docs, 'from-command-line.powermap'),
      name: 'from-command-line.powermap',
      text: '{"from":"argv"}',
    });
    expect(fake.electron.dialog.showOpenDialog).not.toHaveBeenCalled();
    // Saving back to it needs no dialog: the main process handed that path out.
    expect(
      await invoke(CHANNELS.saveDocument, { path: opened.path, suggestedName: 'x.powermap', text: '{"v":2}' }),
    ).toEqual({
      path: opened.path,
    });
    expect(readFileSync(opened.path, 'utf8')).toBe('{"v":2}');
  });

  it('opens and saves through the dialogs, looked up when used (so tests can replace them)', async () => {
    const source = path.join(docs, 'chosen.powermap');
    writeFileSync(source, '{"chosen":true}');
    fake.electron.dialog.showOpenDialog = (() => Promise.resolve({ canceled: false, filePaths: [source] })) as never;
    expect(await invoke(CHANNELS.openDocument)).toMatchObject({ path: source, text: '{"chosen":true}' });
    const target = path.join(docs, 'saved');
    fake.electron.dialog.showSaveDialog = (() => Promise.resolve({ canceled: false, filePath: target })) as never;
    expect(await invoke(CHANNELS.saveDocument, { suggestedName: 'saved', text: '{"saved":true}' })).toEqual({
      path: `${target}.powermap`,
    });
    expect(readFileSync(`${target}.powermap`, 'utf8')).toBe('{"saved":true}');
    expect(await invoke(CHANNELS.systemInfo)).toEqual({
      locale: 'zh-CN',
      platform: process.platform,
      version: '0.1.0',
    });
  });

  it('refuses IPC from a page that is not the app', async () => {
    contents().mainFrame.url = 'https://evil.example/';
    try {
      await expect(invoke(CHANNELS.systemInfo)).rejects.toThrow('IPC refused');
    } finally {
      contents().mainFrame.url = 'app://powermap/index.html';
    }
  });

  it('hands documents from a second start to the window', async () => {
    const second = path.join(docs, 'second.powermap');
    writeFileSync(second, '{"second":true}');
    contents().send.mockClear();
    fake.electron.app.emit('second-instance', {}, ['electron', '.', 'second.powermap'], docs);
    expect(contents().send).toHaveBeenCalledWith(CHANNELS.menuAction, 'file.open');
    expect(window().focus).toHaveBeenCalled();
    expect(await invoke(CHANNELS.openDocument)).toMatchObject({ path: second, text: '{"second":true}' });
  });

  it('keeps the files opened and saved as recent files, and opens one chosen in File > Open Recent', async () => {
    const opened = path.join(docs, 'chosen.powermap');
    expect(fake.electron.app.addRecentDocument).toHaveBeenCalledWith(opened);
    await vi.waitFor(() => {
      const stored = JSON.parse(readFileSync(path.join(work, 'user-data', 'recent-files.json'), 'utf8')) as {
        paths: string[];
      };
      expect(stored.paths).toContain(opened);
    });
    const template = fake.electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as {
      submenu?: { id?: string; label?: string; submenu?: { label?: string; click?: () => void }[] }[];
    }[];
    const recent = template.flatMap((menu) => menu.submenu ?? []).find((item) => item.id === 'file.openRecent')!;
    const entry = recent.submenu!.find((item) => item.label?.startsWith('chosen.powermap'))!;
    contents().send.mockClear();
    entry.click!();
    await vi.waitFor(() => expect(contents().send).toHaveBeenCalledWith(CHANNELS.menuAction, 'file.open'));
    expect(await invoke(CHANNELS.openDocument)).toMatchObject({ path: opened, text: '{"chosen":true}' });
  });

  it('sends a chosen menu entry to the window', () => {
    contents().send.mockClear();
    const template = fake.electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as {
      submenu?: { id?: string; click?: () => void }[];
    }[];
    const save = template.flatMap((menu) => menu.submenu ?? []).find((item) => item.id === 'file.save')!;
    save.click!();
    expect(contents().send).toHaveBeenCalledWith(CHANNELS.menuAction, 'file.save');
  });

  it('follows the OS theme', () => {
    fake.electron.nativeTheme.shouldUseDarkColors = false;
    fake.electron.nativeTheme.emit('updated');
    expect(window().setBackgroundColor).toHaveBeenCalledWith('#f6f7f9');
  });
});
