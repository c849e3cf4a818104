/**
 * The IPC handlers with fake windows, frames and dialogs and real files in a temporary
 * directory: who may ask (only the main frame of our windows on app://powermap), what may
 * be asked (the contract's schemas), and what the answers are.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, registerIpcHandlers, type IpcMainLike } from '../../electron/ipc';
import { safeFileName, withExtension } from '../../electron/documentIpc';
import type { DialogLike, IpcDeps } from '../../electron/ipcContext';
import { IpcRefusedError, verifySender, type FrameLike, type SenderEvent } from '../../electron/ipcSender';
import { PathGrants } from '../../electron/files';
import { PendingFiles } from '../../electron/launchFiles';
import { CHANNELS } from '../../shared/ipc/contract';
import type { Lang } from '../../shared/i18n';

// Compile-time: Electron's events carry everything the handlers read.
const _invokeFits = (event: IpcMainInvokeEvent): SenderEvent => event;
const _sendFits = (event: IpcMainEvent): SenderEvent => event;
void _invokeFits;
void _sendFits;

interface FakeWindow {
  readonly name: string;
}

const OUR_WINDOW: FakeWindow = { name: 'main' };
const OUR_ID = 7;

function frame(url: string, overrides: Partial<FrameLike> = {}): FrameLike {
  return { url, parent: null, frameTreeNodeId: 1, processId: 42, ...overrides };
}

/** An event from the main frame of webContents `id` showing `url`. */
function eventFrom(url = 'app://powermap/index.html', id = OUR_ID): SenderEvent {
  const main = frame(url);
  return { sender: { id, mainFrame: main }, senderFrame: main };
}

function subframeEvent(): SenderEvent {
  const main = frame('app://powermap/index.html');
  const child = frame('app://powermap/index.html', { parent: main, frameTreeNodeId: 2 });
  return { sender: { id: OUR_ID, mainFrame: main }, senderFrame: child };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'powermap-ipc-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup(overrides: Partial<IpcDeps<FakeWindow>> = {}) {
  const dialog = {
    showOpenDialog: vi.fn<DialogLike<FakeWindow>['showOpenDialog']>(() =>
      Promise.resolve({ canceled: true, filePaths: [] }),
    ),
    showSaveDialog: vi.fn<DialogLike<FakeWindow>['showSaveDialog']>(() =>
      Promise.resolve({ canceled: true, filePath: '' }),
    ),
  };
  const grants = new PathGrants();
  const pending = new PendingFiles();
  let lang: Lang = 'en';
  const setLanguage = vi.fn((next: Lang) => {
    lang = next;
  });
  const deps: IpcDeps<FakeWindow> = {
    windowFor: (id) => (id === OUR_ID ? OUR_WINDOW : undefined),
    dialog,
    grants,
    takePendingFile: (id) => pending.take(id),
    language: () => lang,
    setLanguage,
    defaultDirectory: () => dir,
    systemInfo: () => ({ locale: 'zh-CN', platform: 'linux', version: '0.1.0' }),
    ...overrides,
  };
  return { handlers: createIpcHandlers(deps), dialog, grants, pending, setLanguage };
}

const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('verifySender', () => {
  const ours = (id: number) => id === OUR_ID;

  it('accepts the main frame of one of our windows on app://powermap', () => {
    expect(() => verifySender(eventFrom(), ours)).not.toThrow();
    expect(() => verifySender(eventFrom('app://powermap/#/deal/3'), ours)).not.toThrow();
  });

  it.each([
    ['another origin', eventFrom('https://evil.example/')],
    ['a file: page', eventFrom('file:///tmp/evil.html')],
    ['another app:// host', eventFrom('app://evil/index.html')],
    ['about:blank', eventFrom('about:blank')],
    ['an unknown webContents', eventFrom('app://powermap/index.html', 99)],
    ['a subframe', subframeEvent()],
    ['a destroyed frame', { ...eventFrom(), senderFrame: null }],
    ['a detached frame', { ...eventFrom(), senderFrame: frame('app://powermap/', { detached: true }) }],
    [
      'a frame that is not the main frame of its webContents',
      {
        sender: { id: OUR_ID, mainFrame: frame('app://powermap/') },
        senderFrame: frame('app://powermap/', { processId: 9 }),
      },
    ],
  ])('refuses %s', (_name, event) => {
    expect(() => verifySender(event, ours)).toThrow(IpcRefusedError);
  });
});

