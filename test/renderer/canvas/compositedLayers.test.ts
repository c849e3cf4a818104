/**
 * Which parts of the canvas get a compositing layer of their own (canvas.css, issue 9 §4).
 * Without a GPU the display compositor draws every tile of every layer in view on each
 * frame of a pan: the lines and the cards in layers of their own (the cards split into a
 * layer per row) made it draw about 210 tiles a frame at 50%, more than a frame's time.
 * They paint in the viewport's layer; only what moves on its own during a gesture (the
 * viewport, a dragged card's lifted lines) asks for a layer; the line drawn from a handle
 * gets one from Chromium without asking (its hint kept a blurred scale through a zoom).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const canvasCss = readFileSync('renderer/canvas/canvas.css', 'utf8');

/** The selectors of every rule that declares `property: value` (comments left out). */
function selectorsDeclaring(css: string, property: string, value: string): string[] {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors: string[] = [];
  for (const [, head, body] of bare.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declares = body!.split(';').some((declaration) => {
      const [name, ...rest] = declaration.split(':');
      return name?.trim() === property && rest.join(':').trim() === value;
    });
    if (declares) selectors.push(...head!.split(',').map((selector) => selector.trim()));
  }
  return selectors;
}

describe('the canvas compositing layers', () => {
  it('asks for a layer only for the viewport and the lifted lines', () => {
    expect(selectorsDeclaring(canvasCss, 'will-change', 'transform').sort()).toEqual([
      '.pm-canvas .pm-lines--lifted',
      '.pm-canvas .react-flow__viewport',
    ]);
  });

  it('finds a declaration however the rule is laid out', () => {
    const css =
      '/* .a { will-change: transform } */\n.b,\n.c { color: red; will-change:transform }\n.d { will-change: auto; }';
    expect(selectorsDeclaring(css, 'will-change', 'transform')).toEqual(['.b', '.c']);
  });
});
