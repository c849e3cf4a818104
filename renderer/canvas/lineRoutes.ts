/**
 * Where each line runs between its cards (shared/mapLayout/lineRoute.ts), found again only
 * when something it depends on moved.
 *
 * A line's route depends on its two cards and on the cards inside its reach (routeReach:
 * the area routeLine looks in; none for a line left straight), and on the order those come
 * in the document. So a route is kept while its cards stay where they were and no moved
 * card, where it was or where it went, meets its reach; and every route is found again
 * when the people's order changed. Kept that way, each route is the one a mapping from
 * scratch would find (the property test in test/renderer/canvas/lineRoutes.test.ts).
 *
 * A straight route is kept as well when cards moved in its reach, if what made it straight
 * still holds (findRoute says how many cards crossed it and how many were near): a clear one
 * while no moved card came to cross it (a card crossing the straight line always lies in the
 * grid cells the routing looks in), a crowded one (more cards near than routeLine goes
 * round) while, counted again for the moved cards alone, enough are near and some still
 * cross it. Most lines near a dropped card are kept that way; a bent one is found again.
 *
 * Why not as before (a line's box grown by a card, tested against the moved cards): a long
 * line's box is huge, so one moved card found dozens of long lines again, which are
 * straight whatever the cards around them; and a card the routing looks at could lie
 * outside that box.
 */
import type { PowermapDocument, Stakeholder } from '../../shared/document';
import { CARD_HEIGHT, CARD_WIDTH } from '../../shared/export/geometry';
import {
  findRoute,
  isNear,
  MAX_OBSTACLES,
  meets,
  nearArea,
  routeReach,
  segmentHitsBox,
  type Box,
  type Point,
} from '../../shared/mapLayout/lineRoute';
import type { LineData } from './flowTypes';
import { Reaches } from './reaches';
import { looksAt, RouteGrid } from './routeGrid';

export type Route = NonNullable<LineData['route']>;

/** A line's route and what it was found from. */
interface Known {
  readonly route: Route;
  /** The ids of the line's two people (a line's ends may be changed while it keeps its id). */
  readonly source: string;
  readonly target: string;
  /** Where a moved card changes the route (routeReach); null when only its own cards do. */
  readonly reach: Box | null;
  /** The cards that crossed its straight line, and those near it when some did (findRoute). */
  readonly blocking: number;
  readonly near: number;
}

/** The boxes of the cards that moved: where they were (and of people gone) and where they are (and of people added). */
interface Moved {
  readonly gone: readonly Box[];
  readonly now: readonly Box[];
}

/** A person who moved: where they were and where they are. */
export interface Move {
  readonly id: string;
  readonly before: Stakeholder['position'];
  readonly after: Stakeholder['position'];
}

/**
 * With more moved cards than this, every route is found again: cheaper than testing each
 * route against each card.
 */
const MAX_MOVED = 64;

const cardBox = (position: Point): Box => ({
  x: position.x,
  y: position.y,
  width: CARD_WIDTH,
  height: CARD_HEIGHT,
});

/** The routes of one canvas's lines, kept between mappings (FlowCache). */
export class LineRoutes {
  private known = new Map<string, Known>();
  /** The reach of each line that has one (routeReach): the few a moved card is tested against. */
  private readonly reaches = new Reaches();
  /** The people of the last call, in order, and where each was. */
  private ids: readonly string[] = [];
  private positions = new Map<string, Stakeholder['position']>();
  /** The cards by grid cell, for the people of the last call; built when a route is first looked for. */
  private grid: RouteGrid | null = null;

  /** The route of a line, as of the last call. */
  route(id: string): Route | undefined {
    return this.known.get(id)?.route;
  }

  /**
   * Every line's route, by line id, for a document (`people`: its people by id). Lines whose
   * ends are missing, or the same person, have none.
   */
  all(doc: PowermapDocument, people: ReadonlyMap<string, Stakeholder>): ReadonlyMap<string, Route> {
    const { moved, sameList, reordered } = this.changesSince(doc.stakeholders);
    const many = moved.now.length + moved.gone.length > 2 * MAX_MOVED;
    if (reordered || many) this.known.clear();
    if (!sameList || many) this.grid = null;
    else if (this.grid && moved.now.length > 0)
      for (const person of doc.stakeholders)
        if (this.positions.get(person.id) !== person.position) this.grid.move(person.id, person.position);
    this.ids = doc.stakeholders.map((person) => person.id);
    this.positions = new Map(doc.stakeholders.map((person) => [person.id, person.position]));
    const known = new Map<string, Known>();
    const routes = new Map<string, Route>();
    this.reaches.clear();
    for (const line of doc.relationships) {
      const from = people.get(line.from);
      const to = people.get(line.to);
      if (!from || !to || from === to) continue;
      const was = this.known.get(line.id);
      const entry = (was && kept(was, from, to, moved)) ?? this.find(doc, from, to, was);
      known.set(line.id, entry);
      this.reaches.set(line.id, entry.reach);
      routes.set(line.id, entry.route);
    }
    this.known = known;
    return routes;
  }

