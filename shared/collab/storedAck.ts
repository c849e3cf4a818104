/**
 * The server's store acknowledgement, one format for the server that sends it and the app that
 * reads it (docs/SERVER.md, "Acknowledged means stored"). After every store the server sends
 * the deal's clients `{"type":"powermap:stored","stateVector":<base64>}`, the state vector it
 * stored; an edit is safe on the server once its client's clock in that vector is above it.
 * Base64 is done here in plain TypeScript: the domain has neither Node's Buffer nor atob.
 */
import * as Y from 'yjs';

export const STORED_MESSAGE_TYPE = 'powermap:stored';

export interface StoredMessage {
  type: typeof STORED_MESSAGE_TYPE;
  /** Y.encodeStateVector of the stored state, base64. */
  stateVector: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE_OF = new Map([...ALPHABET].map((char, index) => [char, index]));

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const triple = (a << 16) | (b << 8) | c;
    out += ALPHABET.charAt((triple >> 18) & 63) + ALPHABET.charAt((triple >> 12) & 63);
    out += i + 1 < bytes.length ? ALPHABET.charAt((triple >> 6) & 63) : '=';
    out += i + 2 < bytes.length ? ALPHABET.charAt(triple & 63) : '=';
  }
  return out;
}

/** The bytes of a base64 text; throws on a character outside the alphabet or a bad length. */
export function fromBase64(text: string): Uint8Array {
  const body = text.replace(/={0,2}$/u, '');
  if ((body.length + (text.length - body.length)) % 4 !== 0) throw new Error('base64: bad length');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of body) {
    const value = VALUE_OF.get(char);
    if (value === undefined) throw new Error('base64: bad character');
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 255);
    }
  }
  return Uint8Array.from(bytes);
}

/** The message the server sends after storing a deal whose state vector is `stateVector`. */
export function storedMessage(stateVector: Uint8Array): string {
  const message: StoredMessage = { type: STORED_MESSAGE_TYPE, stateVector: toBase64(stateVector) };
  return JSON.stringify(message);
}

/** The stored state vector a stateless payload carries, or undefined for other messages. */
export function readStoredMessage(payload: string): Map<number, number> | undefined {
  try {
    const message = JSON.parse(payload) as Partial<StoredMessage>;
    if (message.type !== STORED_MESSAGE_TYPE || typeof message.stateVector !== 'string') return undefined;
    return Y.decodeStateVector(fromBase64(message.stateVector));
  } catch {
    return undefined;
  }
}

/** Whether everything `doc` holds of its own client is inside the stored state vector. */
export function coversOwnEdits(stored: Map<number, number>, doc: Y.Doc): boolean {
  const own = Y.getState(doc.store, doc.clientID);
  return (stored.get(doc.clientID) ?? 0) >= own;
}

/** Both vectors' clocks, the higher of each client's: what is known stored, from every acknowledgement. */
export function mergeStored(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): Map<number, number> {
  const merged = new Map(a);
  for (const [client, clock] of b) merged.set(client, Math.max(clock, merged.get(client) ?? 0));
  return merged;
}

/** Whether every item a state vector (a Y.Doc's, or an update's end) names is inside the stored one. */
export function covered(vector: ReadonlyMap<number, number>, stored: ReadonlyMap<number, number>): boolean {
  for (const [client, clock] of vector) if ((stored.get(client) ?? 0) < clock) return false;
  return true;
}
