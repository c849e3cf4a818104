/**
 * capturePan: a press with the main button on the pane itself captures the pointer there (a
 * pan's moves are then not hit-tested, usePaneCapture.ts says why); any other press keeps its target.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capturePan, type Press } from '../../../renderer/canvas/usePaneCapture';

/** An element with `classes`, recording the captures asked of it; `refuses` stands for a pointer already released. */
function element(classes: readonly string[], refuses = false) {
  const captured = new Set<number>();
  const lost: (() => void)[] = [];
  return {
    captured,
    lost,
    classList: { contains: (name: string) => classes.includes(name) },
    setPointerCapture: (id: number) => {
      if (!refuses) captured.add(id);
    },
    hasPointerCapture: (id: number) => captured.has(id),
    addEventListener: (type: string, listener: () => void, options: { once: boolean }) => {
      expect(type).toBe('lostpointercapture');
      expect(options.once).toBe(true);
      lost.push(listener);
    },
  };
}

const press = (target: unknown, button = 0, isPrimary = true): Press => ({ button, isPrimary, pointerId: 7, target });

describe('capturePan', () => {
  it('captures a main-button press on the pane and says when the capture ends', () => {
    const pane = element(['react-flow__pane', 'draggable']);
    let ended = 0;
    expect(capturePan(press(pane), () => ended++)).toBe(true);
    expect([...pane.captured]).toEqual([7]);
    pane.lost.forEach((listener) => listener());
    expect(ended).toBe(1);
  });

  it('leaves a press on a card, a line, a handle or a panel to its own target', () => {
    for (const classes of [
      ['pm-card'],
      ['react-flow__node'],
      ['react-flow__edge-path'],
      ['pm-handle'],
      ['react-flow__minimap-svg'],
    ]) {
      const target = element(classes);
      expect(capturePan(press(target), () => {})).toBe(false);
      expect(target.captured.size).toBe(0);
    }
    expect(capturePan(press(null), () => {})).toBe(false);
    expect(capturePan(press({}), () => {})).toBe(false);
  });

  it('captures only the main button of the primary pointer', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1, max: 4 }), fc.boolean(), (button, isPrimary) => {
        const pane = element(['react-flow__pane']);
        const captured = capturePan(press(pane, button, isPrimary), () => {});
        expect(captured).toBe(button === 0 && isPrimary);
        expect(pane.captured.size).toBe(captured ? 1 : 0);
      }),
    );
  });

  it('says so when the browser did not capture the pointer', () => {
    const pane = element(['react-flow__pane'], true);
    expect(capturePan(press(pane), () => {})).toBe(false);
    expect(pane.lost).toHaveLength(0);
  });
});
