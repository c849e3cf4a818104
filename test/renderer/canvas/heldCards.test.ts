/**
 * HeldCards: the selected cards' elements held as animated, at most `max` of them, each once;
 * a card no longer wanted let go of once the user pauses outside a gesture. holdAndRaise: a
 * held card painted where React Flow paints a selected one.
 */
import { readFileSync } from 'node:fs';
import { adoptUserNodes, type NodeBase, type NodeLookup } from '@xyflow/system';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HeldCards, holdAndRaise, RAISED_ATTRIBUTE, type LetGo } from '../../../renderer/canvas/heldCards';

/** Card elements by id, as the canvas's root holds them (only `dataset.id` and `isConnected` are read), all in the page. */
function cards(count: number): HTMLElement[] {
  return Array.from(
    { length: count },
    (_, i) => ({ dataset: { id: `p${i}` }, isConnected: true }) as unknown as HTMLElement,
  );
}

/** The page holds `page` of `all` (the others were let go by the region), and the look-up finds only those; counts look-ups. */
function pageOf(all: readonly HTMLElement[], page: readonly HTMLElement[], looked: string[] = []) {
  for (const element of all) (element as { isConnected: boolean }).isConnected = page.includes(element);
  return (ids: ReadonlySet<string>) => {
    looked.push(...ids);
    return page;
  };
}

/** A hold that records which elements are held now, and how often each was held. */
function recorder() {
  const now = new Set<Element>();
  const holds = new Map<Element, number>();
  const hold = (element: Element) => {
    expect(now.has(element)).toBe(false);
    now.add(element);
    holds.set(element, (holds.get(element) ?? 0) + 1);
    return () => {
      expect(now.delete(element)).toBe(true);
    };
  };
  return { hold, now, holds };
}

const idsOf = (elements: Iterable<Element>) => new Set([...elements].map((e) => (e as HTMLElement).dataset['id']));

/** The user's pause, run by hand: `pause()` runs what waits for it; `moving` says whether a gesture lasts. */
function pauses() {
  const waiting = new Set<() => void>();
  const state = { moving: false };
  const letGo: LetGo = {
    pause: (step) => {
      waiting.add(step);
      return () => waiting.delete(step);
    },
    moving: () => state.moving,
  };
  const pause = () => {
    const steps = [...waiting];
    waiting.clear();
    for (const step of steps) step();
  };
  return { letGo, pause, state, waiting };
}

