/**
 * Thousands of packed rows unpacked a slice per task, after a first screen was handed over
 * (issue 12): they start once the screen has had two frames to be drawn, and go on a slice
 * per task, so neither its render nor its paint waits behind them.
 */
import { unpackRow, type PackedRow, type PipelineRow } from '../../shared/pipeline/onRows';

/** Rows unpacked per task: a few milliseconds each, less than a frame on a busy machine. */
const SLICE_ROWS = 250;
/** A hidden window draws no frames: the rows are read after this long all the same. */
const FRAMES_WAITED_MS = 500;

/** The next task, after those already queued (a render, a frame's paint). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Two animation frames, or FRAMES_WAITED_MS where none are drawn. */
export function twoFrames(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAMES_WAITED_MS);
    // No frames at all outside a window (a worker, the tests): the timer alone.
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

/** Each packed row unpacked (null when it does not read, as `unpackRow`), in order, a slice per task; after two frames unless the caller waited them. */
export async function unpackInSlices(
  packed: readonly PackedRow[],
  { framesFirst = true } = {},
): Promise<(PipelineRow | null)[]> {
  if (framesFirst) await twoFrames();
  const rows: (PipelineRow | null)[] = [];
  for (let from = 0; from < packed.length; from += SLICE_ROWS) {
    await nextTask();
    const end = Math.min(packed.length, from + SLICE_ROWS);
    for (let i = from; i < end; i++) rows.push(unpackRow(packed[i]));
  }
  return rows;
}
