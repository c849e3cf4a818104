/**
 * React Flow reports what the user did as lists of changes; the canvas is controlled, so
 * these pure helpers turn them into the app's terms: a new selection, positions while
 * dragging (shown locally), final positions (one `onMove`), and deletions.
 */
import type { EdgeChange, NodeChange, XYPosition } from '@xyflow/react';
import type { CanvasSelection, PersonNode } from './toFlow';

export interface NodeChangeSummary {
  /** Selection flags React Flow wants to set, by person id. */
  readonly select: ReadonlyMap<string, boolean>;
  /** Positions during a drag (not yet an edit). */
  readonly dragging: ReadonlyMap<string, XYPosition>;
  /** Final positions: a drag ended, or the arrow keys moved the selection. */
  readonly moved: ReadonlyMap<string, XYPosition>;
  readonly removed: readonly string[];
}

export interface EdgeChangeSummary {
  readonly select: ReadonlyMap<string, boolean>;
  readonly removed: readonly string[];
}

/**
 * Sorts node changes. Dimension changes are ignored (cards have a fixed size), as are
 * add and replace (the document is the only source of people).
 */
export function summariseNodeChanges(changes: readonly NodeChange<PersonNode>[]): NodeChangeSummary {
  const select = new Map<string, boolean>();
  const dragging = new Map<string, XYPosition>();
  const moved = new Map<string, XYPosition>();
  const removed: string[] = [];
  for (const change of changes) {
    switch (change.type) {
      case 'select':
        select.set(change.id, change.selected);
        break;
      case 'position':
        if (!change.position) break;
        if (change.dragging) dragging.set(change.id, change.position);
        else moved.set(change.id, change.position);
        break;
      case 'remove':
        removed.push(change.id);
        break;
      default:
        break;
    }
  }
  return { select, dragging, moved, removed };
}

export function summariseEdgeChanges(changes: readonly EdgeChange[]): EdgeChangeSummary {
  const select = new Map<string, boolean>();
  const removed: string[] = [];
  for (const change of changes) {
    if (change.type === 'select') select.set(change.id, change.selected);
    else if (change.type === 'remove') removed.push(change.id);
  }
  return { select, removed };
}

function applyFlags(current: readonly string[], flags: ReadonlyMap<string, boolean>): string[] {
  const next = current.filter((id) => flags.get(id) !== false);
  const present = new Set(next);
  for (const [id, selected] of flags) {
    if (selected && !present.has(id)) {
      next.push(id);
      present.add(id);
    }
  }
  return next;
}

/** The selection after React Flow's select changes: kept order, newly selected appended. */
export function nextSelection(
  current: CanvasSelection,
  people: ReadonlyMap<string, boolean>,
  lines: ReadonlyMap<string, boolean>,
): { people: string[]; lines: string[] } {
  return { people: applyFlags(current.people, people), lines: applyFlags(current.lines, lines) };
}

export function sameSelection(a: CanvasSelection, b: CanvasSelection): boolean {
  return (
    a.people.length === b.people.length &&
    a.lines.length === b.lines.length &&
    a.people.every((id, i) => b.people[i] === id) &&
    a.lines.every((id, i) => b.lines[i] === id)
  );
}

/** The nodes with dragged positions applied; untouched nodes keep their identity. */
export function withPositions(nodes: PersonNode[], positions: ReadonlyMap<string, XYPosition> | null): PersonNode[] {
  if (!positions || positions.size === 0) return nodes;
  return nodes.map((node) => {
    const position = positions.get(node.id);
    return position ? { ...node, position } : node;
  });
}

/** Merges one frame's drag positions into those held so far. */
export function mergePositions(
  held: ReadonlyMap<string, XYPosition> | null,
  frame: ReadonlyMap<string, XYPosition>,
): ReadonlyMap<string, XYPosition> {
  const next = new Map(held ?? []);
  for (const [id, position] of frame) next.set(id, position);
  return next;
}
