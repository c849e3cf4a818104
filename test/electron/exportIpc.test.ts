/**
 * The export handlers (saveExport, printToPdf) with fake windows, frames and dialogs and
 * real files in a temporary directory: who may ask, what may be sent, the dialog's filter
 * and name, the bytes on disk, and the recent files told about exported .powermap files.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIpcHandlers } from '../../electron/ipc';
import type { DialogLike, IpcDeps } from '../../electron/ipcContext';
import { IpcRefusedError, type SenderEvent } from '../../electron/ipcSender';
import { exportFileName, withExportExtension } from '../../electron/exportFiles';
import { PathGrants } from '../../electron/files';
import { MAX_EXPORT_BYTES } from '../../shared/ipc/contract';

interface FakeWindow {
  readonly name: string;
}
const OUR_WINDOW: FakeWindow = { name: 'main' };
const OUR_ID = 7;
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);

function eventFrom(url = 'app://powermap/index.html', id = OUR_ID, printToPDF = vi.fn(() => Promise.resolve(PDF))) {
  const main = { url, parent: null, frameTreeNodeId: 1, processId: 42 };
  const event: SenderEvent = { sender: { id, mainFrame: main, printToPDF }, senderFrame: main };
  return { event, printToPDF };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'powermap-export-ipc-'));
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
  const onDocumentPath = vi.fn();
  const deps: IpcDeps<FakeWindow> = {
    windowFor: (id) => (id === OUR_ID ? OUR_WINDOW : undefined),
    dialog,
    grants: new PathGrants(),
    takePendingFile: () => undefined,
    language: () => 'en',
    setLanguage: () => undefined,
    defaultDirectory: () => dir,
    systemInfo: () => ({ locale: 'en-US', platform: 'linux', version: '0.1.0' }),
    onDocumentPath,
    ...overrides,
  };
  return { handlers: createIpcHandlers(deps), dialog, onDocumentPath };
}

describe('saveExport', () => {
  it('asks with the kind’s filter and a safe name, then writes the bytes', async () => {
    const { handlers, dialog, onDocumentPath } = setup();
    const chosen = path.join(dir, 'map');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const result = await handlers.saveExport(eventFrom().event, {
      suggestedName: '../Big deal 2026-11-27.png',
      kind: 'png',
      bytes,
    });
    expect(result).toEqual({ path: `${chosen}.png` });
    expect([...readFileSync(`${chosen}.png`)]).toEqual([...bytes]);
    const [window, options] = dialog.showSaveDialog.mock.calls[0]!;
    expect(window).toBe(OUR_WINDOW);
    expect(options.filters).toEqual([{ name: 'PNG pictures', extensions: ['png'] }]);
    expect(options.defaultPath).toBe(path.join(dir, '_Big deal 2026-11-27.png'));
    expect(options.title).toBe('Save the export');
    expect(onDocumentPath).not.toHaveBeenCalled();
  });

  it('tells the recent files about an exported .powermap', async () => {
    const { handlers, dialog, onDocumentPath } = setup();
    const chosen = path.join(dir, 'copy.powermap');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    await handlers.saveExport(eventFrom().event, {
      suggestedName: 'copy.powermap',
      kind: 'powermap',
      bytes: new TextEncoder().encode('{}'),
    });
    expect(onDocumentPath).toHaveBeenCalledWith(chosen);
  });

  it('answers null and writes nothing when the dialog is cancelled', async () => {
    const { handlers } = setup();
    expect(
      await handlers.saveExport(eventFrom().event, { suggestedName: 'a.csv', kind: 'csv', bytes: new Uint8Array(1) }),
    ).toBeNull();
  });

  it.each([
    ['text instead of bytes', { suggestedName: 'a', kind: 'csv', bytes: 'a,b' }],
    ['an unknown kind', { suggestedName: 'a', kind: 'exe', bytes: new Uint8Array(1) }],
    ['the PDF (printed, not sent)', { suggestedName: 'a', kind: 'pdf', bytes: new Uint8Array(1) }],
    ['an empty name', { suggestedName: '', kind: 'csv', bytes: new Uint8Array(1) }],
    ['a path to write to', { suggestedName: 'a', kind: 'csv', bytes: new Uint8Array(1), path: '/etc/passwd' }],
    ['too many bytes', { suggestedName: 'a', kind: 'png', bytes: new Uint8Array(MAX_EXPORT_BYTES + 1) }],
  ])('refuses %s', async (_name, payload) => {
    const { handlers, dialog } = setup();
    await expect(handlers.saveExport(eventFrom().event, payload)).rejects.toThrow(IpcRefusedError);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses another origin', async () => {
    const { handlers } = setup();
    await expect(
      handlers.saveExport(eventFrom('https://evil.example/').event, {
        suggestedName: 'a',
        kind: 'csv',
        bytes: new Uint8Array(1),
      }),
    ).rejects.toThrow(IpcRefusedError);
  });
});

describe('printToPdf', () => {
  it('prints the sender’s page in A4 landscape, then asks where to save the PDF', async () => {
    const { handlers, dialog } = setup();
    const chosen = path.join(dir, 'sheet.pdf');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    const { event, printToPDF } = eventFrom();
    expect(await handlers.printToPdf(event, { suggestedName: '设备采购项目 2026-11-27.pdf' })).toEqual({
      path: chosen,
    });
    expect(printToPDF).toHaveBeenCalledWith({
      landscape: true,
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      generateDocumentOutline: true,
    });
    expect([...readFileSync(chosen)]).toEqual([...PDF]);
    const options = dialog.showSaveDialog.mock.calls[0]![1];
    expect(options.filters).toEqual([{ name: 'PDF documents', extensions: ['pdf'] }]);
    expect(options.defaultPath).toBe(path.join(dir, '设备采购项目 2026-11-27.pdf'));
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { handlers } = setup();
    expect(await handlers.printToPdf(eventFrom().event, { suggestedName: 'x' })).toBeNull();
    expect(existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  });

  it('refuses a sender that is not ours, and extra fields', async () => {
    const { handlers } = setup();
    const stranger = eventFrom('app://powermap/', 99);
    await expect(handlers.printToPdf(stranger.event, { suggestedName: 'x' })).rejects.toThrow(IpcRefusedError);
    expect(stranger.printToPDF).not.toHaveBeenCalled();
    await expect(handlers.printToPdf(eventFrom().event, { suggestedName: 'x', landscape: false })).rejects.toThrow(
      IpcRefusedError,
    );
  });
});

describe('the recent files', () => {
  it('are told of every .powermap opened or saved', async () => {
    const { handlers, dialog, onDocumentPath } = setup();
    const file = path.join(dir, 'deal.powermap');
    writeFileSync(file, '{}');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    await handlers.openDocument(eventFrom().event);
    expect(onDocumentPath).toHaveBeenLastCalledWith(file);
    const saved = path.join(dir, 'copy.powermap');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: saved });
    await handlers.saveDocument(eventFrom().event, { suggestedName: 'copy', text: '{}' });
    expect(onDocumentPath).toHaveBeenLastCalledWith(saved);
    expect(onDocumentPath).toHaveBeenCalledTimes(2);
  });
});

describe('export file names', () => {
  it('end in the kind’s extension, once', () => {
    expect(exportFileName('deal 2026-11-27.csv', 'csv')).toBe('deal 2026-11-27.csv');
    expect(exportFileName('deal', 'pptx')).toBe('deal.pptx');
    expect(exportFileName('...', 'svg')).toBe('export.svg');
    expect(withExportExtension('/a/b', 'png')).toBe('/a/b.png');
    expect(withExportExtension('/a/b.PNG', 'png')).toBe('/a/b.PNG');
    expect(withExportExtension('/a/b.txt', 'csv')).toBe('/a/b.txt.csv');
  });
});
