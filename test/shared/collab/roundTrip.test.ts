import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentToYDoc, holdsDeal, readDealFromYDoc, type Actor } from '../../../shared/collab';
import { parseDocumentText, serializeDocument, type PowermapDocument } from '../../../shared/document';
import { documentArb } from '../../support/arbitraries';
import { expectDocument } from '../../support/builders';
import { FIXTURES_DIR, REPO_ROOT } from '../../support/fixtures';

const ME: Actor = { id: 'u-1', name: 'Li Na' };

function roundTrip(doc: PowermapDocument): PowermapDocument {
  const ydoc = documentToYDoc(doc, ME);
  // Through the wire, as another replica receives it.
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
  const read = readDealFromYDoc(other);
  if (!read.ok) throw new Error('the deal did not read');
  expect(read.setAside).toEqual([]);
  expect(read.deletedButEdited).toEqual([]);
  return read.document;
}

const examples = resolve(REPO_ROOT, '..', 'shared', 'examples');
const files = [
  ...readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith('.powermap.json'))
    .map((name) => resolve(FIXTURES_DIR, name)),
  ...(() => {
    try {
      return readdirSync(examples).map((name) => resolve(examples, name));
    } catch {
      return [];
    }
  })(),
];

describe('document → Y.Doc → document', () => {
  it('finds examples to try', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('is the identity for %s', (file) => {
    const doc = expectDocument(parseDocumentText(readFileSync(file, 'utf8')));
    const back = roundTrip(doc);
    expect(back).toEqual(doc);
    expect(serializeDocument(back)).toBe(serializeDocument(doc));
  });

  it('is the identity for any valid document, unknown fields and history included', () => {
    fc.assert(
      fc.property(documentArb(), (doc) => {
        expect(serializeDocument(roundTrip(doc))).toBe(serializeDocument(doc));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a field whose name starts with @ apart from the entries of the model', () => {
    const doc = expectDocument(
      parseDocumentText(
        JSON.stringify({
          format: 'powermap',
          version: 1,
          deal: { id: 'd-1', name: 'Deal' },
          stakeholders: [{ id: 's-1', name: 'Wang', '@rank': 'theirs', '@@x': 1, '@deleted': true }],
        }),
      ),
    );
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('names the Y.Doc by the deal id and records the shape version', () => {
    const doc = expectDocument(parseDocumentText(readFileSync(files[0]!, 'utf8')));
    const ydoc = documentToYDoc(doc, ME);
    expect(ydoc.guid).toBe(doc.deal.id);
    expect(ydoc.getMap('meta').toJSON()).toEqual({ schema: 1, dealId: doc.deal.id });
    expect(ydoc.getArray('trail').length).toBe(0);
  });

  it('tells an empty Y.Doc (a replica before its first sync) from one that holds a deal', () => {
    const doc = expectDocument(parseDocumentText(readFileSync(files[0]!, 'utf8')));
    expect(holdsDeal(new Y.Doc())).toBe(false);
    expect(holdsDeal(documentToYDoc(doc, ME))).toBe(true);
  });
});
