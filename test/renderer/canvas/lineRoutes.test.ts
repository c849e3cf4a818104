/**
 * The lines' routes kept between mappings (lineRoutes.ts) and the mapping of a few changed
 * people (peopleOnly.ts): after every edit, what toFlow gives is what a mapping from
 * scratch gives, while only what an edit can change is mapped again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PowermapDocument, Stakeholder } from '../../../shared/document';
import { translator } from '../../../shared/i18n';
import { touchingOf } from '../../../renderer/canvas/edgesTouching';
import { looksAt, RouteGrid } from '../../../renderer/canvas/routeGrid';
import { FlowCache, toFlow, type FlowView } from '../../../renderer/canvas/toFlow';
import { makeDocument, person, relationship } from '../../support/builders';

const words = translator('en');
const NONE: FlowView = { selection: { people: [], lines: [] }, highlight: [] };

/** Spots on a loose grid: cards overlap some cells of the routing's grid, lines bend round them, some are long. */
const spot = fc.record({
  x: fc.integer({ min: 0, max: 12 }).map((i) => i * 170),
  y: fc.integer({ min: 0, max: 8 }).map((i) => i * 120),
});

/** Spots close together: lines cross many cards, so routes bend or are left straight for the crowd near them. */
const crowdedSpot = fc.record({
  x: fc.integer({ min: 0, max: 9 }).map((i) => i * 110),
  y: fc.integer({ min: 0, max: 7 }).map((i) => i * 60),
});

const mapOn = (at: fc.Arbitrary<{ x: number; y: number }>, most: number) =>
  fc.integer({ min: 2, max: most }).chain((count) =>
    fc.record({
      spots: fc.array(at, { minLength: count, maxLength: count }),
      lines: fc.array(fc.tuple(fc.nat(count - 1), fc.nat(count - 1)), { maxLength: 2 * count }),
    }),
  );

const mapArbitrary = fc.oneof(mapOn(spot, 14), mapOn(crowdedSpot, 30));
const anySpot = fc.oneof(spot, crowdedSpot);

/** An edit of the map, as the app makes them: new objects for what changed, the rest shared. */
type Edit =
  | { readonly kind: 'move'; readonly who: readonly number[]; readonly to: readonly { x: number; y: number }[] }
  | { readonly kind: 'rename' | 'same-place' | 'remove'; readonly who: number }
  | { readonly kind: 'add'; readonly to: { x: number; y: number } }
  | { readonly kind: 'swap'; readonly who: number; readonly with: number }
  | { readonly kind: 'line'; readonly who: number; readonly with: number }
  | { readonly kind: 'select'; readonly who: number; readonly move: { x: number; y: number } | null };

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      who: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      to: fc.array(anySpot, { minLength: 3, maxLength: 3 }),
    }),
  },
  fc.record({ kind: fc.constantFrom('rename' as const, 'same-place' as const, 'remove' as const), who: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), to: anySpot }),
  fc.record({ kind: fc.constantFrom('swap' as const, 'line' as const), who: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('select' as const), who: fc.nat(), move: fc.option(spot, { nil: null }) }),
);

function mapOf({ spots, lines }: { spots: { x: number; y: number }[]; lines: [number, number][] }): PowermapDocument {
  return makeDocument({
    stakeholders: spots.map((at, i) => person(`p${i}`, { position: at })),
    relationships: lines
      .filter(([from, to]) => from !== to)
      .map(([from, to], i) => relationship(`l${i}`, 'influences', `p${from}`, `p${to}`)),
  });
}

/** The document and view after an edit (indices wrap round the people). */
function applied(doc: PowermapDocument, view: FlowView, edit: Edit, step: number): [PowermapDocument, FlowView] {
  const people = doc.stakeholders;
  if (people.length === 0) return [doc, view];
  const pick = (i: number) => people[i % people.length]!;
  const withPeople = (stakeholders: Stakeholder[]) => ({ ...doc, stakeholders });
  const moved = (ids: Map<string, { x: number; y: number }>) =>
    withPeople(people.map((p) => (ids.has(p.id) ? { ...p, position: ids.get(p.id)! } : p)));
  switch (edit.kind) {
    case 'move':
      return [moved(new Map(edit.who.map((i, k) => [pick(i).id, edit.to[k]!]))), view];
    case 'rename':
      return [withPeople(people.map((p) => (p === pick(edit.who) ? { ...p, name: `${p.name}!` } : p))), view];
    case 'same-place':
      return [withPeople(people.map((p) => (p === pick(edit.who) ? { ...p, position: { ...p.position } } : p))), view];
    case 'remove':
      return [withPeople(people.filter((p) => p !== pick(edit.who))), view];
    case 'add':
      return [withPeople([...people, person(`n${step}`, { position: edit.to })]), view];
    case 'swap': {
      const [a, b] = [edit.who % people.length, edit.with % people.length];
      const swapped = [...people];
      [swapped[a], swapped[b]] = [swapped[b]!, swapped[a]!];
      return [withPeople(swapped), view];
    }
    case 'line': {
      const line = relationship(`m${step}`, 'ally', pick(edit.who).id, pick(edit.with).id);
      return [{ ...doc, relationships: [...doc.relationships, line] }, view];
    }
    case 'select': {
      const selection = { people: [pick(edit.who).id], lines: doc.relationships.slice(0, 1).map((line) => line.id) };
      return [edit.move ? moved(new Map([[pick(edit.who).id, edit.move]])) : doc, { ...view, selection }];
    }
  }
}

