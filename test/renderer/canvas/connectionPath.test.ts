/**
 * The line drawn from a handle is drawn by the canvas (ConnectionLine.tsx) with the path
 * React Flow's own connection line draws for each connection line type: from the handle to
 * the pointer, in the type's shape.
 */
import { ConnectionLineType, Position } from '@xyflow/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectionPath, type ConnectionEnds } from '../../../renderer/canvas/connectionPath';

/** The numbers of a path, in order. */
const numbers = (path: string) => (path.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);

const SIDES = [Position.Top, Position.Right, Position.Bottom, Position.Left];
const coordinate = fc.integer({ min: -5000, max: 5000 });
const ends = fc.record<ConnectionEnds>({
  fromX: coordinate,
  fromY: coordinate,
  fromPosition: fc.constantFrom(...SIDES),
  toX: coordinate,
  toY: coordinate,
  toPosition: fc.constantFrom(...SIDES),
});

describe('the path of the line drawn from a handle', () => {
  it('runs from the handle to the pointer, whatever the type', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(ConnectionLineType)), ends, (type, line) => {
        const path = numbers(connectionPath(type, line));
        expect(path.slice(0, 2)).toEqual([line.fromX, line.fromY]);
        expect(path.slice(-2)).toEqual([line.toX, line.toY]);
      }),
    );
  });

  it('is a cubic curve leaving the handle outward for the type the canvas uses (Bezier)', () => {
    const path = connectionPath(ConnectionLineType.Bezier, {
      fromX: 10,
      fromY: 20,
      fromPosition: Position.Bottom,
      toX: 300,
      toY: -40,
      toPosition: Position.Top,
    });
    expect(path).toMatch(/^M10,20 C10,(\d|\.)+ 300,-(\d|\.)+ 300,-40$/);
    // The first control point is below the handle (a bottom handle), the second above the pointer.
    const [, , , c1y, , c2y] = numbers(path);
    expect(c1y).toBeGreaterThan(20);
    expect(c2y).toBeLessThan(-40);
  });

  it('is a straight line for the straight type, with steps for the step types', () => {
    const line = { fromX: 0, fromY: 0, fromPosition: Position.Right, toX: 100, toY: 50, toPosition: Position.Left };
    expect(connectionPath(ConnectionLineType.Straight, line)).toBe('M 0,0L 100,50');
    expect(connectionPath(ConnectionLineType.Step, line)).not.toContain('C');
    expect(connectionPath(ConnectionLineType.SmoothStep, line)).toContain('Q');
  });
});
