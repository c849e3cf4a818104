/**
 * Documents handed to the app from outside: file paths on the command line (first start,
 * or a second start forwarded by the single-instance lock) and the OS `open-file` event of
 * the `.powermap` association on macOS. Each waits for its window; the window is told
 * through the `file.open` menu action, and its next openDocument request gets the file
 * instead of a dialog.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DOCUMENT_EXTENSIONS = ['.powermap', '.json'];

export function isDocumentPath(filePath: string): boolean {
  return DOCUMENT_EXTENSIONS.includes(path.extname(filePath).toLowerCase());
}

/**
 * The document paths in a command line, absolute. `argv[0]` is the executable; when not
 * packaged, `argv[1]` is the app (`electron .` or `electron dist/electron/main.cjs`).
 * Switches (`--foo`, which Chromium also adds to a forwarded command line) are skipped, as
 * is anything that does not end in .powermap or .json. `file://` URLs (Linux desktop
 * files) are turned into paths.
 */
export function documentsFromArgv(argv: readonly string[], options: { isPackaged: boolean; cwd: string }): string[] {
  const found: string[] = [];
  for (const arg of argv.slice(options.isPackaged ? 1 : 2)) {
    if (arg === '' || arg.startsWith('-')) continue;
    let candidate = arg;
    if (/^file:\/\//i.test(arg)) {
      try {
        candidate = fileURLToPath(arg);
      } catch {
        continue;
      }
    } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) {
      continue;
    }
    if (!isDocumentPath(candidate)) continue;
    const resolved = path.resolve(options.cwd, candidate);
    if (!found.includes(resolved)) found.push(resolved);
  }
  return found;
}

/** Files waiting for a window's next openDocument, first in first out, per webContents id. */
export class PendingFiles {
  private readonly queues = new Map<number, string[]>();

  add(webContentsId: number, filePath: string): void {
    const queue = this.queues.get(webContentsId) ?? [];
    queue.push(filePath);
    this.queues.set(webContentsId, queue);
  }

  take(webContentsId: number): string | undefined {
    const queue = this.queues.get(webContentsId);
    const next = queue?.shift();
    if (queue && queue.length === 0) this.queues.delete(webContentsId);
    return next;
  }

  count(webContentsId: number): number {
    return this.queues.get(webContentsId)?.length ?? 0;
  }

  forget(webContentsId: number): void {
    this.queues.delete(webContentsId);
  }
}
