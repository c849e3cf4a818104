import { useEffect, useRef, useState } from 'react';
import type { PowermapDocument } from '../../shared/document';
import { useServices } from '../app/services';
import { EditorStore } from '../editor/store';
import { useLang } from '../i18n/LangContext';
import { AutoSaver } from '../persistence/autosave';
import { analysisFor } from './analysisFor';
import { DealEditor } from './DealEditor';

/**
 * One open deal: the editor store, saving every edit as it happens, and keeping in step
 * with other windows that edit the same deal.
 */
export function DealSession({
  initial,
  onLibrary,
  onOpen,
}: {
  initial: PowermapDocument;
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

  return <DealEditor store={store} saver={saver} onLibrary={onLibrary} onOpen={onOpen} />;
}
