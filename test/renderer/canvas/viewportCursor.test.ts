/**
 * The viewport's own cursor (canvas.css): React Flow changes the pane's cursor at a pan's start
 * and end, and an inherited cursor made Chromium restyle every card and line under the pane
 * each time; the viewport sets the pane's resting cursor, so the change stops there. Nothing
 * shows it: the cards and lines, all that take the pointer in it, set cursors of their own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const canvasCss = readFileSync('renderer/canvas/canvas.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const flowCss = readFileSync('node_modules/@xyflow/react/dist/style.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const lineSource = readFileSync('renderer/canvas/RelationLine.tsx', 'utf8');

/** The value `property` is given in the rule for exactly `selector`, if one. */
function declared(css: string, selector: string, property: string): string | undefined {
  for (const [, head, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!head!.split(',').some((one) => one.trim() === selector)) continue;
    for (const declaration of body!.split(';')) {
      const [name, ...rest] = declaration.split(':');
      if (name?.trim() === property) return rest.join(':').trim();
    }
  }
  return undefined;
}

describe("the viewport's cursor", () => {
  it("is the pane's resting cursor, set on the viewport itself", () => {
    expect(declared(flowCss, '.react-flow__pane.draggable', 'cursor')).toBe('grab');
    expect(declared(canvasCss, '.pm-canvas .react-flow__viewport', 'cursor')).toBe('grab');
  });

  it('is shown by nothing: cards and lines set their own', () => {
    expect(declared(canvasCss, '.pm-card', 'cursor')).toBe('grab');
    expect(declared(flowCss, '.react-flow__node', 'cursor')).toBe('default');
    expect(declared(flowCss, '.react-flow__edge.selectable', 'cursor')).toBe('pointer');
    expect(lineSource).toMatch(/'react-flow__edge [^']*\bselectable\b/);
  });
});
