/**
 * The collaborative model (issue 11, shared/collab): one field edit on a 2,000-person deal
 * written into its Y.Doc and encoded as the update that is stored locally and sent to the
 * server (goal: an edit persisted locally in under 50 ms at 2,000 people, as today), with
 * and without the editor's previous document; reading the deal back after a merge; and the
 * first conversion of an existing deal.
 */
import * as Y from 'yjs';
import { applyDocumentToYDoc, documentToYDoc, readDealFromYDoc, type Actor } from '../../shared/collab';
import type { PowermapDocument } from '../../shared/document';
import { measure, type Timing } from './measure';
import { syntheticMap } from './syntheticMap';

const ME: Actor = { id: 'u-bench', name: 'Bench' };
const ATTITUDES = ['supporter', 'neutral'] as const;

export const COLLAB_GOALS: Readonly<Record<string, number>> = {
  'collab: 1 field edit + update, 2000 people': 50,
  'collab: read the deal after a merge, 2000': 200,
};

/** `count` successive edits of one field each, made beforehand: the editor's work is not what is measured. */
function edits(doc: PowermapDocument, count: number): PowermapDocument[] {
  const out: PowermapDocument[] = [];
  let current = doc;
  for (let k = 0; k < count; k++) {
    const i = (k * 37) % current.stakeholders.length;
    current = {
      ...current,
      // Always a new value: an edit that changes nothing writes nothing.
      stakeholders: current.stakeholders.map((p, j) =>
        j === i ? { ...p, attitude: ATTITUDES.find((a) => a !== p.attitude)! } : p,
      ),
    };
    out.push(current);
  }
  return out;
}

/** Writes one edit and takes the update it produces, as a provider or the local store receives it. */
function writeAndEncode(ydoc: Y.Doc, previous: PowermapDocument, next: PowermapDocument, withPrevious: boolean): void {
  let update: Uint8Array | null = null;
  const capture = (u: Uint8Array) => (update = u);
  ydoc.on('update', capture);
  applyDocumentToYDoc(ydoc, next, ME, withPrevious ? { previous } : {});
  ydoc.off('update', capture);
  if (update === null) throw new Error('the edit wrote nothing');
}

export function collabBenchmarks(): Timing[] {
  const doc = syntheticMap(2000);
  const ydoc = documentToYDoc(doc, ME);
  const RUNS = 200;
  const WARMUP = 5;
  const chain = [doc, ...edits(doc, 2 * (RUNS + WARMUP))];
  let k = 0;
  const step = (withPrevious: boolean) => () => {
    writeAndEncode(ydoc, chain[k]!, chain[k + 1]!, withPrevious);
    k++;
  };
  const withPrevious = measure('collab: 1 field edit + update, 2000 people', step(true), RUNS, WARMUP);
  const withoutPrevious = measure('collab: same, no previous document', step(false), 50, WARMUP);
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
  const read = measure('collab: read the deal after a merge, 2000', () => readDealFromYDoc(other), 20);
  const convert = measure('collab: existing deal to Y.Doc, 2000', () => documentToYDoc(doc, ME), 10, 1);
  const encode = measure('collab: whole state encoded, 2000', () => Y.encodeStateAsUpdate(ydoc), 20);
  return [withPrevious, withoutPrevious, read, convert, encode];
}
