/** The bytes CRMs write: UTF-8 with or without a byte-order mark, UTF-16 and GB18030, detected and decoded. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedCsv {
  readonly text: string;
  readonly encoding: CsvEncoding;
  /** Some bytes did not decode and were replaced by U+FFFD. */
  readonly lossy: boolean;
}

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderConstructor = new (label: string, options?: { fatal?: boolean }) => TextDecoderLike;
interface TextEncoderLike {
  encode(input: string): Uint8Array;
}

/** The platform's TextDecoder (browsers, Node with full ICU), looked up without DOM or Node types. */
function textDecoder(): TextDecoderConstructor {
  const found = (globalThis as { TextDecoder?: TextDecoderConstructor }).TextDecoder;
  if (!found) throw new Error('TextDecoder is not available');
  return found;
}

function decode(label: string, bytes: Uint8Array, fatal: boolean): string {
  const Decoder = textDecoder();
  return new Decoder(label, { fatal }).decode(bytes);
}

/**
 * The text of a CSV file as CRMs write them: UTF-16 or UTF-8 with a byte-order mark, else
 * UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312, what
 * Chinese Excel and CRMs write as "ANSI"). The byte-order mark is not part of the text.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const attempt = (label: string, encoding: CsvEncoding, body: Uint8Array): DecodedCsv => {
    try {
      return { text: decode(label, body, true), encoding, lossy: false };
    } catch {
      return { text: decode(label, body, false), encoding, lossy: true };
    }
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return attempt('utf-8', 'utf-8-bom', bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return attempt('utf-16le', 'utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return attempt('utf-16be', 'utf-16be', bytes.subarray(2));
  try {
    return { text: decode('utf-8', bytes, true), encoding: 'utf-8', lossy: false };
  } catch {
    // Not UTF-8: the Chinese national encoding.
  }
  try {
    return attempt('gb18030', 'gb18030', bytes);
  } catch {
    // A platform without GB18030 (small ICU): the best UTF-8 reading, marked lossy.
    return { text: decode('utf-8', bytes, false), encoding: 'utf-8', lossy: true };
  }
}

/** CSV text as UTF-8 bytes with a byte-order mark, which Excel needs to read Chinese correctly. */
export function encodeCsvUtf8(text: string, bom = true): Uint8Array {
  const Encoder = (globalThis as { TextEncoder?: new () => TextEncoderLike }).TextEncoder;
  if (!Encoder) throw new Error('TextEncoder is not available');
  const body = new Encoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
