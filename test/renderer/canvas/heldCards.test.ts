/** HeldCards: the selected cards' elements held as animated, at most `max` of them, each once. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HELD_CARD_Z, HeldCards, holdAndRaise } from '../../../renderer/canvas/heldCards';

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

describe('HeldCards', () => {
  it('holds the selected cards, lets go of those no longer selected, and keeps those still selected', () => {
    const elements = cards(5);
    const { hold, now, holds } = recorder();
    const held = new HeldCards(hold, 3);
    held.sync(new Set(['p1', 'p2']), () => elements);
    expect(idsOf(now)).toEqual(new Set(['p1', 'p2']));
    held.sync(new Set(['p2', 'p3']), () => elements);
    expect(idsOf(now)).toEqual(new Set(['p2', 'p3']));
    // p2 stayed selected: held once, not let go and held again (that would re-layer the page).
    expect(holds.get(elements[2]!)).toBe(1);
    held.clear();
    expect(now.size).toBe(0);
  });

  it('looks up only the cards it does not hold, or whose element left the page', () => {
    const elements = cards(4);
    const { hold, now } = recorder();
    const held = new HeldCards(hold, 5);
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
    const held = new HeldCards(hold, 2);
    held.sync(new Set(['p0', 'p1', 'p2']), () => elements);
    expect(now.size).toBe(0);
    held.sync(new Set(['p3', 'far']), () => elements);
    expect(idsOf(now)).toEqual(new Set(['p3']));
  });

  it('lets go of a card whose element left the page (the region let go of it)', () => {
    const elements = cards(3);
    const { hold, now } = recorder();
    const held = new HeldCards(hold, 5);
    held.sync(new Set(['p0', 'p2']), pageOf(elements, elements));
    held.sync(new Set(['p0', 'p2']), pageOf(elements, elements.slice(0, 2)));
    expect(idsOf(now)).toEqual(new Set(['p0']));
  });

  it('after every sequence of selections, holds exactly the selected cards that have elements (if few enough)', () => {
    const elements = cards(8);
    const selections = fc.array(fc.subarray(elements.map((e) => e.dataset['id']!)), { maxLength: 12 });
    const mounted = fc.array(fc.subarray(elements), { maxLength: 12 });
    fc.assert(
      fc.property(selections, mounted, fc.integer({ min: 1, max: 8 }), (steps, pages, max) => {
        const { hold, now } = recorder();
        const held = new HeldCards(hold, max);
        steps.forEach((ids, i) => {
          const page = pages[i % Math.max(1, pages.length)] ?? elements;
          const selected = new Set(ids);
          held.sync(selected, pageOf(elements, page));
          const expected = selected.size <= max ? page.filter((e) => selected.has(e.dataset['id']!)) : [];
          expect(now).toEqual(new Set(expected));
          expect(held.size).toBe(expected.length);
        });
        held.clear();
        expect(now.size).toBe(0);
      }),
    );
  });
});

describe('holdAndRaise', () => {
  /** A card's element as React Flow renders it: its z-index inline, `selected` among its classes. */
  function card(zIndex: string, selected = false) {
    const classes = new Set(selected ? ['react-flow__node', 'selected'] : ['react-flow__node']);
    return {
      style: { zIndex },
      classList: { contains: (name: string) => classes.has(name) },
      classes,
    };
  }
  const holdOnly = () => {
    const released: unknown[] = [];
    const hold = (element: Element) => () => void released.push(element);
    return { released, hold };
  };

  it('paints a held card at a selected card’s z-index and gives it back its own when let go', () => {
    const { released, hold } = holdOnly();
    const element = card('0');
    const release = holdAndRaise(hold)(element as unknown as Element);
    expect(element.style.zIndex).toBe(HELD_CARD_Z);
    release();
    expect(element.style.zIndex).toBe('0');
    expect(released).toEqual([element]);
  });

  it('leaves the z-index React Flow set meanwhile: a card selected while held stays raised, one it lowered stays lowered', () => {
    const { hold } = holdOnly();
    const selectedMeanwhile = card('0');
    const releaseSelected = holdAndRaise(hold)(selectedMeanwhile as unknown as Element);
    selectedMeanwhile.classes.add('selected');
    releaseSelected();
    expect(selectedMeanwhile.style.zIndex).toBe(HELD_CARD_Z);

    const lowered = card('1000', true);
    const releaseLowered = holdAndRaise(hold)(lowered as unknown as Element);
    lowered.classes.delete('selected');
    lowered.style.zIndex = '0';
    releaseLowered();
    expect(lowered.style.zIndex).toBe('0');
  });
});
