/**
 * The file being imported, as the dialog holds it: its bytes (kept, so a different
 * encoding can be tried without picking the file again), the text they decode to, the
 * separator, the header and the rows. Pure, so re-decoding is tested in Node.
 */
import { decodeCsvBytes, detectDelimiter, parseCsvTable, type CsvDelimiter, type CsvEncoding } from '../../shared/csv';

/**
 * Files over this size are refused before they are read: a CRM export of a few thousand
 * contacts is well under 1 MB, and a bigger file is most likely the wrong one.
 */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;

/** The encodings a user can choose when the detected one gives garbled text. */
export const ENCODING_CHOICES = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

export const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

export interface CsvSource {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** What decodeCsvBytes found; stays as it was when the user overrides the encoding. */
  readonly detected: CsvEncoding;
  /** The encoding the text was decoded with. */
  readonly encoding: EncodingChoice;
  /** Some bytes did not decode in that encoding and were replaced by U+FFFD. */
  readonly lossy: boolean;
  readonly text: string;
  readonly delimiter: CsvDelimiter;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The choice that matches what the decoder detected (a byte-order mark is still UTF-8). */
export function choiceOf(encoding: CsvEncoding): EncodingChoice {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}

/** Whether a file of this size is refused. */
export function isTooLarge(size: number): boolean {
  return size > MAX_CSV_BYTES;
}

/** Size in megabytes, one decimal, for messages. */
export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

/**
 * The bytes as text in a chosen encoding. The platform's decoder drops a byte-order mark
 * of that encoding; bytes that do not decode become U+FFFD and mark the text lossy.
 */
export function decodeAs(bytes: Uint8Array, encoding: EncodingChoice): { text: string; lossy: boolean } {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), lossy: false };
  } catch {
    return { text: new TextDecoder(encoding).decode(bytes), lossy: true };
  }
}

function table(text: string, delimiter: CsvDelimiter): Pick<CsvSource, 'headers' | 'rows'> {
  const { headers, rows } = parseCsvTable(text, { delimiter });
  return { headers, rows };
}

/** A picked file's bytes, decoded in the detected encoding, the separator guessed from the header. */
export function readCsvSource(fileName: string, bytes: Uint8Array): CsvSource {
  const decoded = decodeCsvBytes(bytes);
  const delimiter = detectDelimiter(decoded.text);
  return {
    fileName,
    bytes,
    detected: decoded.encoding,
    encoding: choiceOf(decoded.encoding),
    lossy: decoded.lossy,
    text: decoded.text,
    delimiter,
    ...table(decoded.text, delimiter),
  };
}

/** The same bytes decoded again in another encoding; the separator is guessed again from the new text. */
export function withEncoding(source: CsvSource, encoding: EncodingChoice): CsvSource {
  if (encoding === source.encoding) return source;
  const { text, lossy } = decodeAs(source.bytes, encoding);
  const delimiter = detectDelimiter(text);
  return { ...source, encoding, lossy, text, delimiter, ...table(text, delimiter) };
}

/** The same text split with another separator. */
export function withDelimiter(source: CsvSource, delimiter: CsvDelimiter): CsvSource {
  if (delimiter === source.delimiter) return source;
  return { ...source, delimiter, ...table(source.text, delimiter) };
}

export type SourceProblem = 'empty' | 'noRows';

/** Why nothing can be imported from this text: no header at all, or no row under it. */
export function sourceProblem(source: CsvSource): SourceProblem | null {
  if (source.headers.every((header) => header.trim() === '') && source.rows.length === 0) return 'empty';
  if (source.rows.every((row) => row.every((cell) => cell.trim() === ''))) return 'noRows';
  return null;
}