describe('openDocument', () => {
  it('opens the file chosen in the dialog, grants its path and answers path, name and text', async () => {
    const file = write('deal.powermap', '{"version":1}');
    const { handlers, dialog, grants } = setup();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    const result = await handlers.openDocument(eventFrom());
    expect(result).toEqual({ path: file, name: 'deal.powermap', text: '{"version":1}' });
    expect(grants.has(file)).toBe(true);
    const [window, options] = dialog.showOpenDialog.mock.calls[0]!;
    expect(window).toBe(OUR_WINDOW);
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters).toEqual([
      { name: 'Powermap maps', extensions: ['powermap'] },
      { name: 'JSON files', extensions: ['json'] },
    ]);
    expect(options.title).toBe('Open a .powermap file');
  });

  it('words the dialog in the current language', async () => {
    const { handlers, dialog } = setup({ language: () => 'zh-CN' });
    await handlers.openDocument(eventFrom());
    expect(dialog.showOpenDialog.mock.calls[0]![1].title).toBe('打开 .powermap 文件');
  });

  it('answers null when the dialog is cancelled', async () => {
    const { handlers } = setup();
    expect(await handlers.openDocument(eventFrom(), {})).toBeNull();
  });

  it('takes a file handed over by the OS instead of asking', async () => {
    const file = write('from-os.powermap', '{}');
    const { handlers, dialog, pending, grants } = setup();
    pending.add(OUR_ID, file);
    expect(await handlers.openDocument(eventFrom())).toEqual({ path: file, name: 'from-os.powermap', text: '{}' });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(grants.has(file)).toBe(true);
  });

  it('refuses a file over 16 MiB with a clear message', async () => {
    const file = path.join(dir, 'big.powermap');
    writeFileSync(file, Buffer.alloc(17 * 1024 * 1024, 0x20));
    const { handlers, dialog, grants } = setup();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    await expect(handlers.openDocument(eventFrom())).rejects.toThrow(
      'The file “big.powermap” is 17 MB; Powermap opens files up to 16 MB.',
    );
    expect(grants.has(file)).toBe(false);
  });

  it('refuses a wrong sender before showing anything', async () => {
    const { handlers, dialog } = setup();
    await expect(handlers.openDocument(eventFrom('https://evil.example/'))).rejects.toThrow(IpcRefusedError);
    await expect(handlers.openDocument(subframeEvent())).rejects.toThrow(IpcRefusedError);
    await expect(handlers.openDocument(eventFrom('app://powermap/', 3))).rejects.toThrow(IpcRefusedError);
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it.each([[{ path: '/etc/passwd' }], ['x'], [42], [null], [[]]])('refuses the payload %j', async (payload) => {
    const { handlers, dialog } = setup();
    await expect(handlers.openDocument(eventFrom(), payload)).rejects.toThrow(IpcRefusedError);
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('saveDocument', () => {
  it('asks where to save, adds the extension, writes the file and grants its path', async () => {
    const { handlers, dialog, grants } = setup();
    const chosen = path.join(dir, 'Big bank deal');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    const result = await handlers.saveDocument(eventFrom(), { suggestedName: 'Big bank deal', text: '{"a":1}' });
    expect(result).toEqual({ path: `${chosen}.powermap` });
    expect(readFileSync(`${chosen}.powermap`, 'utf8')).toBe('{"a":1}');
    expect(grants.has(`${chosen}.powermap`)).toBe(true);
    const [window, options] = dialog.showSaveDialog.mock.calls[0]!;
    expect(window).toBe(OUR_WINDOW);
    expect(options.defaultPath).toBe(path.join(dir, 'Big bank deal.powermap'));
    expect(options.title).toBe('Save the .powermap file');
  });

  it('answers null and writes nothing when the dialog is cancelled', async () => {
    const { handlers } = setup();
    expect(await handlers.saveDocument(eventFrom(), { suggestedName: 'x.powermap', text: '{}' })).toBeNull();
  });

  it('writes without asking to a path it handed out earlier (opened, then saved again)', async () => {
    const file = write('deal.powermap', 'old');
    const { handlers, dialog } = setup();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    const opened = await handlers.openDocument(eventFrom());
    const saved = await handlers.saveDocument(eventFrom(), {
      path: opened!.path,
      suggestedName: 'deal.powermap',
      text: 'new',
    });
    expect(saved).toEqual({ path: file });
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('never writes to a path it did not hand out: the user is asked instead', async () => {
    const victim = write('victim.txt', 'precious');
    const { handlers, dialog } = setup();
    const result = await handlers.saveDocument(eventFrom(), {
      path: victim,
      suggestedName: 'deal.powermap',
      text: 'evil',
    });
    expect(result).toBeNull();
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(dialog.showSaveDialog).toHaveBeenCalledTimes(1);
    expect(dialog.showSaveDialog.mock.calls[0]![1].defaultPath).toBe(path.join(dir, 'deal.powermap'));
  });

  it('proposes a safe file name whatever the renderer suggests', async () => {
    const { handlers, dialog } = setup();
    await handlers.saveDocument(eventFrom(), { suggestedName: '../../etc/passwd', text: '{}' });
    const proposed = dialog.showSaveDialog.mock.calls[0]![1].defaultPath!;
    expect(path.dirname(proposed)).toBe(dir);
    expect(path.basename(proposed)).toBe('_.._etc_passwd.powermap');
  });

  it('words a write failure and leaves the file on disk as it was', async () => {
    const file = write('deal.powermap', 'old');
    const { handlers, dialog } = setup({
      writeFile: () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })),
    });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    await expect(handlers.saveDocument(eventFrom(), { suggestedName: 'deal', text: 'new' })).rejects.toThrow(
      'The file “deal.powermap” could not be saved (ENOSPC). The file on disk is unchanged.',
    );
    expect(readFileSync(file, 'utf8')).toBe('old');
  });

  it('refuses a wrong sender without asking or writing', async () => {
    const { handlers, dialog } = setup();
    const request = { suggestedName: 'deal.powermap', text: '{}' };
    await expect(handlers.saveDocument(eventFrom('https://evil.example/'), request)).rejects.toThrow(IpcRefusedError);
    await expect(handlers.saveDocument(subframeEvent(), request)).rejects.toThrow(IpcRefusedError);
    await expect(handlers.saveDocument(eventFrom('app://powermap/', 1), request)).rejects.toThrow(IpcRefusedError);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it.each([
    [undefined],
    [{}],
    [{ suggestedName: 'a.powermap' }],
    [{ suggestedName: '', text: '{}' }],
    [{ suggestedName: 'a'.repeat(256), text: '{}' }],
    [{ suggestedName: 'a.powermap', text: 42 }],
    [{ suggestedName: 'a.powermap', text: '{}', path: '' }],
    [{ suggestedName: 'a.powermap', text: '{}', extra: true }],
    [{ suggestedName: 'a.powermap', text: 'x'.repeat(16 * 1024 * 1024 + 1) }],
  ])('refuses the payload %#', async (payload) => {
    const { handlers, dialog } = setup();
    await expect(handlers.saveDocument(eventFrom(), payload)).rejects.toThrow(IpcRefusedError);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('systemInfo', () => {
  it('answers locale, platform and version to our window', () => {
    const { handlers } = setup();
    expect(handlers.systemInfo(eventFrom())).toEqual({ locale: 'zh-CN', platform: 'linux', version: '0.1.0' });
  });

  it('refuses a wrong sender', () => {
    const { handlers } = setup();
    expect(() => handlers.systemInfo(eventFrom('https://evil.example/'))).toThrow(IpcRefusedError);
  });

  it('validates its own answer', () => {
    const { handlers } = setup({ systemInfo: () => ({ locale: 'en', platform: 'linux' }) as never });
    expect(() => handlers.systemInfo(eventFrom())).toThrow();
  });
});

describe('setMenuLanguage', () => {
  it('switches the language', () => {
    const { handlers, setLanguage } = setup();
    handlers.setMenuLanguage(eventFrom(), 'zh-CN');
    expect(setLanguage).toHaveBeenCalledWith('zh-CN');
  });

  it('refuses other languages and wrong senders', () => {
    const { handlers, setLanguage } = setup();
    expect(() => handlers.setMenuLanguage(eventFrom(), 'fr')).toThrow(IpcRefusedError);
    expect(() => handlers.setMenuLanguage(eventFrom(), { lang: 'en' })).toThrow(IpcRefusedError);
    expect(() => handlers.setMenuLanguage(subframeEvent(), 'en')).toThrow(IpcRefusedError);
    expect(() => handlers.setMenuLanguage(eventFrom('https://evil.example/'), 'en')).toThrow(IpcRefusedError);
    expect(setLanguage).not.toHaveBeenCalled();
  });
});

describe('setMenuActions', () => {
  it('hands the window’s handled actions to the shell, and refuses bad lists and wrong senders', () => {
    const setMenuActions = vi.fn();
    const { handlers } = setup({ setMenuActions });
    handlers.setMenuActions(eventFrom(), ['deal.library', 'pipeline.exportCsv']);
    expect(setMenuActions).toHaveBeenCalledTimes(1);
    const [windowId, actions] = setMenuActions.mock.calls[0] as [unknown, unknown];
    expect(typeof windowId).toBe('number');
    expect(actions).toEqual(['deal.library', 'pipeline.exportCsv']);
    expect(() => handlers.setMenuActions(eventFrom(), ['nonsense'])).toThrow(IpcRefusedError);
    expect(() => handlers.setMenuActions(eventFrom(), 'deal.library')).toThrow(IpcRefusedError);
    expect(() => handlers.setMenuActions(subframeEvent(), [])).toThrow(IpcRefusedError);
    expect(() => handlers.setMenuActions(eventFrom('https://evil.example/'), [])).toThrow(IpcRefusedError);
    expect(setMenuActions).toHaveBeenCalledTimes(1);
  });
});

describe('registerIpcHandlers', () => {
  function fakeIpcMain() {
    const handled = new Map<string, (event: SenderEvent, ...args: unknown[]) => unknown>();
    const listened = new Map<string, (event: SenderEvent, ...args: unknown[]) => void>();
    const ipcMain: IpcMainLike = {
      handle: (channel, listener) => void handled.set(channel, listener),
      on: (channel, listener) => listened.set(channel, listener),
    };
    return { ipcMain, handled, listened };
  }

  it('handles the invoke channels and listens on the language channel, nothing else', () => {
    const { ipcMain, handled, listened } = fakeIpcMain();
    registerIpcHandlers(ipcMain, setup().handlers);
    expect([...handled.keys()].sort()).toEqual(
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
    expect([...listened.keys()]).toEqual([CHANNELS.setMenuLanguage, CHANNELS.setMenuActions]);
  });

  it('passes the payload through and refuses extra arguments', async () => {
    const { ipcMain, handled, listened } = fakeIpcMain();
    const { handlers, setLanguage } = setup();
    const onRefused = vi.fn();
    registerIpcHandlers(ipcMain, handlers, onRefused);
    expect(await handled.get(CHANNELS.systemInfo)!(eventFrom())).toMatchObject({ platform: 'linux' });
    expect(() => handled.get(CHANNELS.systemInfo)!(eventFrom(), 'extra')).toThrow(IpcRefusedError);
    await expect(
      Promise.resolve().then(() => handled.get(CHANNELS.openDocument)!(eventFrom(), {}, 'extra')),
    ).rejects.toThrow(IpcRefusedError);
    listened.get(CHANNELS.setMenuLanguage)!(eventFrom(), 'zh-CN');
    expect(setLanguage).toHaveBeenCalledWith('zh-CN');
    listened.get(CHANNELS.setMenuLanguage)!(eventFrom('https://evil.example/'), 'en');
    expect(setLanguage).toHaveBeenCalledTimes(1);
    expect(onRefused).toHaveBeenCalledWith(CHANNELS.setMenuLanguage, expect.any(IpcRefusedError));
  });
});

describe('file names', () => {
  it.each([
    ['Big bank deal', 'Big bank deal.powermap'],
    ['deal.powermap', 'deal.powermap'],
    ['deal.POWERMAP', 'deal.powermap'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j.powermap'],
    ['...', 'map.powermap'],
    ['.hidden', 'hidden.powermap'],
    ['  ', 'map.powermap'],
    ['line\nbreak', 'line_break.powermap'],
    ['李建的项目', '李建的项目.powermap'],
  ])('%j is proposed as %j', (suggested, expected) => {
    expect(safeFileName(suggested)).toBe(expected);
  });

  it('adds .powermap to a saved path without an extension only', () => {
    expect(withExtension('/x/deal')).toBe('/x/deal.powermap');
    expect(withExtension('/x/deal.powermap')).toBe('/x/deal.powermap');
    expect(withExtension('/x/deal.json')).toBe('/x/deal.json');
    expect(withExtension('/x/deal.v2')).toBe('/x/deal.v2.powermap');
    expect(existsSync(dir)).toBe(true);
  });
});
