/**
 * Closing and reopening the open deal, each one undo step on the editor store (so saved by
 * the autosaver like any edit, and undone by Undo). The domain is shared/pipeline's
 * `closeDeal` (the outcome and a final snapshot) and `reopenDeal`.
 */
import { closeDeal, readOutcome, reopenDeal, type Outcome } from '../../shared/pipeline';
import type { Translator } from '../../shared/i18n';
import type { EditorStore } from '../editor/store';
import type { Edit } from '../editor/edit';
import type { DailySnapshot } from '../history/dailySnapshot';
import { localTakenAt } from '../history/dates';
import type { ToastStore } from '../ui/toasts';
import { closedSnapshotLabel, outcomeWord } from './closeVocabulary';

export interface CloseContext {
  readonly store: EditorStore;
  /** The day's first snapshot, which these edits go around. */
  readonly daily: DailySnapshot | null;
  readonly t: Translator;
  readonly toasts: Pick<ToastStore, 'show'>;
  readonly newId: () => string;
  readonly now: () => Date;
}

function apply(context: CloseContext, edit: Edit): boolean {
  const run = () => context.store.apply(edit);
  return context.daily ? context.daily.around(run) : run();
}

function offerUndo(context: CloseContext, text: string): void {
  context.toasts.show(text, { action: { label: context.t('close.undo'), run: () => context.store.undo() } });
}

/** Closes the deal with this outcome; the final snapshot is labelled with it. */
export function closeOpenDeal(context: CloseContext, outcome: Outcome): boolean {
  const { t } = context;
  const result = outcomeWord(t, outcome.result);
  const info = {
    takenAt: localTakenAt(context.now()),
    snapshotId: context.newId(),
    label: closedSnapshotLabel(t, outcome.result),
  };
  const done = apply(context, (doc) => closeDeal(doc, outcome, info));
  if (done) offerUndo(context, t('close.done', { name: context.store.getState().doc.deal.name, outcome: result }));
  return done;
}

/** Opens a closed deal again (its history, with the final snapshot, stays). */
export function reopenClosedDeal(context: CloseContext): boolean {
  const done = apply(context, reopenDeal);
  if (done) offerUndo(context, context.t('close.reopened', { name: context.store.getState().doc.deal.name }));
  return done;
}

export function isClosed(store: EditorStore): boolean {
  return readOutcome(store.getState().doc.deal) !== null;
}
