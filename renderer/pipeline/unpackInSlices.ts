/**
 * Thousands of packed rows unpacked a slice per task, after a first screen was handed over
 * (issue 12): the screen's render and paint, queued meanwhile, are not held up behind them.
 */
import { unpackRow, type PackedRow, type PipelineRow } from '../../shared/pipeline/onRows';

/** Rows unpacked per task: a few milliseconds each. */
const SLICE_ROWS = 500;

/** The next task, after those already queued (a render, a frame's paint). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Each packed row unpacked (null when it does not read, as `unpackRow`), in order, a slice per task. */
export async function unpackInSlices(packed: readonly PackedRow[]): Promise<(PipelineRow | null)[]> {
  const rows: (PipelineRow | null)[] = [];
  for (let from = 0; from < packed.length; from += SLICE_ROWS) {
    await nextTask();
    const end = Math.min(packed.length, from + SLICE_ROWS);
    for (let i = from; i < end; i++) rows.push(unpackRow(packed[i]));
  }
  return rows;
}
