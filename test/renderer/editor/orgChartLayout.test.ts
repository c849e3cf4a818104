import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { orgChartGraph, orgChartLayout } from '../../../renderer/deal/orgChartLayout';
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
});