describe('routes and nodes kept between mappings', () => {
  it('for every map and every run of edits, maps each step as a mapping from scratch would', () => {
    fc.assert(
      fc.property(mapArbitrary, fc.array(editArbitrary, { minLength: 1, maxLength: 12 }), (map, edits) => {
        const cache = new FlowCache(words);
        let doc = mapOf(map);
        let view = NONE;
        expect(toFlow(doc, view, cache)).toEqual(toFlow(doc, view, new FlowCache(words)));
        edits.forEach((edit, step) => {
          [doc, view] = applied(doc, view, edit, step);
          const flow = toFlow(doc, view, cache);
          expect(flow).toEqual(toFlow(doc, view, new FlowCache(words)));
          // The edges touching each person, as the mapping tells them (edgesTouching.ts).
          const touching = touchingOf(flow.edges)!;
          for (const { id } of doc.stakeholders) {
            const walked = flow.edges.flatMap((e, j) => (e.source === id || e.target === id ? [j] : []));
            expect([...touching(id)].sort((a, b) => a - b)).toEqual(walked);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('after a move, keeps every node and edge the move cannot change, and the very arrays when nothing changed', () => {
    fc.assert(
      fc.property(mapArbitrary, fc.nat(), spot, (map, who, to) => {
        const cache = new FlowCache(words);
        const doc = mapOf(map);
        const before = toFlow(doc, NONE, cache);
        const id = doc.stakeholders[who % doc.stakeholders.length]!.id;
        const moved = {
          ...doc,
          stakeholders: doc.stakeholders.map((p) => (p.id === id ? { ...p, position: to } : p)),
        };
        const after = toFlow(moved, NONE, cache);
        after.nodes.forEach((node, i) => {
          if (node.id !== id) expect(node).toBe(before.nodes[i]);
        });
        after.edges.forEach((edge, i) => {
          const same = edge.data?.route?.points === before.edges[i]!.data?.route?.points;
          if (edge.source !== id && edge.target !== id && same) expect(edge).toBe(before.edges[i]);
        });
        const again = { ...moved, deal: { ...moved.deal, name: 'Renamed deal' } };
        const flow = toFlow(again, NONE, cache);
        expect(flow.nodes).toBe(after.nodes);
        expect(flow.edges).toBe(after.edges);
      }),
    );
  });

  it('keeps a long line, which runs straight, when a card moves across it', () => {
    const doc = makeDocument({
      stakeholders: [
        person('a', { position: { x: 0, y: 0 } }),
        person('b', { position: { x: 3000, y: 0 } }),
        person('m', { position: { x: 1500, y: 600 } }),
      ],
      relationships: [relationship('ab', 'influences', 'a', 'b')],
    });
    const cache = new FlowCache(words);
    const route = toFlow(doc, NONE, cache).edges[0]!.data!.route!;
    const across = {
      ...doc,
      stakeholders: doc.stakeholders.map((p) => (p.id === 'm' ? { ...p, position: { x: 1500, y: 0 } } : p)),
    };
    expect(toFlow(across, NONE, cache).edges[0]!.data!.route).toBe(route);
  });

  it('finds a short line again when a card moves into its way, and again when it leaves', () => {
    const doc = makeDocument({
      stakeholders: [
        person('a', { position: { x: 0, y: 0 } }),
        person('b', { position: { x: 1000, y: 0 } }),
        person('m', { position: { x: 500, y: 900 } }),
      ],
      relationships: [relationship('ab', 'influences', 'a', 'b')],
    });
    const cache = new FlowCache(words);
    expect(toFlow(doc, NONE, cache).edges[0]!.data!.route!.points).toHaveLength(2);
    const inTheWay = {
      ...doc,
      stakeholders: doc.stakeholders.map((p) => (p.id === 'm' ? { ...p, position: { x: 500, y: 0 } } : p)),
    };
    expect(toFlow(inTheWay, NONE, cache).edges[0]!.data!.route!.points.length).toBeGreaterThan(2);
    expect(toFlow(doc, NONE, cache).edges[0]!.data!.route!.points).toHaveLength(2);
  });
});

describe('the grid the routing looks cards up in', () => {
  it('kept through moves, gives the cards along every line in the order a grid built afresh does', () => {
    fc.assert(
      fc.property(
        mapOn(anySpot, 14),
        fc.array(fc.tuple(fc.nat(), spot), { minLength: 1, maxLength: 10 }),
        ({ spots }, moves) => {
          let people = spots.map((at, i) => person(`p${i}`, { position: at }));
          const kept = new RouteGrid(people);
          for (const [who, to] of moves) {
            const id = people[who % people.length]!.id;
            people = people.map((p) => (p.id === id ? { ...p, position: to } : p));
            kept.move(id, to);
            const fresh = new RouteGrid(people);
            for (const a of people)
              for (const b of people) {
                const along = kept.cardsAlong(kept.box(a.id)!, kept.box(b.id)!);
                expect(along).toEqual(fresh.cardsAlong(fresh.box(a.id)!, fresh.box(b.id)!));
              }
          }
        },
      ),
    );
  });

  it('says a card is looked at for a line exactly when the cards along the line hold it', () => {
    const at = fc.record({ x: fc.integer({ min: -3000, max: 3000 }), y: fc.integer({ min: -3000, max: 3000 }) });
    fc.assert(
      fc.property(at, at, at, (a, b, c) => {
        const people = [person('a', { position: a }), person('b', { position: b }), person('c', { position: c })];
        const grid = new RouteGrid(people);
        const [from, to, box] = [grid.box('a')!, grid.box('b')!, grid.box('c')!];
        expect(looksAt(from, to, box)).toBe(grid.cardsAlong(from, to).includes(box));
      }),
      { numRuns: 1000 },
    );
  });
});
