/**
 * Saving exports over IPC: files the renderer made (CSV, Excel, PNG, ...) and PDFs printed
 * from the asking window's print view, written where the user chose in a save dialog.
 */
import path from 'node:path';
import {
  CHANNELS,
  PrintToPdfRequest,
  PrintToPdfResult,
  SaveExportRequest,
  SaveExportResult,
} from '../shared/ipc/contract';
import { exportFileName, EXPORT_FILTERS, withExportExtension } from './exportFiles';
import type { HandlerContext, IpcHandlers } from './ipcContext';
import { IpcRefusedError, parsePayload, type PdfOptions } from './ipcSender';

/** Where the user wants an export saved, with the extension of its kind; null when cancelled. */
async function askExportPath<W>(
  ctx: HandlerContext<W>,
  window: W,
  suggestedName: string,
  kind: keyof typeof EXPORT_FILTERS,
): Promise<string | null> {
  const chosen = await ctx.deps.dialog.showSaveDialog(window, {
    title: ctx.t('exportApp.dialog.saveTitle'),
    defaultPath: path.join(ctx.lastDirectory ?? ctx.deps.defaultDirectory(), exportFileName(suggestedName, kind)),
    filters: [{ name: ctx.t(EXPORT_FILTERS[kind]), extensions: [kind] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (chosen.canceled || !chosen.filePath) return null;
  const target = path.resolve(withExportExtension(chosen.filePath, kind));
  ctx.lastDirectory = path.dirname(target);
  return target;
}

const PDF_OPTIONS: PdfOptions = {
  landscape: true,
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  generateDocumentOutline: true,
};

export function exportHandlers<W>(ctx: HandlerContext<W>): Pick<IpcHandlers, 'saveExport' | 'printToPdf'> {
  return {
    async saveExport(event, payload) {
      const window = ctx.trustedWindow(event);
      const request = parsePayload(SaveExportRequest, payload, CHANNELS.saveExport);
      const target = await askExportPath(ctx, window, request.suggestedName, request.kind);
      if (target === null) return SaveExportResult.parse(null);
      await ctx.writeExplained(target, request.bytes);
      if (request.kind === 'powermap') ctx.deps.onDocumentPath?.(target);
      return SaveExportResult.parse({ path: target });
    },

    async printToPdf(event, payload) {
      const window = ctx.trustedWindow(event);
      const request = parsePayload(PrintToPdfRequest, payload, CHANNELS.printToPdf);
      const sender = event.sender;
      if (typeof sender.printToPDF !== 'function') throw new IpcRefusedError('IPC refused: the sender cannot print');
      // Printed first, while the window shows the print view; the dialog may take a while.
      const bytes = await sender.printToPDF({ ...PDF_OPTIONS });
      const target = await askExportPath(ctx, window, request.suggestedName, 'pdf');
      if (target === null) return PrintToPdfResult.parse(null);
      await ctx.writeExplained(target, bytes);
      return PrintToPdfResult.parse({ path: target });
    },
  };
}
