/**
 * React Flow reports what the user did as lists of changes; the canvas is controlled, so
 * these pure helpers turn them into the app's terms: a new selection, positions while
 * dragging (shown locally), final positions (one `onMove`), and deletions.
 */
import type { NodeChange, XYPosition } from '@xyflow/react';
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

/**
 * The ids of the cards being dragged (or, after a drop, of those whose lines stay lifted:
 * keptLift.ts): `previous` (the same object) while the same cards move, so what depends on
 * which cards are dragged (LineLayer's lifted lines) is worked out once a drag, not once a
 * move, nor again at the drop or at the next drag of the same cards; null when there are none.
 */
export function draggedIds(
  previous: ReadonlySet<string> | null,
  cards: ReadonlyMap<string, XYPosition> | ReadonlySet<string> | null,
): ReadonlySet<string> | null {
  if (!cards || cards.size === 0) return null;
  if (previous && previous.size === cards.size && [...cards.keys()].every((id) => previous.has(id))) return previous;
  return new Set(cards.keys());
}

/** Selection flags for people and lines, by id (the app's selection after them: nextSelection). */
export interface SelectionFlags {
  readonly people: ReadonlyMap<string, boolean>;
  readonly lines: ReadonlyMap<string, boolean>;
}

/**
 * How a click or key on a line changes the selection, as React Flow does for its edges:
 * `only` the line (a plain click, Enter or Space: everything else let go), `add` it (the
 * multi-selection key held), or let it go (`remove`: Escape, or a click on a selected line
 * with the multi-selection key held).
 */
export type LinePick = 'only' | 'add' | 'remove';

export function linePickFlags(current: CanvasSelection, id: string, pick: LinePick): SelectionFlags {
  if (pick !== 'only') return { people: new Map(), lines: new Map([[id, pick === 'add']]) };
  const lines = new Map<string, boolean>(current.lines.map((line) => [line, false]));
  lines.set(id, true);
  return { people: new Map(current.people.map((person) => [person, false])), lines };
}

/**
 * How people's selection changes the lines' (the lines are drawn by the canvas, not React
 * Flow, so the canvas does what React Flow would have done for its edges): selecting a
 * person without the multi-selection key lets go of every line (`single`); a selection box
 * (`box`) selects exactly the lines touching the people it holds; with the key held
 * (`multi`) the lines stay as they are.
 */
export function lineFlagsForPeople(
  current: CanvasSelection,
  people: ReadonlyMap<string, boolean>,
  how: 'single' | 'multi' | 'box',
  lines: readonly { readonly id: string; readonly source: string; readonly target: string }[],
): ReadonlyMap<string, boolean> {
  const flags = new Map<string, boolean>();
  if (how === 'multi') return flags;
  if (how === 'single') {
    if ([...people.values()].some(Boolean)) for (const line of current.lines) flags.set(line, false);
    return flags;
  }
  const held = new Set(applyFlags(current.people, people));
  for (const line of current.lines) flags.set(line, false);
  for (const line of lines) if (held.has(line.source) || held.has(line.target)) flags.set(line.id, true);
  return flags;
}