describe('HeldCards', () => {
  it('holds the selected cards, lets go of those no longer selected once the user pauses, and keeps those still selected', () => {
    const elements = cards(5);
    const { hold, now, holds } = recorder();
    const { letGo, pause } = pauses();
    const held = new HeldCards(hold, 3, letGo);
    held.sync(new Set(['p1', 'p2']), () => elements);
    expect(idsOf(now)).toEqual(new Set(['p1', 'p2']));
    held.sync(new Set(['p2', 'p3']), () => elements);
    // p1 is no longer selected, but letting it go re-layers the page: not at the press that
    // selected p3 (a drag's start), but once the user pauses.
    expect(idsOf(now)).toEqual(new Set(['p1', 'p2', 'p3']));
    expect([held.size, held.lingering]).toEqual([2, 1]);
    pause();
    expect(idsOf(now)).toEqual(new Set(['p2', 'p3']));
    expect([held.size, held.lingering]).toEqual([2, 0]);
    // p2 stayed selected: held once, not let go and held again (that would re-layer the page).
    expect(holds.get(elements[2]!)).toBe(1);
    held.clear();
    expect(now.size).toBe(0);
  });

  it('lets go of nothing while a gesture lasts: the sync at its end waits for the next pause', () => {
    const elements = cards(3);
    const { hold, now } = recorder();
    const { letGo, pause, state } = pauses();
    const held = new HeldCards(hold, 3, letGo);
    held.sync(new Set(['p0']), () => elements);
    held.sync(new Set(['p1']), () => elements);
    state.moving = true;
    pause();
    expect(idsOf(now)).toEqual(new Set(['p0', 'p1']));
    state.moving = false;
    held.sync(new Set(['p1']), () => elements);
    pause();
    expect(idsOf(now)).toEqual(new Set(['p1']));
  });

  it('keeps a card let go of and wanted again before the pause, held once', () => {
    const elements = cards(2);
    const { hold, now, holds } = recorder();
    const { letGo, pause, waiting } = pauses();
    const held = new HeldCards(hold, 3, letGo);
    held.sync(new Set(['p0']), () => elements);
    held.sync(new Set(['p1']), () => elements);
    held.sync(new Set(['p0', 'p1']), () => elements);
    // Nothing left to let go of: nothing waits for the pause.
    expect(waiting.size).toBe(0);
    pause();
    expect(idsOf(now)).toEqual(new Set(['p0', 'p1']));
    expect(holds.get(elements[0]!)).toBe(1);
  });

  it('stops waiting for the pause when the canvas goes', () => {
    const elements = cards(2);
    const { hold, now } = recorder();
    const { letGo, waiting } = pauses();
    const held = new HeldCards(hold, 3, letGo);
    held.sync(new Set(['p0']), () => elements);
    held.sync(new Set(['p1']), () => elements);
    expect(waiting.size).toBe(1);
    held.clear();
    expect(waiting.size).toBe(0);
    expect(now.size).toBe(0);
  });

  it('looks up only the cards it does not hold, or whose element left the page', () => {
    const elements = cards(4);
    const { hold, now } = recorder();
    const held = new HeldCards(hold, 5, pauses().letGo);
    const looked: string[] = [];
    held.sync(new Set(['p0', 'p1']), pageOf(elements, elements, looked));
    held.sync(new Set(['p0', 'p1', 'p2']), pageOf(elements, elements, looked));
    expect(looked).toEqual(['p0', 'p1', 'p2']);
    held.sync(new Set(['p0', 'p1', 'p2']), pageOf(elements, [elements[0]!, elements[2]!], looked));
    expect(looked).toEqual(['p0', 'p1', 'p2', 'p1']);
    expect(idsOf(now)).toEqual(new Set(['p0', 'p2']));
  });

  it('holds nothing when more than max cards are selected, nor a selected card with no element', () => {
    const elements = cards(4);
    const { hold, now } = recorder();
    const held = new HeldCards(hold, 2, pauses().letGo);
    held.sync(new Set(['p0', 'p1', 'p2']), () => elements);
    expect(now.size).toBe(0);
    held.sync(new Set(['p3', 'far']), () => elements);
    expect(idsOf(now)).toEqual(new Set(['p3']));
  });

  it('lets go at once of a card whose element left the page (the region let go of it)', () => {
    const elements = cards(3);
    const { hold, now } = recorder();
    const held = new HeldCards(hold, 5, pauses().letGo);
    held.sync(new Set(['p0', 'p2']), pageOf(elements, elements));
    held.sync(new Set(['p0', 'p2']), pageOf(elements, elements.slice(0, 2)));
    expect(idsOf(now)).toEqual(new Set(['p0']));
  });

  it('after every sequence of selections and pauses, holds the selected cards that have elements (if few enough), and after a pause only those', () => {
    const elements = cards(8);
    const selections = fc.array(fc.subarray(elements.map((e) => e.dataset['id']!)), { maxLength: 12 });
    const mounted = fc.array(fc.subarray(elements), { maxLength: 12 });
    const paused = fc.array(fc.boolean(), { maxLength: 12 });
    fc.assert(
      fc.property(selections, mounted, paused, fc.integer({ min: 1, max: 8 }), (steps, pages, pausedAfter, max) => {
        const { hold, now } = recorder();
        const { letGo, pause } = pauses();
        const held = new HeldCards(hold, max, letGo);
        steps.forEach((ids, i) => {
          const page = pages[i % Math.max(1, pages.length)] ?? elements;
          const selected = new Set(ids);
          held.sync(selected, pageOf(elements, page));
          const expected = selected.size <= max ? page.filter((e) => selected.has(e.dataset['id']!)) : [];
          // Held: every wanted card, and besides them only cards still in the page.
          for (const element of expected) expect(now.has(element)).toBe(true);
          for (const element of now) expect(element.isConnected).toBe(true);
          expect(held.size).toBe(expected.length);
          expect(now.size).toBe(expected.length + held.lingering);
          if (pausedAfter[i]) {
            pause();
            expect(now).toEqual(new Set(expected));
          }
        });
        held.clear();
        expect(now.size).toBe(0);
      }),
    );
  });
});

describe('holdAndRaise', () => {
  /** A card's element, as far as holdAndRaise reads it: its attributes. */
  function card() {
    const attributes = new Map<string, string>();
    return {
      setAttribute: (name: string, value: string) => void attributes.set(name, value),
      removeAttribute: (name: string) => void attributes.delete(name),
      attributes,
    };
  }

  it('marks a held card raised, and lets go of the hold and the mark together', () => {
    const released: unknown[] = [];
    const element = card();
    const release = holdAndRaise((held) => () => void released.push(held))(element as unknown as Element);
    expect(element.attributes.has(RAISED_ATTRIBUTE)).toBe(true);
    expect(released).toEqual([]);
    release();
    expect(element.attributes.has(RAISED_ATTRIBUTE)).toBe(false);
    expect(released).toEqual([element]);
  });

  it('raises a held card, over the z-index React Flow writes, to the z-index React Flow gives a selected card', () => {
    const bare = readFileSync('renderer/canvas/canvas.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const rule = [...bare.matchAll(/([^{}]+)\{([^{}]*)\}/g)].find(([, head]) =>
      head!.includes(`[${RAISED_ATTRIBUTE}]`),
    );
    const zIndex = /z-index:\s*(\d+)\s*!important/.exec(rule?.[2] ?? '');
    // React Flow's own figure (not exported): a selected card adopted with elevateNodesOnSelect.
    const lookup: NodeLookup = new Map();
    const selected: NodeBase = { id: 'a', position: { x: 0, y: 0 }, data: {}, selected: true };
    adoptUserNodes([selected], lookup, new Map(), { elevateNodesOnSelect: true });
    expect(zIndex?.[1]).toBe(String(lookup.get('a')?.internals.z));
  });
});
