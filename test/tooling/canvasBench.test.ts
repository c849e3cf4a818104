/** The canvas benchmark's arithmetic and report: frame statistics, goals, ratios and failures. */
import { describe, expect, it } from 'vitest';
import {
  canvasGoals,
  canvasSummary,
  FRAME_BUDGET_MS,
  frameStats,
  ROW,
  type CanvasResults,
} from '../../build/bench/canvas/run';
import type { Timing } from '../../build/bench/measure';
import { describeExcess, frameExcess, VSYNC_MS } from '../../build/bench/canvas/frameExcess';

const row = (name: string, median: number, p95 = median): Timing => ({ name, runs: 3, median, p95, min: median });

describe('frameStats', () => {
  it('gives the mean, median, p95 and longest of frame intervals, and nothing for no frames', () => {
    const stats = frameStats([16.7, 16.7, 33.3, 16.7, 100]);
    expect(stats).toEqual({ frames: 5, mean: (16.7 * 3 + 33.3 + 100) / 5, median: 16.7, p95: 100, longest: 100 });
    expect(frameStats([40, 16.7, 16.7]).longest).toBe(40);
    expect(frameStats([]).frames).toBe(0);
    expect(frameStats([]).mean).toBeNaN();
  });
});

describe('canvasGoals', () => {
  it('holds our opening to the plain page of the same size, and sets no goal on a median frame', () => {
    const rows = [
      row(ROW.open('ours', 1000), 900),
      row(ROW.open('plain', 1000), 1200),
      row(ROW.open('ours', 3000), 2000),
      row(ROW.pan('ours', 1000, 'readable'), 16.7),
    ];
    expect(canvasGoals(rows)).toEqual({ [ROW.open('ours', 1000)]: 1200 });
  });
});

describe('canvasSummary', () => {
  const pan = ROW.pan('ours', 1000, 'zoomed out');
  const plainPan = ROW.pan('plain', 1000, 'zoomed out');
  const results: CanvasResults = {
    rows: [
      row(ROW.open('ours', 1000), 900),
      row(ROW.open('plain', 1000), 1800),
      row(pan, 16.7, 50),
      row(plainPan, 33.4, 200),
    ],
    means: { [pan]: 20, [plainPan]: 80 },
    failures: ['run 2 plain React Flow, 3000 people, while loading: net::ERR_CONNECTION_REFUSED'],
    unfinished: [
      'run 1 plain React Flow, 1000 people: drag at 20% did not finish within 120 s (while dragging a card at 20%)',
    ],
    missing: ['plain React Flow, 3000 people'],
  };
  const text = canvasSummary(results);

  it('gives the mean and p95 frame of ours against the budget, and the ratios ours / plain', () => {
    expect(text).toContain(`goal a mean under ${FRAME_BUDGET_MS} ms`);
    expect(text).toMatch(
      /canvas pan 1000 at 20%, frame ms \(ours\)\s+mean\s+20\.00 ms {2}p95\s+50\.0 ms {3}OVER 16\.7 ms/,
    );
    expect(text).toMatch(
      /canvas pan 1000 at 20%, frame ms \(plain React Flow\)\s+mean\s+80\.00 ms {2}p95\s+200\.0 ms$/m,
    );
    expect(text).toMatch(/open 1000\s+median {2}0\.50 {3}p95 {2}0\.50/);
    expect(text).toMatch(/pan 1000 at 20%\s+median {2}0\.50 {3}p95 {2}0\.25 {3}mean {2}0\.25/);
  });

  it('lists every failed run, every unfinished scenario and every size left without a row, rather than hiding them', () => {
    expect(text).toContain('1 run(s) failed:');
    expect(text).toContain('while loading: net::ERR_CONNECTION_REFUSED');
    expect(text).toContain('1 scenario(s) did not finish:');
    expect(text).toContain('drag at 20% did not finish within 120 s (while dragging a card at 20%)');
    expect(text).toContain('No successful run, so no rows, for: plain React Flow, 3000 people');
  });

  it('reports a drag pressed after the pointer rests on the card apart from one pressed as it lands, with its own ratio', () => {
    const rested = ROW.restedDrag('ours', 1000, 'readable');
    const plainRested = ROW.restedDrag('plain', 1000, 'readable');
    const drag = ROW.drag('ours', 1000, 'readable');
    expect(rested).not.toBe(drag);
    const summary = canvasSummary({
      rows: [
        row(ROW.open('ours', 1000), 900),
        row(ROW.open('plain', 1000), 1800),
        row(drag, 16.7, 33.4),
        row(rested, 16.7),
        row(plainRested, 16.7, 50),
      ],
      means: { [drag]: 16.9, [rested]: 16.67, [plainRested]: 22.3 },
      failures: [],
      unfinished: [],
      missing: [],
    });
    expect(summary).toMatch(
      /canvas drag 1000 at 50% after a rest, frame ms \(ours\)\s+mean\s+16\.67 ms {2}p95\s+16\.7 ms {3}ok/,
    );
    expect(summary).toMatch(/canvas drag 1000 at 50%, frame ms \(ours\)\s+mean\s+16\.90 ms .*OVER/);
    expect(summary).toMatch(/rested drag 1000 at 50%\s+median {2}1\.00 {3}p95 {2}0\.33 {3}mean {2}0\.75/);
  });

  it('says nothing of a comparison it has no rows for', () => {
    expect(text).not.toContain('compare view / ours');
    expect(text).not.toMatch(/3000 at/);
  });
});

describe('frameExcess', () => {
  const at60 = VSYNC_MS;
  it('sums the time over the vsync period at the start, in between and at the end of a gesture', () => {
    const frames = [
      33.3,
      50,
      ...Array.from({ length: 20 }, () => at60),
      33.4,
      ...Array.from({ length: 5 }, () => at60),
      66.7,
    ];
    const excess = frameExcess(frames);
    expect(excess.start).toBeCloseTo(33.3 + 50 - 2 * at60, 6);
    expect(excess.between).toBeCloseTo(33.4 - at60, 6);
    expect(excess.end).toBeCloseTo(66.7 - at60, 6);
    expect(describeExcess(frames)).toBe('over 16.7: start 50, between 17, end 50 ms');
  });

  it('counts nothing for frames on time, nor for timer jitter under half a millisecond', () => {
    expect(frameExcess([16.6, 16.8, 17.1, 16.7, 16.5, 16.7, 16.9])).toEqual({ start: 0, between: 0, end: 0 });
  });

  it('never counts a frame twice when the gesture is shorter than its two ends', () => {
    const excess = frameExcess([40, 40, 40], 5);
    expect(excess.start).toBeCloseTo(3 * (40 - at60), 6);
    expect(excess.between + excess.end).toBe(0);
  });
});
