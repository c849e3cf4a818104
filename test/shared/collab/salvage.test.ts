import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  applyDocumentToYDoc,
  describeSetAside,
  documentToYDoc,
  readDealFromYDoc,
  salvageDocument,
  setAsideJson,
  type Actor,
  type SetAsidePart,
} from '../../../shared/collab';
import { parseDocument, type PowermapDocument } from '../../../shared/document';
import { makeDocument, member, person, relationship, rawDocument } from '../../support/builders';

const ME: Actor = { id: 'u-1', name: 'Li Na' };

function deal(): PowermapDocument {
  return makeDocument({
    team: [member('t-1', { name: 'Zhou' })],
    stakeholders: [
      person('s-1', { name: '副总', attitude: 'supporter', ownerId: 't-1' }),
      person('s-2', { name: 'Wang Wei', title: 'CIO' }),
      person('s-3', { name: 'Liu' }),
    ],
    relationships: [relationship('r-1', 'reports-to', 's-2', 's-1'), relationship('r-2', 'influences', 's-3', 's-2')],
  });
}

function read(ydoc: Y.Doc) {
  const result = readDealFromYDoc(ydoc);
  if (!result.ok) throw new Error('refused');
  // Whatever was set aside, the document reads as a file would.
  expect(parseDocument(JSON.parse(JSON.stringify(result.document))).ok).toBe(true);
  return result;
}

function words(parts: readonly SetAsidePart[]) {
  return { en: parts.map((p) => describeSetAside(p, 'en')), zh: parts.map((p) => describeSetAside(p, 'zh-CN')) };
}

