/** The document as React Flow nodes and edges: mapping, reuse by identity, line styles per kind. */
import { segmentHitsBox } from '../../../shared/mapLayout/lineRoute';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../../shared/document';
import { translator } from '../../../shared/i18n';
import {
  CARD_HANDLES,
  CARD_HEIGHT,
  CARD_WIDTH,
  dashArray,
  facingSides,
  arrowHead,
  FlowCache,
  influenceStep,
  initials,
  LINE_ARROWS,
  LINE_DASHES,
  LINE_TYPE,
  MAX_DASH_PERIODS,
  subtitleOf,
  toFlow,
  type FlowView,
} from '../../../renderer/canvas/toFlow';
import { makeDocument, person, relationship } from '../../support/builders';

const NONE: FlowView = { selection: { people: [], lines: [] }, highlight: [] };

/** Parsed without the cross-checks: one owner id names nobody (a state the canvas must survive). */
function sampleDoc() {
  return DocumentSchema.parse({
    format: 'powermap',
    version: 1,
    deal: { id: 'd-1', name: 'Deal' },
    team: [
      { id: 't-1', name: 'Li Na', role: 'client manager' },
      { id: 't-2', name: '  ', role: 'nameless' },
    ],
    stakeholders: [
      {
        id: 's-1',
        name: 'Wang Wei',
        title: 'General manager',
        department: 'Office',
        attitude: 'supporter',
        closeness: 'close',
        influence: 40,
        ownerId: 't-1',
        roles: ['decision-maker'],
        position: { x: 0, y: 0 },
      },
      { id: 's-2', name: 'Zhang Hua', position: { x: 0, y: 300 }, ownerId: 'gone' },
      { id: 's-3', name: 'Li Jian', position: { x: 400, y: 300 }, ownerId: 't-2' },
      { id: 's-4', name: 'Sun Li', position: { x: 800, y: 320 } },
    ],
    relationships: [
      { id: 'r-1', kind: 'reports-to', from: 's-2', to: 's-1' },
      { id: 'r-2', kind: 'influences', from: 's-3', to: 's-1', strength: 3 },
      { id: 'r-3', kind: 'ally', from: 's-2', to: 's-3' },
      { id: 'r-4', kind: 'conflict', from: 's-3', to: 's-4' },
      { id: 'r-5', kind: 'influences', from: 's-4', to: 's-2', strength: 1 },
    ],
  });
}

