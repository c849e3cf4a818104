/**
 * Files on disk: reading a document with its size checked before a byte is read, writing
 * one atomically (a crash or a full disk never leaves a half-written file in place of the
 * old one), and the set of paths the main process has handed to the renderer.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { MAX_DOCUMENT_BYTES, megabytes } from '../shared/document/json';
import { translate, type Lang, type MessageKey } from '../shared/i18n';

/** An error whose message is worded for the user, in the current language. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly key: MessageKey,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}

/** The subset of node:fs/promises the reader and the writer use (tests may wrap it to inject failures). */
export interface FileSystem {
  stat(filePath: string): Promise<{ size: number; mode: number; isFile(): boolean; isDirectory(): boolean }>;
  open(filePath: string, flags: string, mode?: number): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
  realpath(filePath: string): Promise<string>;
}

export interface FileHandleLike {
  read(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesRead: number }>;
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const NODE_FILE_SYSTEM: FileSystem = {
  stat: (p) => nodeFs.stat(p),
  open: (p, flags, mode) => nodeFs.open(p, flags, mode),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (p) => nodeFs.unlink(p),
  realpath: (p) => nodeFs.realpath(p),
};

const CHUNK = 1024 * 1024;

/**
 * Reads a document file as UTF-8 text. Refused with a worded error: a missing file, a
 * folder, a file over 16 MiB (from its size, before it is opened; the read also stops one
 * byte past the limit in case the file grows), bytes that are not UTF-8.
 */
export async function readDocumentFile(
  filePath: string,
  lang: Lang,
  fs: FileSystem = NODE_FILE_SYSTEM,
): Promise<string> {
  const name = path.basename(filePath);
  const fail = (key: MessageKey, params: Record<string, string | number> = {}): never => {
    throw new UserFacingError(translate(lang, key, { name, ...params }), key);
  };
  const tooLarge = (bytes: number): never =>
    fail('desktop.error.tooLarge', { size: megabytes(bytes), limit: megabytes(MAX_DOCUMENT_BYTES) });
  const fromError = (error: unknown): never => {
    if (error instanceof UserFacingError) throw error;
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail('desktop.error.notFound');
    if (code === 'EISDIR') return fail('desktop.error.isDirectory');
    if (code === 'EACCES' || code === 'EPERM') return fail('desktop.error.permission');
    return fail('desktop.error.readFailed', { detail: code });
  };

  let info;
  try {
    info = await fs.stat(filePath);
  } catch (error) {
    return fromError(error);
  }
  if (info.isDirectory()) return fail('desktop.error.isDirectory');
  if (!info.isFile()) return fail('desktop.error.readFailed', { detail: 'not a regular file' });
  if (info.size > MAX_DOCUMENT_BYTES) return tooLarge(info.size);

  let bytes: Uint8Array;
  try {
    const handle = await fs.open(filePath, 'r');
    try {
      const buffer = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
      let length = 0;
      for (;;) {
        const want = Math.min(CHUNK, buffer.length - length);
        if (want === 0) break;
        const { bytesRead } = await handle.read(buffer, length, want, null);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > MAX_DOCUMENT_BYTES) tooLarge(length);
      bytes = buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return fromError(error);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('desktop.error.notUtf8');
  }
}

export interface AtomicWriteOptions {
  fs?: FileSystem;
  /** The platform, for the retries Windows needs when a virus scanner holds the target open. */
  platform?: NodeJS.Platform;
}

/**
 * Writes `text` (or bytes) to `target` atomically: a temporary file in the same directory is written
 * and flushed to disk, then renamed over the target, then the directory is flushed where
 * the platform allows. On any failure the temporary file is removed and the target is left
 * as it was. An existing target keeps its permissions; a symbolic link is written through.
 */
export async function writeFileAtomic(
  target: string,
  text: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? NODE_FILE_SYSTEM;
  const platform = options.platform ?? process.platform;
  let finalPath = path.resolve(target);
  try {
    finalPath = await fs.realpath(finalPath);
  } catch {
    // A new file: nothing to resolve.
  }
  let mode = 0o666;
  try {
    const existing = await fs.stat(finalPath);
    if (existing.isDirectory()) throw Object.assign(new Error(`${finalPath} is a directory`), { code: 'EISDIR' });
    mode = existing.mode & 0o777;
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }

  const directory = path.dirname(finalPath);
  const temp = path.join(directory, `.${path.basename(finalPath)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await fs.open(temp, 'wx', mode);
    created = true;
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(fs, temp, finalPath, platform);
    created = false;
  } catch (error) {
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fs, directory);
}

async function renameWithRetry(fs: FileSystem, from: string, to: string, platform: NodeJS.Platform): Promise<void> {
  const attempts = platform === 'win32' ? 5 : 1;
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      if (attempt >= attempts || !['EPERM', 'EACCES', 'EBUSY'].includes(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/** Flushes the directory entry of the rename (POSIX); Windows cannot open a directory, and that is fine. */
async function syncDirectory(fs: FileSystem, directory: string): Promise<void> {
  let handle: FileHandleLike | undefined;
  try {
    handle = await fs.open(directory, 'r');
    await handle.sync();
  } catch {
    // Not supported here (Windows, some network file systems): the rename itself is done.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Words a write failure for the user. */
export function writeFailure(target: string, error: unknown, lang: Lang): UserFacingError {
  return new UserFacingError(
    translate(lang, 'desktop.error.writeFailed', { name: path.basename(target), detail: errorCode(error) }),
    'desktop.error.writeFailed',
  );
}

/**
 * The paths this process handed to the renderer in this session (chosen in a dialog,
 * opened from the command line or the OS). The renderer may save to these without a
 * dialog; any other path it names is not trusted.
 */
export class PathGrants {
  private readonly granted = new Set<string>();

  grant(filePath: string): string {
    const resolved = path.resolve(filePath);
    this.granted.add(resolved);
    return resolved;
  }

  has(filePath: string): boolean {
    return path.isAbsolute(filePath) && this.granted.has(path.resolve(filePath));
  }
}
