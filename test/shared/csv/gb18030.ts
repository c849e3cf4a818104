/**
 * A GB18030 encoder for tests, built by inverting the platform's decoder over every
 * two-byte code (lead 0x81–0xFE, trail 0x40–0xFE except 0x7F): enough for Chinese text and
 * ASCII. Characters outside the two-byte range throw.
 */
let table: Map<string, [number, number]> | undefined;

function codes(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const pairs: [number, number][] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push([lead, trail]);
  }
  const decoder = new TextDecoder('gb18030');
  for (const pair of pairs) {
    const char = decoder.decode(new Uint8Array(pair));
    if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, pair);
  }
  return table;
}

export function encodeGb18030(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = codes().get(char);
    if (!pair) throw new Error(`no two-byte GB18030 code for ${char}`);
    out.push(...pair);
  }
  return new Uint8Array(out);
}