describe('toFlow mapping', () => {
  it('makes one person node per stakeholder, in document order, with the card size and handles declared', () => {
    const doc = sampleDoc();
    const { nodes } = toFlow(doc, NONE, new FlowCache(translator('en')));
    expect(nodes.map((n) => n.id)).toEqual(['s-1', 's-2', 's-3', 's-4']);
    for (const [i, node] of nodes.entries()) {
      const person = doc.stakeholders[i]!;
      expect(node.type).toBe('person');
      expect(node.data.person).toBe(person);
      expect(node.position).toEqual(person.position);
      expect(node).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
      expect(node.measured).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
      expect(node.handles).toBe(CARD_HANDLES);
      expect(node.selected).toBe(false);
      expect(node.data.highlighted).toBe(false);
    }
  });

  it('names the owner, marks a missing one, and leaves people without an owner distinct', () => {
    const { nodes } = toFlow(sampleDoc(), NONE, new FlowCache(translator('en')));
    expect(nodes[0]!.data.owner).toEqual({ name: 'Li Na', initials: 'LN' });
    expect(nodes[1]!.data.owner).toEqual({ name: 'unknown member', initials: '?' });
    expect(nodes[2]!.data.owner).toEqual({ name: 't-2', initials: 'T-' });
    expect(nodes[3]!.data.owner).toBeNull();
  });

  it('describes each person for assistive technology in the interface language', () => {
    const en = toFlow(sampleDoc(), NONE, new FlowCache(translator('en'))).nodes[0]!.ariaLabel;
    expect(en).toBe(
      'Wang Wei, General manager · Office. Attitude supporter, closeness close. Influence weight: 40%. Our owner: Li Na.',
    );
    const zh = toFlow(sampleDoc(), NONE, new FlowCache(translator('zh-CN'))).nodes[1]!.ariaLabel;
    expect(zh).toContain('不清楚');
    expect(zh).toContain('影响项目的比重尚未评估');
  });

  it('flags selected and highlighted people and selected lines', () => {
    const view: FlowView = { selection: { people: ['s-2'], lines: ['r-3'] }, highlight: ['s-1', 's-2'] };
    const { nodes, edges } = toFlow(sampleDoc(), view, new FlowCache(translator('en')));
    expect(nodes.map((n) => n.selected)).toEqual([false, true, false, false]);
    expect(nodes.map((n) => n.data.highlighted)).toEqual([true, true, false, false]);
    expect(edges.map((e) => e.selected)).toEqual([false, false, true, false, false]);
  });

  it('leaves out lines whose ends are not in the document', () => {
    const doc = sampleDoc();
    const broken = {
      ...doc,
      relationships: [...doc.relationships, { ...doc.relationships[0]!, id: 'r-x', to: 'nobody' }],
    };
    const { edges } = toFlow(broken, NONE, new FlowCache(translator('en')));
    expect(edges.map((e) => e.id)).toEqual(['r-1', 'r-2', 'r-3', 'r-4', 'r-5']);
  });
});

describe('line styles per kind', () => {
  const { edges } = toFlow(sampleDoc(), NONE, new FlowCache(translator('en')));
  const byId = new Map(edges.map((e) => [e.id, e]));

  it('draws reports-to grey with an arrow to the manager', () => {
    const edge = byId.get('r-1')!;
    expect(edge).toMatchObject({ source: 's-2', target: 's-1', type: LINE_TYPE });
    expect(edge.className).toBe('pm-line pm-line--reports-to');
    expect(edge.data).toMatchObject({ kind: 'reports-to', strength: 2 });
    expect(LINE_ARROWS['reports-to']).toBe(true);
  });

  it('draws influence coloured, with an arrow to the one swayed and a width class per strength', () => {
    expect(byId.get('r-2')).toMatchObject({ source: 's-3', target: 's-1', data: { kind: 'influences', strength: 3 } });
    expect(LINE_ARROWS.influences).toBe(true);
    expect(byId.get('r-2')!.className).toBe('pm-line pm-line--influences pm-line--s3');
    expect(byId.get('r-5')!.className).toBe('pm-line pm-line--influences pm-line--s1');
  });

  it('draws ally and conflict without arrows, each with its own class and dash pattern', () => {
    expect(LINE_ARROWS.ally).toBe(false);
    expect(LINE_ARROWS.conflict).toBe(false);
    expect(byId.get('r-3')!.className).toBe('pm-line pm-line--ally');
    expect(byId.get('r-4')!.className).toBe('pm-line pm-line--conflict');
    expect(LINE_DASHES.ally).not.toEqual(LINE_DASHES.conflict);
  });

  it('labels every line in words', () => {
    expect(byId.get('r-1')!.ariaLabel).toBe('Zhang Hua reports to Wang Wei');
    expect(byId.get('r-2')!.ariaLabel).toBe('Li Jian influences Wang Wei (strong)');
    expect(byId.get('r-4')!.ariaLabel).toBe('Li Jian and Sun Li: conflicting interests');
  });

  it('joins the sides of the cards that face each other', () => {
    expect(byId.get('r-1')).toMatchObject({ sourceHandle: 't', targetHandle: 'b' });
    expect(byId.get('r-3')).toMatchObject({ sourceHandle: 'r', targetHandle: 'l' });
    expect(byId.get('r-5')).toMatchObject({ sourceHandle: 'l', targetHandle: 'r' });
  });
});