  /**
   * After a few people moved, with the same people in the same order and the same lines
   * (`linesOf`: the ids of the lines touching a person; `person`: a person by id, as now):
   * the routes found again, and the ids of the lines whose route is now another object.
   */
  afterMoves(
    doc: PowermapDocument,
    moves: readonly Move[],
    linesOf: (id: string) => readonly string[],
    person: (id: string) => Stakeholder | undefined,
  ): Set<string> {
    const changed = new Set<string>();
    const moved = { gone: moves.map((move) => cardBox(move.before)), now: moves.map((move) => cardBox(move.after)) };
    const candidates = new Set<string>();
    for (const move of moves) {
      this.positions.set(move.id, move.after);
      if (this.grid) this.grid.move(move.id, move.after);
      for (const id of linesOf(move.id)) candidates.add(id);
    }
    this.reaches.meeting(moved.gone, candidates);
    this.reaches.meeting(moved.now, candidates);
    for (const id of candidates) {
      const was = this.known.get(id);
      if (!was) continue;
      const from = person(was.source)!;
      const to = person(was.target)!;
      const entry = kept(was, from, to, moved) ?? this.find(doc, from, to, was);
      if (entry === was) continue;
      this.known.set(id, entry);
      this.reaches.set(id, entry.reach);
      if (entry.route !== was.route) changed.add(id);
    }
    return changed;
  }

  /** A line's route found afresh (the same object as before when it runs the same way). */
  private find(doc: PowermapDocument, from: Stakeholder, to: Stakeholder, was: Known | undefined): Known {
    const grid = (this.grid ??= new RouteGrid(doc.stakeholders));
    const fromBox = grid.box(from.id)!;
    const toBox = grid.box(to.id)!;
    const { points, blocking, near } = findRoute(fromBox, toBox, () => grid.cardsAlong(fromBox, toBox));
    // The same route as before keeps its object, so the line keeps its edge and is not redrawn.
    const same =
      was && was.route.from === from.position && was.route.to === to.position && samePoints(was.route.points, points);
    const route = same ? was.route : { from: from.position, to: to.position, points };
    return { route, source: from.id, target: to.id, reach: routeReach(fromBox, toBox), blocking, near };
  }

  /**
   * The boxes of the cards that moved since the last call, where they were and where they
   * are (people added or gone count as moved); whether the people are the same list; and
   * whether those in both lists come in another order.
   */
  private changesSince(people: readonly Stakeholder[]): { moved: Moved; sameList: boolean; reordered: boolean } {
    const moved = { gone: [] as Box[], now: [] as Box[] };
    const sameList = people.length === this.ids.length && people.every((p, i) => p.id === this.ids[i]);
    let reordered = false;
    let lastIndex = -1;
    const indexOf = sameList ? null : new Map(this.ids.map((id, i) => [id, i]));
    const seen = new Set<string>();
    for (const person of people) {
      const before = this.positions.get(person.id);
      if (indexOf) {
        const index = indexOf.get(person.id);
        if (index !== undefined) {
          if (index < lastIndex) reordered = true;
          lastIndex = index;
        }
        seen.add(person.id);
      }
      if (before === person.position) continue;
      if (before) moved.gone.push(cardBox(before));
      moved.now.push(cardBox(person.position));
    }
    if (indexOf) for (const [id, before] of this.positions) if (!seen.has(id)) moved.gone.push(cardBox(before));
    return { moved, sameList, reordered };
  }
}

/**
 * A known route as it holds after `moved`, or null when it must be found again: the same
 * people where they were, and no moved card in its reach; or a straight route still
 * straight for the reason it was (the file comment), with its counts brought up to date.
 */
function kept(was: Known, from: Stakeholder, to: Stakeholder, moved: Moved): Known | null {
  if (
    was.source !== from.id ||
    was.target !== to.id ||
    was.route.from !== from.position ||
    was.route.to !== to.position
  )
    return null;
  const reach = was.reach;
  if (reach === null || (!anyMeets(moved.gone, reach) && !anyMeets(moved.now, reach))) return was;
  if (was.blocking > 0 && was.near <= MAX_OBSTACLES) return null;
  // Indexed loops and no destructuring: a drop runs this cold, for each line near a moved card.
  const a = was.route.points[0]!;
  const b = was.route.points[1]!;
  const fromBox = cardBox(was.route.from);
  const toBox = cardBox(was.route.to);
  const area = nearArea(fromBox, toBox, a, b);
  let blocking = was.blocking;
  let near = was.near;
  for (let i = 0; i < moved.gone.length; i++) {
    const box = moved.gone[i]!;
    if (segmentHitsBox(a, b, box)) blocking--;
    if (isNear(box, area) && looksAt(fromBox, toBox, box)) near--;
  }
  for (let i = 0; i < moved.now.length; i++) {
    const box = moved.now[i]!;
    if (segmentHitsBox(a, b, box)) blocking++;
    if (isNear(box, area) && looksAt(fromBox, toBox, box)) near++;
  }
  if (blocking === 0) return was.blocking === 0 ? was : { ...was, blocking, near: 0 };
  if (was.blocking === 0 || near <= MAX_OBSTACLES) return null;
  return blocking === was.blocking && near === was.near ? was : { ...was, blocking, near };
}

function anyMeets(boxes: readonly Box[], reach: Box): boolean {
  for (let i = 0; i < boxes.length; i++) if (meets(boxes[i]!, reach)) return true;
  return false;
}

function samePoints(a: readonly Point[], b: readonly Point[]): boolean {
  return a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y);
}
