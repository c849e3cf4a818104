/** cardElementsOf: the card elements of a few ids looked up one by one, of many found in one walk. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardElementsOf, cssString, LOOK_UP_MAX } from '../../../renderer/canvas/cardElements';

/** A CSS string's content read back (the escapes cssString writes: a backslash before a character, `\a ` for a newline). */
function readCssString(text: string): string {
  return text.replace(/\\a |\\(.)/gs, (escape: string, char: string | undefined) => (escape === '\\a ' ? '\n' : char!));
}

/** A root of card elements that answers `.react-flow__node[data-id="…"]` and counts its look-ups and walks. */
function fakeRoot(ids: readonly string[]) {
  const cards = ids.map((id) => ({ getAttribute: (name: string) => (name === 'data-id' ? id : null) }));
  const asked = { lookUps: 0, walks: 0 };
  const root = {
    querySelector: (selector: string) => {
      asked.lookUps += 1;
      const match = /^\.react-flow__node\[data-id="(.*)"\]$/s.exec(selector);
      if (!match) throw new Error(`unexpected selector ${selector}`);
      const id = readCssString(match[1]!);
      return cards.find((card) => card.getAttribute('data-id') === id) ?? null;
    },
    querySelectorAll: (selector: string) => {
      expect(selector).toBe('.react-flow__node');
      asked.walks += 1;
      return cards;
    },
  } as unknown as ParentNode;
  return { root, cards, asked };
}

describe('cardElementsOf', () => {
  it('looks a few ids up one by one, finds many in one walk, and skips ids with no card', () => {
    const ids = Array.from({ length: LOOK_UP_MAX + 5 }, (_, i) => `p${i}`);
    const few = fakeRoot(ids);
    expect(cardElementsOf(few.root, ['p3', 'gone', 'p1'])).toEqual([few.cards[3], few.cards[1]]);
    expect(few.asked).toEqual({ lookUps: 3, walks: 0 });
    const many = fakeRoot(ids);
    const found = cardElementsOf(many.root, [...ids, 'gone']);
    expect(found).toHaveLength(ids.length);
    expect(many.asked).toEqual({ lookUps: 0, walks: 1 });
    expect(cardElementsOf(many.root, [])).toEqual([]);
  });

  it('finds the card of every id, whatever characters it holds (quotes, backslashes, newlines)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 6 }), (ids) => {
        const { root, cards } = fakeRoot(ids);
        expect(cardElementsOf(root, [ids[0]!])).toEqual([cards[0]]);
        expect(readCssString(cssString(ids[0]!))).toBe(ids[0]);
        expect(cssString(ids[0]!)).not.toMatch(/(^|[^\\])(\\\\)*"/);
      }),
    );
  });
});