describe('toFlow reuse', () => {
  it('returns the very same arrays when nothing changed', () => {
    const doc = sampleDoc();
    const cache = new FlowCache(translator('en'));
    const first = toFlow(doc, NONE, cache);
    const second = toFlow(doc, { selection: { people: [], lines: [] }, highlight: [] }, cache);
    expect(second.nodes).toBe(first.nodes);
    expect(second.edges).toBe(first.edges);
  });

  it('re-creates only the node of the person edited, and keeps lines whose ends look the same', () => {
    const doc = sampleDoc();
    const cache = new FlowCache(translator('en'));
    const before = toFlow(doc, NONE, cache);
    const edited = {
      ...doc,
      stakeholders: doc.stakeholders.map((p) => (p.id === 's-3' ? { ...p, attitude: 'champion' as const } : p)),
    };
    const after = toFlow(edited, NONE, cache);
    expect(after.nodes).not.toBe(before.nodes);
    after.nodes.forEach((node, i) => {
      if (node.id === 's-3') expect(node).not.toBe(before.nodes[i]);
      else expect(node).toBe(before.nodes[i]);
    });
    expect(after.edges).toBe(before.edges);
  });

  it('re-creates the lines of a renamed or moved person, and only those', () => {
    const doc = sampleDoc();
    const cache = new FlowCache(translator('en'));
    const before = toFlow(doc, NONE, cache);
    const moved = {
      ...doc,
      stakeholders: doc.stakeholders.map((p) => (p.id === 's-4' ? { ...p, position: { x: 400, y: 700 } } : p)),
    };
    const after = toFlow(moved, NONE, cache);
    const changed = after.edges.filter((edge, i) => edge !== before.edges[i]).map((e) => e.id);
    expect(changed).toEqual(['r-4', 'r-5']);
    expect(after.edges.find((e) => e.id === 'r-4')).toMatchObject({ sourceHandle: 'b', targetHandle: 't' });
  });

  it('re-creates only the nodes whose selection or highlight changed', () => {
    const doc = sampleDoc();
    const cache = new FlowCache(translator('en'));
    const before = toFlow(doc, NONE, cache);
    const after = toFlow(doc, { selection: { people: ['s-1'], lines: ['r-2'] }, highlight: ['s-4'] }, cache);
    const changed = after.nodes.filter((node, i) => node !== before.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(['s-1', 's-4']);
    expect(after.edges.filter((edge, i) => edge !== before.edges[i]).map((e) => e.id)).toEqual(['r-2']);
  });

  it('keeps 999 of 1,000 nodes when one person of a large map changes', () => {
    const doc = makeDocument({
      stakeholders: Array.from({ length: 1000 }, (_, i) => ({
        id: `s-${i}`,
        name: `P ${i}`,
        position: { x: i, y: 0 },
      })),
    });
    const cache = new FlowCache(translator('en'));
    const before = toFlow(doc, NONE, cache);
    const stakeholders = [...doc.stakeholders];
    stakeholders[500] = { ...stakeholders[500]!, name: 'Renamed' };
    const after = toFlow({ ...doc, stakeholders }, NONE, cache);
    expect(after.nodes.filter((node, i) => node === before.nodes[i])).toHaveLength(999);
  });

  it('words nodes anew in another language (a new cache)', () => {
    const doc = sampleDoc();
    const en = toFlow(doc, NONE, new FlowCache(translator('en')));
    const zh = toFlow(doc, NONE, new FlowCache(translator('zh-CN')));
    expect(zh.nodes[0]).not.toBe(en.nodes[0]);
    expect(zh.nodes[0]!.ariaLabel).toContain('支持者');
  });
});

describe("a comparison's marks", () => {
  const marks = {
    people: new Map([
      ['s-1', 'improved'],
      ['s-4', 'removed'],
    ] as const),
    lines: new Map([
      ['r-2', 'added'],
      ['r-4', 'removed'],
    ] as const),
  };
  const marked: FlowView = { ...NONE, marks };

  it('gives each marked card its mark and says it in the label; unmarked cards carry none', () => {
    const { nodes } = toFlow(sampleDoc(), marked, new FlowCache(translator('en')));
    expect(nodes.map((n) => n.data.mark)).toEqual(['improved', undefined, undefined, 'removed']);
    expect(nodes[0]!.ariaLabel).toMatch(/Our owner: Li Na\. Since the older version: improved\.$/);
    expect(nodes[1]!.ariaLabel).not.toContain('older version');
    const zh = toFlow(sampleDoc(), marked, new FlowCache(translator('zh-CN'))).nodes[3]!.ariaLabel;
    expect(zh).toContain('与旧版本相比: 移除');
  });

  it('classes and labels added and removed lines', () => {
    const { edges } = toFlow(sampleDoc(), marked, new FlowCache(translator('en')));
    const byId = new Map(edges.map((e) => [e.id, e]));
    expect(byId.get('r-2')!.className).toBe('pm-line pm-line--influences pm-line--s3 pm-line--mark-added');
    expect(byId.get('r-2')!.data).toMatchObject({ kind: 'influences', strength: 3, mark: 'added' });
    expect(byId.get('r-4')!.className).toBe('pm-line pm-line--conflict pm-line--mark-removed');
    expect(byId.get('r-4')!.ariaLabel).toBe(
      'Li Jian and Sun Li: conflicting interests. Since the older version: removed.',
    );
    expect(byId.get('r-1')!.className).toBe('pm-line pm-line--reports-to');
  });

  it('re-creates only the marked nodes and lines, and nothing when the same marks come again', () => {
    const doc = sampleDoc();
    const cache = new FlowCache(translator('en'));
    const plain = toFlow(doc, NONE, cache);
    const first = toFlow(doc, marked, cache);
    expect(first.nodes.map((n, i) => n === plain.nodes[i])).toEqual([false, true, true, false]);
    expect(first.edges.map((e, i) => e === plain.edges[i])).toEqual([true, false, true, false, true]);
    const again = toFlow(doc, { ...NONE, marks }, cache);
    expect(again.nodes).toBe(first.nodes);
    expect(again.edges).toBe(first.edges);
  });
});

describe("teammates' selections (presence)", () => {
  const peers = new Map([['s-1', { colour: '#00838f', names: ['周敏', 'Chen Jing'] }]]);

  it('rings the person a teammate selected, says who in the label, and re-creates only that card', () => {
    const doc = sampleDoc();
    const cache = new FlowCache(translator('en'));
    const plain = toFlow(doc, NONE, cache);
    const withPeers = toFlow(doc, { ...NONE, peers }, cache);
    expect(withPeers.nodes.map((n) => n.data.peer)).toEqual([peers.get('s-1'), undefined, undefined, undefined]);
    expect(withPeers.nodes[0]!.ariaLabel).toMatch(/Our owner: Li Na\. Selected by 周敏, Chen Jing\.$/);
    expect(withPeers.nodes.map((n, i) => n === plain.nodes[i])).toEqual([false, true, true, true]);
    expect(toFlow(doc, { ...NONE, peers }, cache).nodes).toBe(withPeers.nodes);
    const zh = toFlow(doc, { ...NONE, peers }, new FlowCache(translator('zh-CN'))).nodes[0]!.ariaLabel;
    expect(zh).toMatch(/周敏, Chen Jing 已选中。$/);
  });
});

describe('helpers', () => {
  it('initials', () => {
    expect(initials('Li Na')).toBe('LN');
    expect(initials('Alexandra Konstantinopoulou-Whitfield')).toBe('AK');
    expect(initials('李娜')).toBe('李娜');
    expect(initials('欧阳娜娜')).toBe('欧阳');
    expect(initials('madonna')).toBe('MA');
    expect(initials('   ')).toBe('?');
  });

  it('facingSides: vertical when a card lies wholly above or below, else the facing sides', () => {
    expect(facingSides({ x: 0, y: 300 }, { x: 0, y: 0 })).toEqual(['t', 'b']);
    expect(facingSides({ x: 0, y: 0 }, { x: 500, y: 300 })).toEqual(['b', 't']);
    expect(facingSides({ x: 0, y: 0 }, { x: 300, y: 50 })).toEqual(['r', 'l']);
    expect(facingSides({ x: 300, y: 0 }, { x: 0, y: -50 })).toEqual(['l', 'r']);
  });

  it('dashArray: solid kinds have none; dashed ones keep their pattern, stretched on long lines', () => {
    expect(dashArray('reports-to', 100)).toBeUndefined();
    expect(dashArray('influences', 100)).toBeUndefined();
    expect(dashArray('conflict', 100)).toBe('6 5');
    expect(dashArray('ally', 100)).toBe('10 3 2 3');
    // A removed line's ghost is dashed whatever its kind, with the same bound on long lines.
    expect(dashArray('reports-to', 90, 'removed')).toBe('4 4');
    expect(dashArray('ally', 100, 'added')).toBe('10 3 2 3');
    expect(
      dashArray('influences', 8000, 'removed')!.split(' ').map(Number)[0]! * 2 * MAX_DASH_PERIODS,
    ).toBeGreaterThanOrEqual(8000 - 1);
    for (const length of [1000, 5000, 40000]) {
      const parts = dashArray('conflict', length)!.split(' ').map(Number);
      const period = parts.reduce((a, b) => a + b, 0);
      expect(length / period).toBeLessThanOrEqual(MAX_DASH_PERIODS + 0.01);
      expect(parts[0]! / parts[1]!).toBeCloseTo(6 / 5, 1);
    }
  });

  it('arrowHead: a triangle with its tip at the end, pointing into the card', () => {
    expect(arrowHead(100, 50, 'top')).toBe('M100,50 L95,40 L105,40 Z');
    expect(arrowHead(100, 50, 'bottom')).toBe('M100,50 L105,60 L95,60 Z');
    expect(arrowHead(100, 50, 'left')).toBe('M100,50 L90,55 L90,45 Z');
    expect(arrowHead(100, 50, 'right')).toBe('M100,50 L110,45 L110,55 Z');
  });

  it('influenceStep: 5% steps from 0 to 20', () => {
    expect([0, 2, 3, 40, 97, 100].map(influenceStep)).toEqual([0, 0, 1, 8, 19, 20]);
  });

  it('subtitleOf joins title and department, skipping blanks', () => {
    const doc = sampleDoc();
    expect(subtitleOf(doc.stakeholders[0]!)).toBe('General manager · Office');
    expect(subtitleOf(doc.stakeholders[1]!)).toBe('');
  });

  it('declares each handle where React Flow draws it: centred on a side of the card', () => {
    const centre = (id: string) => {
      const h = CARD_HANDLES.find((handle) => handle.id === id)!;
      return [h.x + (h.width ?? 0) / 2, h.y + (h.height ?? 0) / 2];
    };
    expect(centre('t')).toEqual([CARD_WIDTH / 2, 0]);
    expect(centre('r')).toEqual([CARD_WIDTH, CARD_HEIGHT / 2]);
    expect(centre('b')).toEqual([CARD_WIDTH / 2, CARD_HEIGHT]);
    expect(centre('l')).toEqual([0, CARD_HEIGHT / 2]);
  });

  it('declares every side as a target too, so lines are drawn before the loose connection mode applies', () => {
    for (const id of ['t', 'r', 'b', 'l']) {
      const both = CARD_HANDLES.filter((handle) => handle.id === id);
      expect(both.map((handle) => handle.type).sort()).toEqual(['source', 'target']);
      expect(both[0]!.x).toBe(both[1]!.x);
      expect(both[0]!.y).toBe(both[1]!.y);
    }
  });

  it('routes lines round the cards in their way, and keeps every line when an edit moves nobody', () => {
    const doc = makeDocument({
      stakeholders: [
        person('a', { position: { x: 0, y: 0 } }),
        person('m', { position: { x: 500, y: 0 } }),
        person('b', { position: { x: 1000, y: 0 } }),
      ],
      relationships: [relationship('r', 'influences', 'a', 'b')],
    });
    const cache = new FlowCache(translator('en'));
    const view = NONE;
    const first = toFlow(doc, view, cache);
    const route = first.edges[0]!.data!.route!;
    expect(route.points.length).toBeGreaterThan(2);
    const middle = { x: 500, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT };
    for (let i = 1; i < route.points.length; i++)
      expect(segmentHitsBox(route.points[i - 1]!, route.points[i]!, middle)).toBe(false);
    // An edit that moves nobody: the very same edge.
    const renamed = { ...doc, stakeholders: doc.stakeholders.map((p) => (p.id === 'm' ? { ...p, name: 'M' } : p)) };
    expect(toFlow(renamed, view, cache).edges[0]).toBe(first.edges[0]);
    // The card in the way moves off: the line goes straight.
    const moved = {
      ...renamed,
      stakeholders: renamed.stakeholders.map((p) => (p.id === 'm' ? { ...p, position: { x: 500, y: 600 } } : p)),
    };
    expect(toFlow(moved, view, cache).edges[0]!.data!.route!.points).toHaveLength(2);
  });
});

describe('toFlow after a change of selection alone', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const doc = makeDocument({
    stakeholders: ids.map((id, i) => person(id, { position: { x: i * 300, y: (i % 2) * 200 } })),
    relationships: [
      relationship('ab', 'influences', 'a', 'b'),
      relationship('bc', 'reports-to', 'b', 'c'),
      relationship('cd', 'ally', 'c', 'd'),
      relationship('ae', 'conflict', 'a', 'e'),
    ],
  });
  const lineIds = ['ab', 'bc', 'cd', 'ae', 'gone', 'unknown'];
  const selections = fc.record({
    people: fc.subarray([...ids, 'nobody']),
    lines: fc.subarray(lineIds),
  });

  it('maps every selection as a fresh mapping would, keeping every node and edge whose selection did not flip', () => {
    fc.assert(
      fc.property(fc.array(selections, { minLength: 1, maxLength: 6 }), (steps) => {
        const cache = new FlowCache(translator('en'));
        let before = toFlow(doc, NONE, cache);
        for (const selection of steps) {
          const view: FlowView = { selection, highlight: NONE.highlight };
          const after = toFlow(doc, view, cache);
          expect(after).toEqual(toFlow(doc, view, new FlowCache(translator('en'))));
          after.nodes.forEach((node, i) => {
            if (node.selected === before.nodes[i]!.selected) expect(node).toBe(before.nodes[i]);
          });
          after.edges.forEach((edge, i) => {
            if (edge.selected === before.edges[i]!.selected) expect(edge).toBe(before.edges[i]);
          });
          before = after;
        }
      }),
    );
  });

  it('maps everything again when the document changes with the selection', () => {
    const cache = new FlowCache(translator('en'));
    toFlow(doc, NONE, cache);
    const moved = {
      ...doc,
      stakeholders: doc.stakeholders.map((p) => ({ ...p, position: { x: p.position.x + 1, y: 0 } })),
    };
    const view: FlowView = { selection: { people: ['a'], lines: [] }, highlight: NONE.highlight };
    const flow = toFlow(moved, view, cache);
    expect(flow.nodes.map((node) => node.position.x)).toEqual([1, 301, 601, 901, 1201]);
    expect(flow.nodes.map((node) => node.selected)).toEqual([true, false, false, false, false]);
  });
});
