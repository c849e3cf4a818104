/**
 * One layer's lines (LineLayer.tsx), in chunks of lines mounted together.
 *
 * Why chunks: a change to a few lines (a drop re-maps the dropped card's lines, a click the
 * selected ones) gave the one list of a thousand and more lines to React again, which
 * compared every line's props and walked every line's fiber in each phase of its commit
 * (issue 9 §4, a drop's script). A chunk compares its own lines (their objects, their
 * cards' places, whether they are away) and, when none changed, renders nothing: only the
 * chunks holding a changed line are given to React. A line's chunk is fixed by the order it
 * was first mounted in (MountOrder, region.ts), so a line never moves between chunks and
 * the page holds the same elements, in the same order, as without chunks.
 */
import type { XYPosition } from '@xyflow/react';
import { memo } from 'react';
import { RelationLine, type RelationLineProps } from './RelationLine';
import type { LineEdge } from './toFlow';

/** The most lines a chunk holds. */
export const LINE_CHUNK = 64;

export interface LinesProps {
  /** In drawing order: by `rankOf` when it is given. */
  readonly lines: readonly LineEdge[];
  /** When each line was first mounted (MountOrder): its chunk. Without it the lines are one chunk. */
  readonly rankOf?: (id: string) => number;
  readonly positions: ReadonlyMap<string, XYPosition>;
  /** Where dragged cards are now (the lifted layer), or null for cards at rest. */
  readonly dragged: ReadonlyMap<string, XYPosition> | null;
  /** Lines drawn elsewhere for now (lifted): kept in place, not displayed. */
  readonly away: ReadonlySet<string>;
  /** The lifted layer's copies of the lines (RelationLine's `copy`). */
  readonly copies?: boolean;
  readonly describedBy: string;
  readonly onClick: RelationLineProps['onClick'];
  readonly onKeyDown: RelationLineProps['onKeyDown'];
}

type ChunkProps = Omit<LinesProps, 'rankOf'>;

/** One layer's lines; memoised, so the resting layer is not even walked while a card is dragged. */
export const Lines = memo(function Lines({ lines, rankOf, ...shared }: LinesProps) {
  const chunks: { key: number; lines: LineEdge[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const last = chunks[chunks.length - 1];
    // Out of order (never, from MountOrder), a line joins the chunk before it: keys stay unique.
    const key = rankOf ? Math.max(Math.floor(rankOf(line.id) / LINE_CHUNK), last?.key ?? 0) : 0;
    if (last && last.key === key) last.lines.push(line);
    else chunks.push({ key, lines: [line] });
  }
  return chunks.map((chunk) => <LineChunk key={chunk.key} {...shared} lines={chunk.lines} />);
});

function ChunkView({ lines, positions, dragged, away, copies = false, describedBy, onClick, onKeyDown }: ChunkProps) {
  return lines.map((line) => {
    const from = dragged?.get(line.source) ?? positions.get(line.source);
    const to = dragged?.get(line.target) ?? positions.get(line.target);
    if (!from || !to) return null;
    return (
      <RelationLine
        key={line.id}
        line={line}
        from={from}
        to={to}
        describedBy={describedBy}
        onClick={onClick}
        onKeyDown={onKeyDown}
        away={away.has(line.id)}
        copy={copies}
        standIn={dragged !== null}
      />
    );
  });
}

/**
 * True when every line of the chunk would be given the same props as last time (so each
 * RelationLine would render nothing): the same line objects, the same places of their cards,
 * and the same lines away.
 */
export function sameChunk(a: ChunkProps, b: ChunkProps): boolean {
  if (
    a.lines.length !== b.lines.length ||
    a.dragged !== b.dragged ||
    a.copies !== b.copies ||
    a.describedBy !== b.describedBy ||
    a.onClick !== b.onClick ||
    a.onKeyDown !== b.onKeyDown
  )
    return false;
  const placed = a.positions === b.positions;
  const awayAlike = a.away === b.away;
  for (let i = 0; i < a.lines.length; i++) {
    const line = a.lines[i]!;
    if (line !== b.lines[i]) return false;
    if (!placed && a.positions.get(line.source) !== b.positions.get(line.source)) return false;
    if (!placed && a.positions.get(line.target) !== b.positions.get(line.target)) return false;
    if (!awayAlike && a.away.has(line.id) !== b.away.has(line.id)) return false;
  }
  return true;
}

const LineChunk = memo(ChunkView, sameChunk);
