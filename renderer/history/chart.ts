/**
 * The geometry of the timeline chart: one point per version, x by the time it was taken
 * (the current map at "now"), y the win likelihood from 0 to 100 %. Points taken close
 * together are pushed apart just enough to stay readable, keeping their order. Each point
 * after the first carries the change that moved the likelihood most, shortened to fit.
 */
import type { PowermapDocument } from '../../shared/document';
import { mapContentOf, type TimelinePoint } from '../../shared/history';
import type { Translator } from '../../shared/i18n';

export interface ChartOptions {
  readonly width: number;
  readonly height: number;
  /** Room around the plot for the axis labels and the annotations. */
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** The time of the current map (ms). */
  readonly now: number;
  /** The least room between two points, in pixels. */
  readonly minGap?: number;
  /** Average width of a narrow character of the annotations, in pixels (wide characters count twice). */
  readonly charWidth?: number;
  /** The text of a point's annotation, by point id (default: its main change's label). */
  readonly notes?: ReadonlyMap<string, string>;
}

export type Anchor = 'start' | 'middle' | 'end';

export interface ChartAnnotation {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: Anchor;
}

export interface ChartPoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly value: number;
  readonly time: number;
  readonly annotation: ChartAnnotation | null;
}

export interface ChartLayout {
  readonly points: readonly ChartPoint[];
  /** The SVG path through the points, oldest first. */
  readonly path: string;
  /** Horizontal guides at 0, 50 and 100 %. */
  readonly guides: readonly { readonly value: number; readonly y: number }[];
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
}

/** The time a point stands for: when its snapshot was taken, or `now` for the current map. */
export function pointTime(point: Pick<TimelinePoint, 'takenAt'>, now: number): number {
  if (point.takenAt === null) return now;
  const time = Date.parse(point.takenAt);
  return Number.isNaN(time) ? now : time;
}

/**
 * Positions in [0, width] by time, oldest first, at least `gap` apart (less when they do
 * not fit); equal times are spread evenly.
 */
export function spreadByTime(times: readonly number[], width: number, gap: number): number[] {
  const n = times.length;
  if (n === 0) return [];
  if (n === 1) return [width / 2];
  const first = times[0]!;
  const span = Math.max(...times) - Math.min(...times);
  const raw = times.map((time, i) => (span > 0 ? ((time - first) / span) * width : (i / (n - 1)) * width));
  const step = Math.min(gap, width / (n - 1));
  const out = raw.slice();
  out[0] = Math.max(0, out[0]!);
  for (let i = 1; i < n; i++) out[i] = Math.max(out[i]!, out[i - 1]! + step);
  out[n - 1] = Math.min(out[n - 1]!, width);
  for (let i = n - 2; i >= 0; i--) out[i] = Math.min(out[i]!, out[i + 1]! - step);
  return out.map((x) => Math.round(Math.max(0, x) * 10) / 10);
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The width of a text in narrow characters (a Chinese character counts two). */
export function textUnits(text: string): number {
  let units = 0;
  for (const char of text) units += WIDE.test(char) ? 2 : 1;
  return units;
}

/** The text cut to at most `units` narrow characters, an ellipsis marking the cut. */
export function fitText(text: string, units: number): string {
  if (textUnits(text) <= units) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const width = WIDE.test(char) ? 2 : 1;
    if (used + width > units - 1) break;
    out += char;
    used += width;
  }
  return `${out.trimEnd()}…`;
}

/** Points with their sign: `+13`, `−8` (a true minus sign), `0`. */
export function signedPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `\u2212${Math.abs(points)}`;
  return '0';
}

export function chartLayout(timeline: readonly TimelinePoint[], options: ChartOptions): ChartLayout {
  const { width, height, margin, now } = options;
  const charWidth = options.charWidth ?? 6;
  const plot = {
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
  const plotWidth = plot.right - plot.left;
  const plotHeight = plot.bottom - plot.top;
  // The current map is never placed before a snapshot (one taken since `now` was read).
  const latest = Math.max(now, ...timeline.map((point) => pointTime(point, now)));
  const times = timeline.map((point) => (point.takenAt === null ? latest : pointTime(point, now)));
  const xs = spreadByTime(times, plotWidth, options.minGap ?? 28);
  const yOf = (value: number) =>
    Math.round((plot.top + (1 - Math.min(100, Math.max(0, value)) / 100) * plotHeight) * 10) / 10;

  // Annotations alternate above and below the line, so each may be as wide as the room to
  // the next point but one.
  const points: ChartPoint[] = timeline.map((point, i) => {
    const x = plot.left + xs[i]!;
    const y = yOf(point.winLikelihood);
    let annotation: ChartAnnotation | null = null;
    if (point.mainChange !== null) {
      const before = i >= 2 ? xs[i]! - xs[i - 2]! : Infinity;
      const after = i + 2 < xs.length ? xs[i + 2]! - xs[i]! : Infinity;
      const room = Math.min(before, after, plotWidth + margin.left + margin.right);
      const delta = signedPoints(point.mainChange.points);
      const units = Math.floor(room / charWidth) - textUnits(delta) - 2;
      const note = options.notes?.get(point.id) ?? point.mainChange.label;
      const label = units >= 3 ? `${fitText(note, units)} ${delta}` : delta;
      // Alternate, unless that leaves the chart (a point near 100 % is labelled below it).
      let above = i % 2 === 1;
      if (above && y - 9 < 10) above = false;
      else if (!above && y + 17 > plot.bottom + 10) above = true;
      const half = (textUnits(label) * charWidth) / 2;
      const anchor: Anchor = x - half < 0 ? 'start' : x + half > width ? 'end' : 'middle';
      annotation = {
        text: label,
        x: anchor === 'start' ? Math.max(0, x - 4) : anchor === 'end' ? Math.min(width, x + 4) : x,
        y: above ? y - 9 : y + 17,
        anchor,
      };
    }
    return { id: point.id, x: Math.round(x * 10) / 10, y, value: point.winLikelihood, time: times[i]!, annotation };
  });
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
  return { points, path, guides: [100, 50, 0].map((value) => ({ value, y: yOf(value) })), plot };
}

/**
 * Short notes for the chart: when a person moved the likelihood most, their name (with
 * "added" or "removed" when they came or went) rather than the whole term; other changes
 * keep their label.
 */
export function chartNotes(
  doc: PowermapDocument,
  points: readonly TimelinePoint[],
  t: Translator,
): Map<string, string> {
  const contentOf = (point: TimelinePoint) =>
    point.index === null ? mapContentOf(doc) : (doc.history[point.index] ?? mapContentOf(doc));
  const notes = new Map<string, string>();
  points.forEach((point, i) => {
    const key = point.mainChange?.key;
    if (i === 0 || !key?.startsWith('person:')) return;
    const id = key.slice('person:'.length);
    const now = contentOf(point).stakeholders.find((p) => p.id === id);
    const before = contentOf(points[i - 1]!).stakeholders.find((p) => p.id === id);
    const name = (now ?? before)?.name;
    if (name === undefined) return;
    if (now && !before) notes.set(point.id, t('history.change.added', { label: name }));
    else if (before && !now) notes.set(point.id, t('history.change.removed', { label: name }));
    else notes.set(point.id, name);
  });
  return notes;
}
