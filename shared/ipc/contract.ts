/**
 * The contract between the desktop shell and the renderer: fixed channel names, and zod
 * schemas for every payload in both directions. The main process validates what the
 * renderer sends before acting; the renderer validates what comes back. Channels carry
 * plain data, never functions or objects with behaviour.
 */
import * as z from 'zod';
import { ACTION_IDS } from '../actions/catalog';

export const CHANNELS = {
  openDocument: 'powermap:open-document',
  saveDocument: 'powermap:save-document',
  systemInfo: 'powermap:system-info',
  menuAction: 'powermap:menu-action',
  setMenuLanguage: 'powermap:set-menu-language',
  setMenuActions: 'powermap:set-menu-actions',
  saveExport: 'powermap:save-export',
  printToPdf: 'powermap:print-to-pdf',
  admitTeamServer: 'powermap:admit-team-server',
  forgetTeamServer: 'powermap:forget-team-server',
} as const;

/** 16 MiB, as for documents (shared/document/json.ts): nothing larger crosses the bridge. */
const MAX_TEXT = 16 * 1024 * 1024;

export const OpenDocumentRequest = z.strictObject({}).optional();
export const OpenDocumentResult = z.union([
  z.null(),
  z.strictObject({ path: z.string().min(1), name: z.string(), text: z.string().max(MAX_TEXT) }),
]);

export const SaveDocumentRequest = z.strictObject({
  /** Write here without asking; absent: ask with a save dialog. */
  path: z.string().min(1).optional(),
  suggestedName: z.string().min(1).max(255),
  text: z.string().max(MAX_TEXT),
});
export const SaveDocumentResult = z.union([z.null(), z.strictObject({ path: z.string().min(1) })]);

/** The exports written as files; the PDF is printed by the main process instead (printToPdf). */
export const EXPORT_FILE_KINDS = ['png', 'svg', 'pptx', 'csv', 'powermap'] as const;
/** 64 MiB: a PNG of a large map at 2x is the biggest export; nothing larger crosses the bridge. */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024;

export const SaveExportRequest = z.strictObject({
  suggestedName: z.string().min(1).max(255),
  kind: z.enum(EXPORT_FILE_KINDS),
  bytes: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'expected bytes' })
    .refine((bytes) => bytes.byteLength <= MAX_EXPORT_BYTES, { message: 'too large' }),
});
export const SaveExportResult = z.union([z.null(), z.strictObject({ path: z.string().min(1) })]);

export const PrintToPdfRequest = z.strictObject({ suggestedName: z.string().min(1).max(255) });
export const PrintToPdfResult = z.union([z.null(), z.strictObject({ path: z.string().min(1) })]);

export const SystemInfoResult = z.strictObject({
  locale: z.string(),
  platform: z.string(),
  version: z.string(),
});

/** A team server the user signs in to, as typed: the shell normalises it to an origin or refuses it. */
export const AdmitTeamServerRequest = z.strictObject({ server: z.string().min(1).max(2048) });
export const TEAM_ORIGIN_REFUSALS = ['not-a-url', 'not-http', 'credentials', 'path'] as const;
export const AdmitTeamServerResult = z.union([
  z.strictObject({
    ok: z.literal(true),
    origin: z.string().min(1),
    /** True when the origin is newly admitted: the page has the old CSP until it reloads. */
    reloadNeeded: z.boolean(),
  }),
  z.strictObject({ ok: z.literal(false), reason: z.enum(TEAM_ORIGIN_REFUSALS) }),
]);

/** A team server signed out of (AdmitTeamServerRequest's shape): its origin leaves the policy. */
export const ForgetTeamServerResult = z.strictObject({ forgotten: z.boolean() });

export const MenuActionMessage = z.enum(ACTION_IDS);
export const SetMenuLanguageRequest = z.enum(['en', 'zh-CN']);
/** The actions the window's current screen handles: the menu greys the others. */
export const SetMenuActionsRequest = z.array(z.enum(ACTION_IDS)).max(ACTION_IDS.length);

export type OpenDocumentResult = z.infer<typeof OpenDocumentResult>;
export type SaveDocumentRequest = z.infer<typeof SaveDocumentRequest>;
export type SaveDocumentResult = z.infer<typeof SaveDocumentResult>;
export type SystemInfoResult = z.infer<typeof SystemInfoResult>;
export type ExportFileKind = (typeof EXPORT_FILE_KINDS)[number];
export type SaveExportRequest = z.infer<typeof SaveExportRequest>;
export type SaveExportResult = z.infer<typeof SaveExportResult>;
export type PrintToPdfRequest = z.infer<typeof PrintToPdfRequest>;
export type PrintToPdfResult = z.infer<typeof PrintToPdfResult>;
export type AdmitTeamServerRequest = z.infer<typeof AdmitTeamServerRequest>;
export type AdmitTeamServerResult = z.infer<typeof AdmitTeamServerResult>;
export type ForgetTeamServerResult = z.infer<typeof ForgetTeamServerResult>;

/**
 * What the preload script exposes as `window.powermap`: named functions only. The renderer
 * never sees ipcRenderer.
 */
export interface PowermapBridge {
  openDocument(): Promise<OpenDocumentResult>;
  saveDocument(request: SaveDocumentRequest): Promise<SaveDocumentResult>;
  systemInfo(): Promise<SystemInfoResult>;
  /** Asks where to save an export (a save dialog with the kind's filter) and writes it atomically. */
  saveExport(request: SaveExportRequest): Promise<SaveExportResult>;
  /** Prints the page the window shows now (the deal-review sheet) to an A4 landscape PDF and asks where to save it. */
  printToPdf(request: PrintToPdfRequest): Promise<PrintToPdfResult>;
  /** Lets the app's pages connect to a team server's origin (CSP and request filter), from the next page load on. */
  admitTeamServer(request: AdmitTeamServerRequest): Promise<AdmitTeamServerResult>;
  /** Takes a signed-out team server's origin out of the policy again (from the next page load on). */
  forgetTeamServer(request: AdmitTeamServerRequest): Promise<ForgetTeamServerResult>;
  /** Calls back with the id of a native menu entry the user chose; returns an unsubscribe. */
  onMenuAction(listener: (id: z.infer<typeof MenuActionMessage>) => void): () => void;
  setMenuLanguage(lang: z.infer<typeof SetMenuLanguageRequest>): void;
  /** Tells the shell which actions the current screen handles; its menu entries of the others are greyed. */
  setMenuActions(ids: z.infer<typeof SetMenuActionsRequest>): void;
}
