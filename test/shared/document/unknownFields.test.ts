/** Fields this version does not know are kept on a round trip (PRODUCT.md section 2). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseDocumentText, serializeDocument, type PowermapDocument } from '../../../shared/document';
import { documentInputArb } from '../../support/arbitraries';
import { expectDocument, rawDocument } from '../../support/builders';

const nested = { level: 1, list: [1, 'two', { three: [null, true] }], empty: {}, text: '张华' };

const input = rawDocument({
  'x-root': nested,
  generator: 'powermap 0.9',
  deal: {
    id: 'd-1',
    name: 'Core banking upgrade',
    crmId: 'CRM-42',
    qualification: { canWin: 'no', why: 'incumbent' },
  },
  team: [{ id: 't-1', name: 'Li Na', email: 'li@example.com' }],
  stakeholders: [
    {
      id: 's-1',
      name: 'Zhang Hua',
      wechat: 'zh123',
      interests: { personal: 'golf', hobby: 'tea' },
      position: { x: 1, y: 2, z: 3 },
      'x-nested': nested,
    },
    { id: 's-2', name: 'Wang' },
  ],
  relationships: [{ id: 'r-1', kind: 'influences', from: 's-1', to: 's-2', since: '2020', meta: { source: 'ceo' } }],
  history: [
    {
      id: 'h-1',
      takenAt: '2026-10-01T09:00:00Z',
      author: 'Li Na',
      deal: { id: 'd-1', name: 'Earlier', crmId: 'CRM-41' },
      stakeholders: [{ id: 's-1', name: 'Zhang Hua', legacyScore: 7 }],
      relationships: [],
      'x-nested': nested,
    },
  ],
});

describe('unknown fields', () => {
  const first = expectDocument(parseDocument(input));
  const text = serializeDocument(first);
  const second = expectDocument(parseDocumentText(text));

  const cases: [string, (d: PowermapDocument) => unknown[], unknown[]][] = [
    ['the root', (d) => [d['x-root'], d['generator']], [nested, 'powermap 0.9']],
    ['the deal', (d) => [d.deal['crmId']], ['CRM-42']],
    ['the qualification', (d) => [d.deal.qualification['why']], ['incumbent']],
    ['a team member', (d) => [d.team[0]?.['email']], ['li@example.com']],
    ['a stakeholder', (d) => [d.stakeholders[0]?.['wechat'], d.stakeholders[0]?.['x-nested']], ['zh123', nested]],
    ['interests', (d) => [d.stakeholders[0]?.interests['hobby']], ['tea']],
    ['a position', (d) => [d.stakeholders[0]?.position['z']], [3]],
    [
      'a relationship',
      (d) => [d.relationships[0]?.['since'], d.relationships[0]?.['meta']],
      ['2020', { source: 'ceo' }],
    ],
    ['a snapshot', (d) => [d.history[0]?.['author'], d.history[0]?.['x-nested']], ['Li Na', nested]],
    ["a snapshot's deal", (d) => [d.history[0]?.deal['crmId']], ['CRM-41']],
    ["a snapshot's stakeholder", (d) => [d.history[0]?.stakeholders[0]?.['legacyScore']], [7]],
  ];
  it.each(cases)('survive in %s', (_where, pick, expected) => {
    expect(pick(first)).toEqual(expected);
    expect(pick(second)).toEqual(expected);
  });

  it('survive parse → serialize → parse unchanged, next to the defaults', () => {
    expect(second).toEqual(first);
    expect(second.stakeholders[0]?.interests).toEqual({
      organizational: '',
      position: '',
      personal: 'golf',
      hobby: 'tea',
    });
    expect(second.deal.qualification).toEqual({
      opportunity: 'unsure',
      solution: 'unsure',
      canWin: 'no',
      worthWinning: 'unsure',
      why: 'incumbent',
    });
  });

  it('are written after the known fields, sorted', () => {
    const root = Object.keys(JSON.parse(text) as object);
    expect(root.slice(0, 2)).toEqual(['format', 'version']);
    expect(root.slice(-2)).toEqual(['generator', 'x-root']);
  });

  it('survive for any generated document', () => {
    fc.assert(
      fc.property(documentInputArb(), (raw) => {
        const parsed = expectDocument(parseDocument(raw));
        const again = expectDocument(parseDocumentText(serializeDocument(parsed)));
        expect(again).toEqual(parsed);
        // Every unknown root key of the input is still there.
        for (const key of Object.keys(raw)) expect(again).toHaveProperty([key]);
      }),
      { numRuns: 150 },
    );
  });
});
