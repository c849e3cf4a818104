import { useCallback, useEffect, useRef, useState } from 'react';
import type { SetAsidePart } from '../../shared/collab/setAside';
import type { PowermapDocument } from '../../shared/document';
import { useServices } from '../services/services';
import { newId } from '../editor/ids';
import { EditorStore } from '../editor/store';
import { DailySnapshot } from '../history/dailySnapshot';
import { useLang } from '../i18n/LangContext';
import { AutoSaver } from '../persistence/autosave';
import { analysisFor } from './analysisFor';
import { DealEditor } from './DealEditor';
import { SetAsideBanner } from './SetAsideBanner';
import { SharedDealBar } from '../team/SharedDealBar';
import { useSharedDeal } from '../team/useSharedDeal';

/**
 * One open deal: the editor store, saving every edit as it happens, keeping in step with
 * other windows that edit the same deal, and the snapshot at the first edit of a new day.
 */
export function DealSession({
  initial,
  lastEditDay = null,
  setAside = [],
  onLibrary,
  onOpen,
}: {
  initial: PowermapDocument;
  /** The local day of the deal's last saved edit (YYYY-MM-DD), or null when unknown. */
  lastEditDay?: string | null;
  /** The parts of a damaged deal set aside on loading: offered for saving and repair. */
  setAside?: readonly SetAsidePart[];
  onLibrary: () => void;
  onOpen: (id: string) => void;
}) {
  const { repository, sync, toasts, today } = useServices();
  const { t, lang } = useLang();
  const langRef = useRef(lang);
  langRef.current = lang;
  const [store] = useState(() => new EditorStore(initial));
  // The summary's win likelihood comes from the same analysis the panel shows (computed once).
  const [saver] = useState(
    () =>
      new AutoSaver(store, repository, {
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
    const flushOnHide = () => void saver.flush();
    window.addEventListener('pagehide', flushOnHide);
    return () => {
      window.removeEventListener('pagehide', flushOnHide);
      void saver.flush().finally(detach);
    };
  }, [saver]);

  const dealId = initial.deal.id;
  useEffect(
    () =>
      sync.onDealChange(dealId, () => {
        void saver.flush().then(async () => {
          const result = await repository.loadDeal(dealId);
          if (result.status !== 'ok') return;
          store.replace(result.document);
          toasts.show(t('editor.changedElsewhere'));
        });
      }),
    [dealId, repository, saver, store, sync, t, toasts],
  );

  // A shared deal follows the team server; what arrives from it is saved here as a whole.
  const saveWhole = useCallback(
    (doc: PowermapDocument) => void saver.flush().then(() => repository.replaceDeal(doc)),
    [repository, saver],
  );
  const shared = useSharedDeal(dealId, store, saveWhole);

  const [unrepaired, setUnrepaired] = useState(setAside);
  const notice = (
    <>
      {shared && <SharedDealBar shared={shared} />}
      {unrepaired.length > 0 && (
        <SetAsideBanner store={store} parts={unrepaired} onRepaired={() => setUnrepaired([])} />
      )}
    </>
  );
  return <DealEditor store={store} saver={saver} daily={daily} notice={notice} onLibrary={onLibrary} onOpen={onOpen} />;
}