describe('a damaged Y.Doc reads what is valid and sets the rest aside', () => {
  it('a person entry set to null: left out, kept raw, named in words', () => {
    const ydoc = documentToYDoc(deal(), ME);
    ydoc.getMap('people').set('s-3', null);
    const result = read(ydoc);
    expect(result.document.stakeholders.map((p) => p.id)).toEqual(['s-1', 's-2']);
    // Its line names nobody now: set aside too, whole.
    expect(result.document.relationships.map((r) => r.id)).toEqual(['r-1']);
    expect(result.setAside).toMatchObject([
      { entity: 'person', field: null, value: null, reason: 'unreadable', repair: 'left_out' },
      { entity: 'line', id: 'r-2', reason: 'unknown_person', value: { id: 'r-2', from: 's-3', to: 's-2' } },
    ]);
    const { en, zh } = words(result.setAside);
    expect(en).toEqual([
      'A person: the record could not be read (it holds nothing), so it is left out of the map.',
      'The line s-3 → Wang Wei names a person who is not on the map (removed?), so it is left out.',
    ]);
    expect(zh[0]).toBe('一位人物: 记录无法读取 (内容为空值), 已从图中移出。');
    for (const text of [...en, ...zh]) expect(text).not.toMatch(/stakeholders\[|expected an object/);
  });

  it('an unknown attitude: the person opens with attitude unknown; the raw value is kept', () => {
    const ydoc = documentToYDoc(deal(), ME);
    (ydoc.getMap('people').get('s-1') as Y.Map<unknown>).set('attitude', 'friendly');
    const result = read(ydoc);
    expect(result.document.stakeholders[0]).toMatchObject({
      id: 's-1',
      name: '副总',
      attitude: 'unknown',
      ownerId: 't-1',
    });
    expect(result.setAside).toEqual([
      {
        entity: 'person',
        id: 's-1',
        name: '副总',
        field: 'attitude',
        value: 'friendly',
        reason: 'invalid_value',
        repair: 'default',
        shownAs: 'unknown',
      },
    ]);
    expect(words(result.setAside)).toEqual({
      en: ['“副总”: attitude held “friendly”, which is not a valid value; shown as unknown.'],
      zh: ['“副总”: 态度的值为“friendly”, 不是有效值; 现显示为不清楚。'],
    });
    // The Y.Doc itself is untouched: reading repairs nothing behind the user's back.
    expect((ydoc.getMap('people').get('s-1') as Y.Map<unknown>).get('attitude')).toBe('friendly');
  });

  it('a weight out of range and a blank name: defaults and a stand-in name', () => {
    const ydoc = documentToYDoc(deal(), ME);
    const wang = ydoc.getMap('people').get('s-2') as Y.Map<unknown>;
    wang.set('influence', 300);
    wang.set('name', '  ');
    const result = read(ydoc);
    expect(result.document.stakeholders[1]).toMatchObject({ id: 's-2', name: 'CIO', influence: null });
    expect(words(result.setAside).en).toEqual([
      '“CIO”: the name held “  ”, which is not a valid name; shown as “CIO”.',
      '“CIO”: influence weight held 300, which is not a valid value; shown as (none).',
    ]);
  });

  it('a line left pointing at a removed person, and an owner no longer on the team', () => {
    const ydoc = documentToYDoc(deal(), ME);
    ydoc.getMap('people').delete('s-1');
    ydoc.getMap('team').delete('t-1');
    const doc = deal();
    (ydoc.getMap('people').get('s-2') as Y.Map<unknown>).set('ownerId', 't-1');
    const result = read(ydoc);
    expect(result.document.relationships.map((r) => r.id)).toEqual(['r-2']);
    expect(result.document.stakeholders.find((p) => p.id === 's-2')?.ownerId).toBeNull();
    expect(result.setAside.map((p) => [p.entity, p.id, p.reason])).toEqual([
      ['person', 's-2', 'unknown_owner'],
      ['line', 'r-1', 'unknown_person'],
    ]);
    expect(result.setAside[1]!.value).toEqual(doc.relationships[0]);
  });

  it('a person whose id field says another id than its key: read under its key, the stored id kept aside', () => {
    const ydoc = documentToYDoc(deal(), ME);
    const entry = ydoc.getMap('people').get('s-2');
    if (!(entry instanceof Y.Map)) throw new Error('no person map');
    // Another person's id: read as written, two records would claim s-1 and one would be lost.
    entry.set('id', 's-1');
    const result = read(ydoc);
    expect(result.document.stakeholders.map((p) => [p.id, p.name])).toEqual([
      ['s-1', '副总'],
      ['s-2', 'Wang Wei'],
      ['s-3', 'Liu'],
    ]);
    expect(result.document.relationships).toEqual(deal().relationships);
    expect(result.setAside).toMatchObject([
      { entity: 'person', id: 's-2', field: 'id', value: 's-1', reason: 'missing_id', repair: 'default' },
    ]);
  });

  it('a damaged snapshot is set aside whole; the deal and other snapshots open', () => {
    const doc = makeDocument({
      stakeholders: [person('s-1', { name: 'A' })],
      history: [
        { id: 'h-1', takenAt: '2026-01-01T00:00:00Z', label: 'Jan', deal: { id: 'd-1', name: 'x' } },
        { id: 'h-2', takenAt: '2026-02-01T00:00:00Z', label: 'Feb', deal: { id: 'd-1', name: 'x' } },
      ],
    });
    const ydoc = documentToYDoc(doc, ME);
    (ydoc.getMap('snapshots').get('h-1') as Y.Map<unknown>).set('data', new Uint8Array([1, 2, 3]));
    const result = read(ydoc);
    expect(result.document.history.map((h) => h.id)).toEqual(['h-2']);
    expect(words(result.setAside).en).toEqual([
      'The snapshot “Jan”: the record holds values that could not be read, so it is left out of the map.',
    ]);
  });
});

describe('salvageDocument (rows of the local database)', () => {
  it('reads a sound document whole, with nothing set aside', () => {
    const doc = deal();
    const result = salvageDocument(JSON.parse(JSON.stringify(doc)), 'd-1');
    expect(result).toMatchObject({ ok: true, setAside: [] });
    if (result.ok) expect(result.document).toEqual(doc);
  });

  it('never throws, whatever the input', () => {
    for (const input of [
      null,
      3,
      'x',
      [],
      {},
      { deal: null },
      { stakeholders: 'no' },
      rawDocument({ stakeholders: [[], 1, { id: 1 }] }),
    ]) {
      const result = salvageDocument(input, 'd-9', { dealName: 'From the library' });
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.document.deal.id).toBe('d-9');
        expect(parseDocument(JSON.parse(JSON.stringify(result.document))).ok).toBe(true);
      }
    }
  });

  it('repeats of an id, forbidden keys and a wrong deal id are set aside, each worded', () => {
    const raw = JSON.parse(
      '{"format":"powermap","version":1,"deal":{"id":"other","name":"Deal"},"stakeholders":[{"id":"s-1","name":"A"},{"id":"s-1","name":"B","__proto__":{"x":1}}]}',
    ) as unknown;
    const result = salvageDocument(raw, 'd-1');
    if (!result.ok) throw new Error('refused');
    expect(result.document.deal.id).toBe('d-1');
    expect(result.document.stakeholders.map((p) => p.name)).toEqual(['A']);
    expect(words(result.setAside).en).toEqual([
      'The deal held keys named “__proto__” (1 in all), which are not allowed; they are left out.',
      'The deal “Deal”: the record named another id (“other”); the deal’s own id is used.',
      '“B”: a second record with an id already used, so it is left out of the map.',
    ]);
  });

  it('refuses only a document of a newer format, which it cannot read without guessing', () => {
    expect(salvageDocument(rawDocument({ version: 99 }), 'd-1')).toMatchObject({ ok: false });
  });

  it('writes the set-aside parts as JSON with their raw values', () => {
    const ydoc = documentToYDoc(deal(), ME);
    (ydoc.getMap('people').get('s-1') as Y.Map<unknown>).set('attitude', 'friendly');
    const json = JSON.parse(setAsideJson('d-1', read(ydoc).setAside)) as { parts: SetAsidePart[] };
    expect(json).toMatchObject({ format: 'powermap-set-aside', dealId: 'd-1', parts: [{ value: 'friendly' }] });
  });
});

describe('a line left pointing at a person deleted on another replica', () => {
  it('is set aside and named by the deleted person’s name', () => {
    const a = documentToYDoc(deal(), ME);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    // A deletes Liu (and the line to Liu it saw); B draws a new line to Liu meanwhile.
    const seen = read(a).document;
    applyDocumentToYDoc(
      a,
      {
        ...seen,
        stakeholders: seen.stakeholders.filter((p) => p.id !== 's-3'),
        relationships: [seen.relationships[0]!],
      },
      ME,
      { previous: seen },
    );
    const seenByB = read(b).document;
    applyDocumentToYDoc(
      b,
      { ...seenByB, relationships: [...seenByB.relationships, relationship('r-3', 'ally', 's-1', 's-3')] },
      { id: 'u-2', name: 'Zhou' },
      { previous: seenByB },
    );
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const result = read(a);
    expect(result.document.relationships.map((r) => r.id)).toEqual(['r-1']);
    expect(words(result.setAside)).toEqual({
      en: ['The line 副总 → Liu names a person who is not on the map (removed?), so it is left out.'],
      zh: ['关系线 副总 → Liu: 所连的人物不在图中 (可能已删除), 已移出。'],
    });
  });
});
