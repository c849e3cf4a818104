/**
 * Where a gesture's frames went over the vsync period: at its start, at its end, or in
 * between (issue 9 §4). At 60 Hz a perfect gesture's frames are all 16.67 ms, so a mean under
 * the 16.7 ms budget over about 250 frames leaves room for about 8 ms over in all: a single
 * dropped frame (33.3 ms, 16.7 over) is already too many. Frames come from `gesture` (run.ts):
 * the first ones hold the press (and whatever the pointer's arrival before it left to
 * draw), the last ones the release and what follows it within 100 ms.
 */

/** The vsync period at 60 Hz. */
export const VSYNC_MS = 1000 / 60;

/** How many frames at each end of a gesture count as its start and its end. */
export const EDGE_FRAMES = 5;

/** Milliseconds over the vsync period, summed over the frames of each part of a gesture. */
export interface FrameExcess {
  readonly start: number;
  readonly between: number;
  readonly end: number;
}

/** Each frame's time over VSYNC_MS (half a millisecond of timer jitter ignored), by part of the gesture. */
export function frameExcess(intervals: readonly number[], edge = EDGE_FRAMES): FrameExcess {
  const over = (ms: number) => (ms > VSYNC_MS + 0.5 ? ms - VSYNC_MS : 0);
  let start = 0;
  let between = 0;
  let end = 0;
  intervals.forEach((ms, index) => {
    if (index < edge) start += over(ms);
    else if (index >= intervals.length - edge) end += over(ms);
    else between += over(ms);
  });
  return { start, between, end };
}

/** "over 16.7: start 50, between 0, end 33 ms". */
export function describeExcess(intervals: readonly number[]): string {
  const { start, between, end } = frameExcess(intervals);
  const ms = (value: number) => value.toFixed(0);
  return `over ${VSYNC_MS.toFixed(1)}: start ${ms(start)}, between ${ms(between)}, end ${ms(end)} ms`;
}
