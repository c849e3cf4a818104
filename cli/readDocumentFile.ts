/**
 * Reading a `.powermap` file from disk: the size is checked with stat before a byte is
 * read (and the read itself stops one byte past the limit, in case the file grows or is a
 * pipe), the bytes must be UTF-8, and the text goes through `parseDocumentText`. Never
 * throws: every way it can fail is a value the caller words.
 */
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  MAX_DOCUMENT_BYTES,
  megabytes,
  parseDocumentText,
  problem,
  type PowermapDocument,
  type Problem,
} from '../shared/document';
import type { MessageKey } from '../shared/i18n';
import { decodeUtf8 } from './utf8';

/** A failure to get text out of the file, before any JSON is looked at. */
export interface FileFailure {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

export type ReadOutcome =
  | { readonly ok: true; readonly document: PowermapDocument; readonly migratedFrom: number }
  | { readonly ok: false; readonly file: FileFailure }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const CHUNK = 1024 * 1024;

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

function failureFromError(error: unknown): FileFailure {
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { key: 'cli.read.notFound', params: {} };
    case 'EISDIR':
      return { key: 'cli.read.isDirectory', params: {} };
    case 'EACCES':
    case 'EPERM':
      return { key: 'cli.read.permission', params: {} };
    default:
      return { key: 'cli.read.failed', params: { detail: code } };
  }
}

function tooLarge(bytes: number): ReadOutcome {
  // Worded like the app's refusal (the document layer's own problem).
  return {
    ok: false,
    problems: [problem([], 'too_large', { size: megabytes(bytes), limit: megabytes(MAX_DOCUMENT_BYTES) })],
  };
}

/** Reads at most `limit + 1` bytes, so that an oversized stream is noticed without reading it all. */
async function readCapped(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    while (total <= limit) {
      const buffer = new Uint8Array(Math.min(CHUNK, limit + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

export async function readDocumentFile(file: string, cwd: string): Promise<ReadOutcome> {
  const path = resolve(cwd, file);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, file: { key: 'cli.read.isDirectory', params: {} } };
    if (info.isFile() && info.size > MAX_DOCUMENT_BYTES) return tooLarge(info.size);
    bytes = await readCapped(path, MAX_DOCUMENT_BYTES);
  } catch (error) {
    return { ok: false, file: failureFromError(error) };
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    // Only a file that grew after stat, or a pipe, gets here: its full size is unknown.
    return { ok: false, file: { key: 'cli.read.tooLargeStream', params: { limit: megabytes(MAX_DOCUMENT_BYTES) } } };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const byte = decoded.byte.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      file: { key: 'cli.read.invalidUtf8', params: { offset: decoded.offset, line: decoded.line, byte } },
    };
  }
  const parsed = parseDocumentText(decoded.text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return { ok: true, document: parsed.document, migratedFrom: parsed.migratedFrom };
}
