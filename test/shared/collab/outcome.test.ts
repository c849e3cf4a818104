/** The deal's outcome in the Y.Doc model (issue 12): carried, merged with other edits, worded in the trail. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  applyDocumentToYDoc,
  describeTrailEntry,
  documentToYDoc,
  listTrail,
  readDealFromYDoc,
  type Actor,
} from '../../../shared/collab';
import type { Outcome, PowermapDocument } from '../../../shared/document';
import { makeDocument } from '../../support/builders';

const LI: Actor = { id: 'u-li', name: 'Li Na' };
const ZHOU: Actor = { id: 'u-zhou', name: 'Zhou Min' };
const LOST: Outcome = {
  result: 'lost',
  closedOn: '2026-06-30',
  reason: 'competitor-relationship',
  note: 'The CIO chose Acme',
  competitor: 'Acme',
};

function read(ydoc: Y.Doc): PowermapDocument {
  const result = readDealFromYDoc(ydoc);
  if (!result.ok) throw new Error('refused');
  expect(result.setAside).toEqual([]);
  return result.document;
}

function closed(doc: PowermapDocument, outcome: Outcome | null): PowermapDocument {
  return { ...doc, deal: { ...doc.deal, outcome } };
}

describe('deal.outcome in the Y.Doc', () => {
  it('travels to another replica and back as written', () => {
    const doc = closed(makeDocument(), LOST);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(documentToYDoc(doc, LI)));
    expect(read(other).deal.outcome).toEqual(LOST);
  });

  it('closes and reopens as one edit each, recorded in the trail and worded', () => {
    const open = makeDocument();
    const ydoc = documentToYDoc(open, LI);
    const closing = closed(open, LOST);
    applyDocumentToYDoc(ydoc, closing, LI, { previous: open });
    expect(read(ydoc).deal.outcome).toEqual(LOST);
    applyDocumentToYDoc(ydoc, open, ZHOU, { previous: closing });
    expect(read(ydoc).deal.outcome).toBeNull();
    const entries = listTrail(ydoc).filter((entry) => entry.field === 'outcome');
    expect(entries.map((entry) => entry.actorId).sort()).toEqual(['u-li', 'u-zhou']);
    const closingEntry = entries.find((entry) => entry.actorId === 'u-li')!;
    expect(describeTrailEntry(closingEntry, 'en')).toContain('lost, 2026-06-30');
    expect(describeTrailEntry(closingEntry, 'zh-CN')).toContain('丢单');
  });

  it('merges with a concurrent edit of another deal field', () => {
    const open = makeDocument();
    const a = documentToYDoc(open, LI);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    applyDocumentToYDoc(a, closed(open, LOST), LI, { previous: open });
    applyDocumentToYDoc(b, { ...open, deal: { ...open.deal, value: 120000 } }, ZHOU, { previous: open });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    for (const replica of [a, b]) {
      const deal = read(replica).deal;
      expect(deal.outcome).toEqual(LOST);
      expect(deal.value).toBe(120000);
    }
  });

  it('sets a damaged stored outcome aside and reads the deal as open', () => {
    const ydoc = documentToYDoc(makeDocument(), LI);
    ydoc.getMap('deal').set('outcome', { result: 'postponed', closedOn: '2026-06-30' });
    const result = readDealFromYDoc(ydoc);
    if (!result.ok) throw new Error('refused');
    expect(result.document.deal.outcome).toBeNull();
    expect(result.setAside.map((part) => part.field)).toContain('outcome');
  });
});
