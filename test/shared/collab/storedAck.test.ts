/**
 * The store acknowledgement's one format (shared/collab/storedAck.ts), read the same by the
 * server and the app: its base64 (the domain has no Buffer nor atob), the message, and the
 * merge of acknowledgements (the count of a log's edits waiting: logEdits.test.ts).
 */
import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  covered,
  fromBase64,
  mergeStored,
  readStoredMessage,
  storedMessage,
  toBase64,
} from '../../../shared/collab/storedAck';

describe('the stored acknowledgement', () => {
  it('writes base64 as Node does, and reads back every byte string', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect([...fromBase64(text)]).toEqual([...bytes]);
      }),
    );
  });

  it('refuses base64 that is not', () => {
    expect(() => fromBase64('ab$d')).toThrow('base64: bad character');
    expect(() => fromBase64('abcde')).toThrow('base64: bad length');
  });

  it('reads the state vector of the message it writes, and nothing of other messages', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('a', 1);
    expect(readStoredMessage(storedMessage(Y.encodeStateVector(doc)))).toEqual(new Map([[doc.clientID, 1]]));
    expect(readStoredMessage('{"type":"other"}')).toBeUndefined();
    expect(readStoredMessage('{"type":"powermap:stored","stateVector":"%%"}')).toBeUndefined();
    expect(readStoredMessage('not json')).toBeUndefined();
  });

  it('merges acknowledgements by the higher clock of each client', () => {
    const merged = mergeStored(
      new Map([
        [1, 5],
        [2, 3],
      ]),
      new Map([
        [2, 7],
        [3, 1],
      ]),
    );
    expect(merged).toEqual(
      new Map([
        [1, 5],
        [2, 7],
        [3, 1],
      ]),
    );
    expect(covered(new Map([[2, 7]]), merged)).toBe(true);
    expect(covered(new Map([[4, 1]]), merged)).toBe(false);
  });
});
