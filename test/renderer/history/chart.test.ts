/** The timeline chart's geometry: x by time with room between points, annotations that fit. */
import { describe, expect, it } from 'vitest';
import { takeSnapshot, timeline as timelineOf, type TimelinePoint } from '../../../shared/history';
import { translator } from '../../../shared/i18n';
import {
  chartLayout,
  chartNotes,
  fitText,
  signedPoints,
  spreadByTime,
  textUnits,
} from '../../../renderer/history/chart';
import { makeDocument, person } from '../../support/builders';

const point = (
  id: string,
  takenAt: string | null,
  winLikelihood: number,
  change?: [string, number],
): TimelinePoint => ({
  id,
  index: takenAt === null ? null : 0,
  takenAt,
  label: id,
  winLikelihood,
  gaps: { critical: 0, warning: 0, info: 0 },
  mainChange: change ? { key: `person:${id}`, label: change[0], delta: change[1], points: change[1] } : null,
});

const OPTIONS = { width: 300, height: 180, margin: { top: 20, right: 10, bottom: 30, left: 30 } };

describe('spreadByTime', () => {
  it('places points by time across the width', () => {
    expect(spreadByTime([0, 50, 100], 200, 10)).toEqual([0, 100, 200]);
  });

  it('pushes points taken close together apart, keeping their order and the width', () => {
    const xs = spreadByTime([0, 1, 2, 1000], 200, 30);
    expect(xs[0]).toBe(0);
    expect(xs[3]).toBe(200);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(30 - 0.1);
  });

  it('spreads equal times evenly, and centres a single point', () => {
    expect(spreadByTime([5, 5, 5], 100, 10)).toEqual([0, 50, 100]);
    expect(spreadByTime([5], 100, 10)).toEqual([50]);
    expect(spreadByTime([], 100, 10)).toEqual([]);
  });

  it('shares the width when the points cannot all have the room asked for', () => {
    const xs = spreadByTime([0, 0, 0, 0, 0], 40, 30);
    expect(xs).toEqual([0, 10, 20, 30, 40]);
  });
});

describe('annotations', () => {
  it('counts a Chinese character as two narrow ones, and cuts with an ellipsis', () => {
    expect(textUnits('Wang Wei')).toBe(8);
    expect(textUnits('王伟')).toBe(4);
    expect(fitText('Wang Wei (added)', 8)).toBe('Wang We…');
    expect(fitText('王伟 (新增)', 5)).toBe('王伟…');
    expect(fitText('short', 10)).toBe('short');
  });

  it('signs points with a true minus', () => {
    expect(signedPoints(12)).toBe('+12');
    expect(signedPoints(-3)).toBe('\u22123');
    expect(signedPoints(0)).toBe('0');
  });
});

describe('chartLayout', () => {
  const now = Date.parse('2026-11-26T12:00:00Z');
  const timeline = [
    point('a', '2026-11-01T09:00:00Z', 40),
    point('b', '2026-11-10T09:00:00Z', 55, ['Wang Wei', 15]),
    point('current', null, 100, ['Li Ming (removed)', -5]),
  ];

  it('puts 0 % at the bottom of the plot, 100 % at the top, the current map at the right', () => {
    const layout = chartLayout(timeline, { ...OPTIONS, now });
    expect(layout.guides).toEqual([
      { value: 100, y: 20 },
      { value: 50, y: 85 },
      { value: 0, y: 150 },
    ]);
    expect(layout.points.map((p) => p.x)).toEqual([30, expect.any(Number), 290]);
    expect(layout.points[2]!.y).toBe(20);
    expect(layout.path.startsWith('M30,98')).toBe(true);
  });

  it('annotates every point after the first with its main change and points, inside the chart', () => {
    const layout = chartLayout(timeline, { ...OPTIONS, now });
    expect(layout.points[0]!.annotation).toBeNull();
    expect(layout.points[1]!.annotation!.text).toMatch(/^Wang Wei \+15$/);
    const last = layout.points[2]!.annotation!;
    expect(last.text.endsWith('\u22125')).toBe(true);
    expect(last.anchor).toBe('end');
    // At 100 % the label goes below the point, not off the top.
    expect(last.y).toBeGreaterThan(layout.points[2]!.y);
  });

  it('never places the current map before a snapshot taken after `now` was read', () => {
    const late = [point('a', '2026-11-27T09:00:00Z', 40), point('current', null, 50)];
    const layout = chartLayout(late, { ...OPTIONS, now });
    expect(layout.points[1]!.x).toBeGreaterThan(layout.points[0]!.x);
  });
});

describe('chartNotes', () => {
  it('names the person who moved a point most, with added or removed when they came or went', () => {
    const t = translator('en');
    let doc = makeDocument({ stakeholders: [person('a', { name: 'Wang Wei', attitude: 'neutral', influence: 50 })] });
    doc = takeSnapshot(doc, { id: 'h-1', takenAt: '2026-11-01T09:00:00+00:00', label: 'one' });
    doc = { ...doc, stakeholders: [{ ...doc.stakeholders[0]!, attitude: 'champion' }] };
    doc = takeSnapshot(doc, { id: 'h-2', takenAt: '2026-11-02T09:00:00+00:00', label: 'two' });
    doc = {
      ...doc,
      stakeholders: [...doc.stakeholders, person('b', { name: 'Li Ming', attitude: 'blocker', influence: 50 })],
    };
    const notes = chartNotes(doc, timelineOf(doc), t);
    expect(notes.get('h-1')).toBeUndefined();
    expect(notes.get('h-2')).toBe('Wang Wei');
    expect(notes.get('current')).toBe('Li Ming (added)');
  });
});
