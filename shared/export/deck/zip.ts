/**
 * The OOXML package as a ZIP, written with fflate. Deterministic: every entry gets the same
 * fixed time, entries keep the order given (so `[Content_Types].xml` can come first, which
 * some readers expect), and compression is fixed, so the same parts give the same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface PackagePart {
  /** The part's name inside the package, without a leading slash (`ppt/slides/slide1.xml`). */
  readonly path: string;
  readonly content: string;
}

/**
 * 2000-01-01 00:00 built from local fields: ZIP stores local (DOS) time and fflate reads
 * the local fields, so this gives the same bytes in every time zone.
 */
const FIXED_TIME = new Date(2000, 0, 1, 0, 0, 0);

export function zipParts(parts: readonly PackagePart[]): Uint8Array {
  const files: Zippable = {};
  for (const part of parts) {
    if (part.path in files) throw new Error(`duplicate package part ${part.path}`);
    files[part.path] = [strToU8(part.content), { level: 6, mtime: FIXED_TIME }];
  }
  return zipSync(files, { level: 6, mtime: FIXED_TIME });
}
