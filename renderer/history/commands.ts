/**
 * What the history view and the history actions do to the deal: take, restore, rename and
 * delete snapshots, each one undo step on the editor store (and so saved by the autosaver
 * like any edit). Deleting offers an Undo in a toast, which puts the snapshot back where
 * it was even after other edits.
 */
import {
  autoSnapshotLabel,
  deleteSnapshot,
  insertSnapshot,
  renameSnapshot,
  restoreSnapshot,
  takeSnapshot,
  type AutoSnapshot,
  type SnapshotInfo,
} from '../../shared/history';
import type { Lang, Translator } from '../../shared/i18n';
import type { ToastStore } from '../ui/toasts';
import type { Edit } from '../editor/edit';
import type { EditorStore } from '../editor/store';
import type { DailySnapshot } from './dailySnapshot';
import { formatTakenAt, labelDate, localTakenAt } from './dates';

export interface HistoryCommandContext {
  readonly store: EditorStore;
  /** The day's first snapshot, which history edits go around; null when none is armed. */
  readonly daily: DailySnapshot | null;
  readonly lang: Lang;
  readonly t: Translator;
  readonly toasts: Pick<ToastStore, 'show'>;
  /** A new snapshot id (`newId('h')` in the app). */
  readonly newId: () => string;
  readonly now: () => Date;
}

/** The label a new snapshot is offered: `Snapshot 26 Nov 2026`. */
export function defaultSnapshotLabel(t: Translator, lang: Lang, now: Date): string {
  return t('historyApp.defaultLabel', { date: labelDate(lang, now) });
}

/** A snapshot's name in sentences and buttons: its label, or when it was taken. */
export function snapshotName(snapshot: { readonly label: string; readonly takenAt: string }, lang: Lang): string {
  return snapshot.label.trim() === '' ? formatTakenAt(lang, snapshot.takenAt) : snapshot.label;
}

function info(context: HistoryCommandContext, label: string): SnapshotInfo {
  return { id: context.newId(), takenAt: localTakenAt(context.now()), label };
}

function apply(context: HistoryCommandContext, edit: Edit): boolean {
  const run = () => context.store.apply(edit);
  return context.daily ? context.daily.around(run) : run();
}

/** Takes a snapshot of the current map with the label given. */
export function takeSnapshotNow(context: HistoryCommandContext, label: string): boolean {
  const snapshot = info(context, label.trim());
  const done = apply(context, (doc) => takeSnapshot(doc, snapshot));
  if (done) context.toasts.show(context.t('historyApp.taken', { label: snapshotName(snapshot, context.lang) }));
  return done;
}

/**
 * An edit that first keeps the map in an automatic snapshot, then makes `edit`: one undo
 * step. Used around the automatic layout.
 */
export function withAutoSnapshot(context: HistoryCommandContext, what: AutoSnapshot, edit: Edit): Edit {
  const snapshot = info(context, autoSnapshotLabel(what, context.lang));
  return (doc) => {
    const after = edit(doc);
    return after === doc ? doc : edit(takeSnapshot(doc, snapshot));
  };
}

/** Applies an edit that keeps the map in an automatic snapshot first (see `withAutoSnapshot`). */
export function applyWithAutoSnapshot(context: HistoryCommandContext, what: AutoSnapshot, edit: Edit): boolean {
  return apply(context, withAutoSnapshot(context, what, edit));
}

/** Makes a snapshot the current map; the map it replaces is kept as a new snapshot. */
export function restoreVersion(context: HistoryCommandContext, snapshotId: string): boolean {
  const snapshot = context.store.getState().doc.history.find((s) => s.id === snapshotId);
  if (!snapshot) return false;
  const name = snapshotName(snapshot, context.lang);
  const replaced = info(context, autoSnapshotLabel({ reason: 'restore', restored: name }, context.lang));
  const done = apply(context, (doc) =>
    doc.history.some((s) => s.id === snapshotId) ? restoreSnapshot(doc, snapshotId, replaced) : doc,
  );
  if (done) context.toasts.show(context.t('historyApp.restored', { label: name }));
  return done;
}

export function renameVersion(context: HistoryCommandContext, snapshotId: string, label: string): boolean {
  const next = label.trim();
  return apply(context, (doc) => {
    const snapshot = doc.history.find((s) => s.id === snapshotId);
    return snapshot === undefined || snapshot.label === next ? doc : renameSnapshot(doc, snapshotId, next);
  });
}

/** Deletes a snapshot, with an Undo in the toast that puts it back in its place. */
export function deleteVersion(context: HistoryCommandContext, snapshotId: string): boolean {
  const doc = context.store.getState().doc;
  if (!doc.history.some((s) => s.id === snapshotId)) return false;
  const { snapshot, index } = deleteSnapshot(doc, snapshotId);
  const done = apply(context, (current) =>
    current.history.some((s) => s.id === snapshotId) ? deleteSnapshot(current, snapshotId).document : current,
  );
  if (!done) return false;
  context.toasts.show(context.t('historyApp.deleted', { label: snapshotName(snapshot, context.lang) }), {
    action: {
      label: context.t('historyApp.undo'),
      run: () =>
        void apply(context, (current) =>
          current.history.some((s) => s.id === snapshot.id) ? current : insertSnapshot(current, snapshot, index),
        ),
    },
  });
  return true;
}
