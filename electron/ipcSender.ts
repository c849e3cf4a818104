/**
 * Who may talk to the main process, and in what shape: every IPC handler first checks that
 * the message comes from the main frame of one of our windows showing the app's own origin,
 * then parses the payload with the contract's schema (shared/ipc/contract.ts).
 */
import { isAppUrl } from './security';

/** The parts of a WebFrameMain the sender check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
  readonly frameTreeNodeId: number;
  readonly processId: number;
  readonly detached?: boolean;
}

/** What printToPdf asks of the sender's page (WebContents.printToPDF). */
export interface PdfOptions {
  readonly landscape: boolean;
  readonly pageSize: 'A4';
  readonly printBackground: boolean;
  /** The print view's own `@page` rule (A4 landscape, its margins and footer) decides the page. */
  readonly preferCSSPageSize: boolean;
  /** The headings become the PDF's bookmarks: the review pack's parts and deals, the sheet's sections. */
  readonly generateDocumentOutline: boolean;
}

/** The parts of an IpcMainEvent / IpcMainInvokeEvent the handlers read. */
export interface SenderEvent {
  readonly sender: {
    readonly id: number;
    readonly mainFrame: FrameLike;
    /** Present on a real WebContents; printToPdf prints the page that asked. */
    printToPDF?(options: PdfOptions): Promise<Uint8Array>;
  };
  readonly senderFrame: FrameLike | null;
}

export class IpcRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRefusedError';
  }
}

/**
 * Throws unless the message comes from the main frame of one of our windows (`isOurs`
 * knows their webContents ids) and that frame shows a page of `app://powermap`.
 */
export function verifySender(event: SenderEvent, isOurs: (webContentsId: number) => boolean): void {
  const frame = event.senderFrame;
  if (!frame || frame.detached === true) throw new IpcRefusedError('IPC refused: the sending frame is gone');
  if (!isOurs(event.sender.id)) throw new IpcRefusedError('IPC refused: not one of the app windows');
  const main = event.sender.mainFrame;
  if (frame.parent !== null || frame.frameTreeNodeId !== main.frameTreeNodeId || frame.processId !== main.processId) {
    throw new IpcRefusedError('IPC refused: not the main frame');
  }
  if (!isAppUrl(frame.url)) throw new IpcRefusedError('IPC refused: the sender is not an app:// page');
}

/** The payload as the contract's schema reads it; anything else refuses the message. */
export function parsePayload<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  value: unknown,
  channel: string,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new IpcRefusedError(`IPC refused: invalid payload on ${channel}`);
  return parsed.data;
}
