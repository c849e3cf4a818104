/**
 * Reading exports back in tests: poppler's command-line tools for the PDF (a missing tool
 * fails the test with what to install, never skips it), the PNG header, and documents
 * written to temp files.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { parseDocumentText, serializeDocument, type PowermapDocument } from '../../shared/document';
import { readFixtureText, SEED_FIXTURE } from '../support/fixtures';

/** Runs a poppler tool on `file`; throws with the package to install when it is missing. */
export function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts' | 'pdfimages', args: readonly string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      `${tool} is not installed: these tests read the exported PDF back with poppler. ` +
        'Install poppler-utils (Debian, Ubuntu: sudo apt-get install poppler-utils; macOS: brew install poppler). CI installs it.',
    );
  }
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** The PDF's text as pdftotext reads it (UTF-8, page breaks as form feeds). */
export function pdfText(file: string): string {
  return poppler('pdftotext', ['-enc', 'UTF-8', file, '-']);
}

/** Text without any white space, so a sentence is found however the page wrapped it. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, i) => bytes[i] === byte)) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new Error('no IHDR first');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function seedDocument(): PowermapDocument {
  const result = parseDocumentText(readFixtureText(SEED_FIXTURE));
  if (!result.ok) throw new Error('the seed fixture does not parse');
  return result.document;
}

/** A document as a file's text. */
export function documentText(doc: PowermapDocument): string {
  return serializeDocument(doc);
}

/** The names in a folder, for "nothing was written" (no target, no temporary file). */
export function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}

export function readBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}
