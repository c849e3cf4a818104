/**
 * What the deal's history commands (versions taken, restored, renamed, deleted) and its close
 * commands (closed, reopened) write through: the store, around the day's first snapshot.
 */
import { useMemo } from 'react';
import { newId } from '../editor/ids';
import type { EditorStore } from '../editor/store';
import type { HistoryCommandContext } from '../history/commands';
import type { DailySnapshot } from '../history/dailySnapshot';
import { useLang } from '../i18n/LangContext';
import type { CloseContext } from '../pipeline/closeCommands';
import { useServices } from '../services/services';

export function useCommandContexts(
  store: EditorStore,
  daily: DailySnapshot | null,
): { readonly history: HistoryCommandContext; readonly close: CloseContext } {
  const { toasts } = useServices();
  const { t, lang } = useLang();
  const history = useMemo<HistoryCommandContext>(
    () => ({ store, daily, lang, t, toasts, newId: () => newId('h'), now: () => new Date() }),
    [store, daily, lang, t, toasts],
  );
  const close = useMemo<CloseContext>(
    () => ({ store, daily, t, toasts, newId: () => newId('h'), now: () => new Date() }),
    [store, daily, t, toasts],
  );
  return { history, close };
}
