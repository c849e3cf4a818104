/** The places by id and the region's wanted people and lines, kept between renders: always what working them out afresh gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tellTouching } from '../../../renderer/canvas/edgesTouching';
import { wantedIn, type Wanted } from '../../../renderer/canvas/mounting';
import type { Rect } from '../../../renderer/canvas/region';
import type { LineEdge, PersonNode } from '../../../renderer/canvas/toFlow';
import { PlacesById, WantedRegion } from '../../../renderer/canvas/wantedRegion';

const node = (id: string, x: number, y: number, selected = false): PersonNode =>
  ({ id, type: 'person', position: { x, y }, selected, data: {} }) as unknown as PersonNode;
const edge = (id: string, source: string, target: string): LineEdge => ({ id, source, target });

const coordinate = fc.integer({ min: -4, max: 12 }).map((n) => n * 150);
const place = fc.record({ x: coordinate, y: coordinate });
const regionArbitrary: fc.Arbitrary<Rect | null> = fc.option(
  fc.record({
    x: coordinate,
    y: coordinate,
    width: fc.integer({ min: 0, max: 2000 }),
    height: fc.integer({ min: 0, max: 1500 }),
  }),
  { nil: null },
);

/** A change between two renders: cards moved (new nodes), a node made anew where it was (a selection), new lines, a new region, a card gone. */
type Step =
  | { readonly kind: 'move'; readonly who: readonly number[]; readonly to: readonly { x: number; y: number }[] }
  | { readonly kind: 'select' | 'remove'; readonly who: number }
  | { readonly kind: 'lines'; readonly pairs: readonly [number, number][] }
  | { readonly kind: 'region'; readonly region: Rect | null };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      who: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      to: fc.array(place, { minLength: 3, maxLength: 3 }),
    }),
  },
  fc.record({ kind: fc.constantFrom('select' as const, 'remove' as const), who: fc.nat() }),
  fc.record({ kind: fc.constant('lines' as const), pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }) }),
  fc.record({ kind: fc.constant('region' as const), region: regionArbitrary }),
);

interface World {
  readonly nodes: readonly PersonNode[];
  readonly edges: readonly LineEdge[];
  readonly region: Rect | null;
}

function linesOf(nodes: readonly PersonNode[], pairs: readonly [number, number][], tag: string): LineEdge[] {
  if (nodes.length === 0) return [];
  // Some lines name a person not on the map (as after a deletion): they are never wanted.
  return pairs.map(([a, b], i) =>
    edge(`${tag}${i}`, nodes[a % nodes.length]!.id, i % 5 === 4 ? 'gone' : nodes[b % nodes.length]!.id),
  );
}

function stepped(world: World, step: Step, n: number): World {
  const { nodes } = world;
  const pick = (i: number) => i % Math.max(1, nodes.length);
  switch (step.kind) {
    case 'move': {
      const to = new Map(step.who.map((i, k) => [pick(i), step.to[k]!]));
      return { ...world, nodes: nodes.map((p, i) => (to.has(i) ? node(p.id, to.get(i)!.x, to.get(i)!.y) : p)) };
    }
    case 'select':
      return {
        ...world,
        nodes: nodes.map((p, i) => (i === pick(step.who) ? node(p.id, p.position.x, p.position.y, true) : p)),
      };
    case 'remove':
      return { ...world, nodes: nodes.filter((_, i) => i !== pick(step.who)) };
    case 'lines':
      return { ...world, edges: linesOf(nodes, step.pairs, `l${n}-`) };
    case 'region':
      return { ...world, region: step.region };
  }
}

function expectSameWanted(kept: Wanted, fresh: Wanted, world: World): void {
  expect(kept.people).toEqual(fresh.people);
  expect(kept.lines).toEqual(fresh.lines);
  for (const { id } of [...world.nodes, { id: 'gone' }]) expect(kept.personBox(id)).toEqual(fresh.personBox(id));
  for (const { id } of [...world.edges, { id: 'no-line' }]) expect(kept.lineBox(id)).toEqual(fresh.lineBox(id));
}

describe('the region kept between renders', () => {
  it('for every map and every run of changes, gives the places and the wanted people and lines that working them out afresh does', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 14 }),
        fc.array(place, { minLength: 14, maxLength: 14 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
        regionArbitrary,
        fc.array(stepArbitrary, { minLength: 1, maxLength: 12 }),
        (ids, places, pairs, region, steps) => {
          const nodes = ids.map((id, i) => node(`p${id}`, places[i]!.x, places[i]!.y));
          let world: World = { nodes, edges: linesOf(nodes, pairs, 'l'), region };
          const placesById = new PlacesById();
          const wantedRegion = new WantedRegion();
          const check = () => {
            // Half the time the edges come told which touch whom, as the mapping tells them (edgesTouching.ts).
            if (world.edges.length % 2 === 0)
              tellTouching(world.edges, (id) =>
                world.edges.flatMap((e, j) => (e.source === id || e.target === id ? [j] : [])),
              );
            const positions = placesById.of(world.nodes);
            expect([...positions]).toEqual(world.nodes.map((p) => [p.id, p.position]));
            const fresh = wantedIn(world.nodes, [...world.edges], positions, world.region);
            expectSameWanted(wantedRegion.of(world.nodes, world.edges, positions, world.region), fresh, world);
          };
          check();
          steps.forEach((step, n) => {
            world = stepped(world, step, n);
            check();
          });
        },
      ),
    );
  });

  it('keeps the very places while nobody moved, and the people not moved as they were', () => {
    const placesById = new PlacesById();
    const wantedRegion = new WantedRegion();
    const region = { x: 0, y: 0, width: 1000, height: 1000 };
    const nodes = [node('a', 0, 0), node('b', 300, 0), node('c', 5000, 0)];
    const edges = [edge('ab', 'a', 'b'), edge('bc', 'b', 'c')];
    const places = placesById.of(nodes);
    const first = wantedRegion.of(nodes, edges, places, region);
    const selected = [{ ...nodes[0]!, selected: true }, nodes[1]!, nodes[2]!];
    expect(placesById.of(selected)).toBe(places);
    const moved = [nodes[0]!, node('b', 5000, 300), nodes[2]!];
    const after = wantedRegion.of(moved, edges, placesById.of(moved), region);
    expect(after.people.map((p) => p.id)).toEqual(['a']);
    expect(after.people[0]).toBe(first.people[0]);
    expect(after.lines.map((l) => l.id)).toEqual(['ab']);
  });
});
