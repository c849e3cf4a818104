import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, orgChartGraph, orgChartLayout } from '../../../renderer/deal/orgChartLayout';
import { makeDocument, person, relationship } from '../../support/builders';

const doc = makeDocument({
  stakeholders: [person('ceo'), person('cto'), person('cfo'), person('dev'), person('loner')],
  relationships: [
    relationship('r1', 'reports-to', 'cto', 'ceo'),
    relationship('r2', 'reports-to', 'cfo', 'ceo'),
    relationship('r3', 'reports-to', 'dev', 'cto'),
    relationship('r4', 'influences', 'dev', 'cfo'),
  ],
});

describe('org-chart layout', () => {
  it('lays out only the reporting lines, from manager to subordinate', () => {
    const graph = orgChartGraph(doc);
    expect(graph.edges.map((e) => [e.sources[0], e.targets[0]])).toEqual([
      ['ceo', 'cto'],
      ['ceo', 'cfo'],
      ['cto', 'dev'],
    ]);
  });

  it('puts every manager above the people who report to them, and places everyone', async () => {
    const positions = await orgChartLayout(doc, () => Promise.resolve(new ELK()));
    expect([...positions.keys()].sort()).toEqual(['ceo', 'cfo', 'cto', 'dev', 'loner']);
    const y = (id: string) => positions.get(id)!.y;
    expect(y('ceo')).toBeLessThan(y('cto'));
    expect(y('ceo')).toBeLessThan(y('cfo'));
    expect(y('cto')).toBeLessThan(y('dev'));
    // No two cards on the same spot.
    const spots = new Set([...positions.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(spots.size).toBe(5);
  });

  it('never places a person who merely influences the general manager above them', async () => {
    // The user's map: a GM with two reports, and people who only sway the GM or a report.
    const influenced = makeDocument({
      stakeholders: [person('gm'), person('vp1'), person('vp2'), person('eng'), person('adviser'), person('friend')],
      relationships: [
        relationship('r1', 'reports-to', 'vp1', 'gm'),
        relationship('r2', 'reports-to', 'vp2', 'gm'),
        relationship('r3', 'reports-to', 'eng', 'vp1'),
        relationship('r4', 'influences', 'adviser', 'gm'),
        relationship('r5', 'influences', 'friend', 'vp2'),
        relationship('r6', 'ally', 'adviser', 'friend'),
      ],
    });
    const positions = await orgChartLayout(influenced, () => Promise.resolve(new ELK()));
    const y = (id: string) => positions.get(id)!.y;
    expect(y('gm')).toBeLessThan(y('vp1'));
    expect(y('vp1')).toBeLessThan(y('eng'));
    expect(y('adviser')).toBeGreaterThanOrEqual(y('gm'));
    expect(y('friend')).toBeGreaterThanOrEqual(y('gm'));
  });

  it('lays out a map without reporting lines as a block of cards that do not overlap', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const flat = makeDocument({
      stakeholders: ids.map((id) => person(id)),
      relationships: [relationship('r1', 'influences', 'a', 'b')],
    });
    const engine = () => Promise.reject(new Error('ELK is not needed without a reporting line'));
    const positions = await orgChartLayout(flat, engine);
    expect([...positions.keys()].sort()).toEqual(ids);
    const spots = new Set([...positions.values()].map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(ids.length);
    for (const p of positions.values())
      for (const q of positions.values()) {
        if (p === q) continue;
        expect(Math.abs(p.x - q.x) >= CARD_WIDTH || Math.abs(p.y - q.y) >= CARD_HEIGHT).toBe(true);
      }
  });
});
