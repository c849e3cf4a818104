import { useEffect, useState, type RefObject } from 'react';
import type { Lang } from '../../shared/i18n';
import { newId } from '../editor/ids';
import type { EditorStore } from '../editor/store';
import { DailySnapshot } from '../history/dailySnapshot';
import { AutoSaver } from '../persistence/autosave';
import type { DealDocHandle } from '../persistence/dealDoc';
import type { EditorLink } from '../persistence/editorLink';
import { analysisFor } from './analysisFor';

interface DealSavingContext {
  readonly handle: DealDocHandle;
  readonly store: EditorStore;
  readonly link: EditorLink;
  /** The local day of the deal's last saved edit (YYYY-MM-DD), or null when unknown. */
  readonly lastEditDay: string | null;
  readonly today: () => string;
  readonly langRef: RefObject<Lang>;
}

/**
 * The deal's saving while it is open (each edit, and everything when the page hides or the
 * deal closes) and the snapshot at the first edit of a new day.
 */
export function useDealSaving({ handle, store, link, lastEditDay, today, langRef }: DealSavingContext) {
  // The summary's win likelihood comes from the same analysis the panel shows (computed once).
  const [saver] = useState(
    () =>
      new AutoSaver(store, link, {
        summary: (doc) => ({ winLikelihood: analysisFor(doc, today(), langRef.current).winLikelihood }),
      }),
  );

  // The map as it stood when the user came back on a new day is kept before the first edit.
  const [daily] = useState(
    () =>
      new DailySnapshot(store, {
        lastEditDay,
        today,
        lang: () => langRef.current,
        newId: () => newId('h'),
      }),
  );
  useEffect(() => daily.arm(), [daily]);

  useEffect(() => {
    const detach = saver.attach();
    // The edits, then the library's row, which otherwise waits for an idle moment.
    const flushOnHide = () => {
      void saver.flush();
      handle.flush().catch(() => undefined);
    };
    window.addEventListener('pagehide', flushOnHide);
    return () => {
      window.removeEventListener('pagehide', flushOnHide);
      void saver.flush().finally(detach);
    };
  }, [saver, handle]);
  return { saver, daily };
}
