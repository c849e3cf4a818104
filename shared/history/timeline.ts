/**
 * The timeline of a deal's map (issue 4): one point per snapshot, oldest first, then the
 * current map, each with its win likelihood, its gaps counted by severity, and the change
 * that moved the likelihood most since the point before. Every version is analysed once.
 */
import { analyze } from '../analysis/analyze';
import type { Analysis, LikelihoodTerm, Severity } from '../analysis/types';
import type { MapContent, PowermapDocument } from '../document/schema';
import type { Lang, MessageKey } from '../i18n/catalogue';
import { translate } from '../i18n/translate';
import { CURRENT, dayOfTakenAt, mapContentOf } from './snapshots';

/** The likelihood term that moved most between a point and the one before. */
export interface MainChange {
  /** The term's key: `person:<id>`, `gap:<gap key>`, `competitors`, `clamp`. */
  readonly key: string;
  /** The term's label, with what happened to it (added, removed, opened, closed). */
  readonly label: string;
  /** Unrounded change in points. */
  readonly delta: number;
  /** Change in the term's whole points. */
  readonly points: number;
}

export interface TimelinePoint {
  /** The snapshot's id, or `current`. */
  readonly id: string;
  /** Place in the history (0 = oldest); null for the current map. */
  readonly index: number | null;
  /** null for the current map. */
  readonly takenAt: string | null;
  /** The snapshot's label as stored (maybe empty); for the current map, "Current map" worded. */
  readonly label: string;
  readonly winLikelihood: number;
  readonly gaps: Readonly<Record<Severity, number>>;
  /** null for the first point, and when no term moved. */
  readonly mainChange: MainChange | null;
}

export interface TimelineOptions {
  /**
   * The analysis date of the current map (YYYY-MM-DD). Each snapshot is then analysed as
   * of the day it was taken, so its figure is the one the user saw that day (contacts
   * go stale as time passes). Without it, no version is checked for stale contacts.
   */
  readonly asOf?: string | null;
  /** Analyse every snapshot as of `asOf` too, rather than as of the day it was taken. */
  readonly sameDate?: boolean;
  readonly lang?: Lang;
}

function gapCounts(analysis: Analysis): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const gap of analysis.gaps) counts[gap.severity] += 1;
  return counts;
}

/** What happened to a term between two versions. */
type Status = 'new' | 'gone' | 'moved';

function wordedChange(term: LikelihoodTerm, status: Status, lang: Lang): string {
  const kind = term.source.kind;
  let key: MessageKey | null = null;
  if (kind === 'person' && status !== 'moved')
    key = status === 'new' ? 'history.change.added' : 'history.change.removed';
  if (kind === 'gap' && status !== 'moved') key = status === 'new' ? 'history.change.opened' : 'history.change.closed';
  return key === null ? term.label : translate(lang, key, { label: term.label });
}

interface Move {
  readonly term: LikelihoodTerm;
  readonly status: Status;
  readonly delta: number;
  readonly points: number;
}

/** The term whose exact value moved most (ties: the smaller key), or null when none moved. */
export function mainChange(before: Analysis, after: Analysis, lang: Lang = 'en'): MainChange | null {
  const old = new Map(before.explanation.terms.map((t) => [t.key, t]));
  const moves: Move[] = [];
  for (const term of after.explanation.terms) {
    const earlier = old.get(term.key);
    old.delete(term.key);
    moves.push(
      earlier
        ? { term, status: 'moved', delta: term.exact - earlier.exact, points: term.points - earlier.points }
        : { term, status: 'new', delta: term.exact, points: term.points },
    );
  }
  for (const term of old.values()) moves.push({ term, status: 'gone', delta: -term.exact, points: -term.points });
  let best: Move | null = null;
  for (const move of moves) {
    if (move.delta === 0) continue;
    const size = Math.abs(move.delta);
    const bestSize = best === null ? 0 : Math.abs(best.delta);
    if (best === null || size > bestSize || (size === bestSize && move.term.key < best.term.key)) best = move;
  }
  if (best === null) return null;
  return {
    key: best.term.key,
    label: wordedChange(best.term, best.status, lang),
    delta: Math.round(best.delta * 1e6) / 1e6 + 0,
    points: best.points + 0,
  };
}

export function timeline(doc: PowermapDocument, options: TimelineOptions = {}): TimelinePoint[] {
  const lang = options.lang ?? 'en';
  const asOf = options.asOf ?? null;
  const versions: {
    id: string;
    index: number | null;
    takenAt: string | null;
    label: string;
    content: MapContent;
    asOf: string | null;
  }[] = [
    ...doc.history.map((snapshot, index) => ({
      id: snapshot.id,
      index,
      takenAt: snapshot.takenAt,
      label: snapshot.label,
      content: mapContentOf(snapshot),
      asOf: asOf === null || options.sameDate ? asOf : dayOfTakenAt(snapshot.takenAt),
    })),
    {
      id: CURRENT,
      index: null,
      takenAt: null,
      label: translate(lang, 'history.current'),
      content: mapContentOf(doc),
      asOf,
    },
  ];
  const points: TimelinePoint[] = [];
  let previous: Analysis | null = null;
  for (const version of versions) {
    const analysis = analyze(version.content, { asOf: version.asOf, lang });
    points.push({
      id: version.id,
      index: version.index,
      takenAt: version.takenAt,
      label: version.label,
      winLikelihood: analysis.winLikelihood,
      gaps: gapCounts(analysis),
      mainChange: previous === null ? null : mainChange(previous, analysis, lang),
    });
    previous = analysis;
  }
  return points;
}
