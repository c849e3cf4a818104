/**
 * Opening and saving .powermap documents over IPC. A document is read from a file the OS
 * handed over or the user chose, and written back only to a path this process handed out
 * (PathGrants) or one the user chose in a save dialog.
 */
import path from 'node:path';
import {
  CHANNELS,
  OpenDocumentRequest,
  OpenDocumentResult,
  SaveDocumentRequest,
  SaveDocumentResult,
} from '../shared/ipc/contract';
import type { HandlerContext, IpcHandlers } from './ipcContext';
import { parsePayload } from './ipcSender';

const EXTENSION = '.powermap';

/** A file name safe to propose in a save dialog: no folders, no control characters, ending in .powermap. */
export function safeFileName(suggested: string): string {
  // eslint-disable-next-line no-control-regex
  let name = suggested.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_').trim();
  name = name.replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (name.toLowerCase().endsWith(EXTENSION)) name = name.slice(0, -EXTENSION.length).replace(/[. ]+$/, '');
  if (name === '') name = 'map';
  return `${name.slice(0, 200)}${EXTENSION}`;
}

/** What a save dialog returned, with the extension added when the user typed none (GTK does not add it). */
export function withExtension(filePath: string): string {
  const ext = path.extname(filePath).toLowerCase();
  return ext === EXTENSION || ext === '.json' ? filePath : `${filePath}${EXTENSION}`;
}

function documentFilters<W>(ctx: HandlerContext<W>) {
  return [
    { name: ctx.t('desktop.filter.powermap'), extensions: ['powermap'] },
    { name: ctx.t('desktop.filter.json'), extensions: ['json'] },
  ];
}

/** The document the user chose to open; undefined when cancelled. */
async function askOpenPath<W>(ctx: HandlerContext<W>, window: W): Promise<string | undefined> {
  const chosen = await ctx.deps.dialog.showOpenDialog(window, {
    title: ctx.t('desktop.dialog.openTitle'),
    properties: ['openFile'],
    filters: documentFilters(ctx),
    ...(ctx.lastDirectory ? { defaultPath: ctx.lastDirectory } : {}),
  });
  if (chosen.canceled || chosen.filePaths.length === 0) return undefined;
  return chosen.filePaths[0]!;
}

/** Where the user chose to save the document, with its extension; null when cancelled. */
async function askSavePath<W>(ctx: HandlerContext<W>, window: W, suggestedName: string): Promise<string | null> {
  const chosen = await ctx.deps.dialog.showSaveDialog(window, {
    title: ctx.t('desktop.dialog.saveTitle'),
    defaultPath: path.join(ctx.lastDirectory ?? ctx.deps.defaultDirectory(), safeFileName(suggestedName)),
    filters: documentFilters(ctx),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (chosen.canceled || !chosen.filePath) return null;
  return path.resolve(withExtension(chosen.filePath));
}

/** A path this process handed out, or else where the user chooses; null when cancelled. */
async function saveTarget<W>(ctx: HandlerContext<W>, window: W, request: SaveDocumentRequest): Promise<string | null> {
  if (request.path !== undefined && ctx.deps.grants.has(request.path)) return path.resolve(request.path);
  // No path, or one this process never handed out: only the user may choose where to write.
  return askSavePath(ctx, window, request.suggestedName);
}

/** The path is now the window's to save to again, the next dialog starts beside it, and it is recent. */
function grantDocument<W>(ctx: HandlerContext<W>, filePath: string): string {
  const granted = ctx.deps.grants.grant(filePath);
  ctx.lastDirectory = path.dirname(granted);
  ctx.deps.onDocumentPath?.(granted);
  return granted;
}

export function documentHandlers<W>(ctx: HandlerContext<W>): Pick<IpcHandlers, 'openDocument' | 'saveDocument'> {
  return {
    async openDocument(event, payload) {
      const window = ctx.trustedWindow(event);
      parsePayload(OpenDocumentRequest, payload, CHANNELS.openDocument);
      const filePath = ctx.deps.takePendingFile(event.sender.id) ?? (await askOpenPath(ctx, window));
      if (filePath === undefined) return OpenDocumentResult.parse(null);
      const resolved = path.resolve(filePath);
      const text = await ctx.readFile(resolved, ctx.deps.language());
      const granted = grantDocument(ctx, resolved);
      return OpenDocumentResult.parse({ path: granted, name: path.basename(granted), text });
    },

    async saveDocument(event, payload) {
      const window = ctx.trustedWindow(event);
      const request = parsePayload(SaveDocumentRequest, payload, CHANNELS.saveDocument);
      const target = await saveTarget(ctx, window, request);
      if (target === null) return SaveDocumentResult.parse(null);
      await ctx.writeExplained(target, request.text);
      return SaveDocumentResult.parse({ path: grantDocument(ctx, target) });
    },
  };
}
