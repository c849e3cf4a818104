import { useEffect, useRef, useState } from 'react';
import { listDeletedButEdited, type DeletedButEdited } from '../../shared/collab';
import type { SetAsidePart } from '../../shared/collab/setAside';
import type { PowermapDocument } from '../../shared/document';
import { useServices } from '../services/services';
import { newId } from '../editor/ids';
import { EditorStore } from '../editor/store';
import { DailySnapshot } from '../history/dailySnapshot';
import { restoreDeletedPerson } from '../history/trailEdits';
import { useEditor } from '../hooks/useEditor';
import { useLang } from '../i18n/LangContext';
import { AutoSaver } from '../persistence/autosave';
import type { DealDocHandle } from '../persistence/dealDoc';
import { EditorLink } from '../persistence/editorLink';
import { analysisFor } from './analysisFor';
import { DealEditor } from './DealEditor';
import { deletionKey, DeletedElsewhereNotice } from './DeletedElsewhereNotice';
import { SetAsideBanner } from './SetAsideBanner';
import { SharedDealBar } from '../team/SharedDealBar';
import { useSharedDeal, useTeamActor } from '../team/useSharedDeal';

/**
 * One open deal: the editor store, linked to the deal's Y.Doc (every edit applied to it and
 * saved as it happens; every change from elsewhere, another window or a server, followed),
 * and the snapshot at the first edit of a new day. The handle is the caller's to close.
 */
export function DealSession({
  handle,
  initial,
  lastEditDay = null,
  keptAside = [],
  foundAside = [],
  onLibrary,
  onOpen,
}: {
  handle: DealDocHandle;
  initial: PowermapDocument;
  /** The local day of the deal's last saved edit (YYYY-MM-DD), or null when unknown. */
  lastEditDay?: string | null;
  /** The parts of a damaged deal kept aside when it was migrated: offered for saving and repair. */
  keptAside?: readonly SetAsidePart[];
  /** The parts of its Y.Doc that could not be read when it was opened (later, at each remote change). */
  foundAside?: readonly SetAsidePart[];
  onLibrary: () => void;
  onOpen: (id: string) => void;
}) {
  const { repository, actor, toasts, today } = useServices();
  const { t, lang } = useLang();
  const langRef = useRef(lang);
  langRef.current = lang;
  const [store] = useState(() => new EditorStore(initial));
  // In a deal shared through a team server, changes are made as the signed-in user.
  const teamActor = useTeamActor(initial.deal.id, actor);
  const [remoteAside, setRemoteAside] = useState<readonly SetAsidePart[] | null>(null);
  // People deleted elsewhere while edited here (or the reverse): those a merge brings while open are noticed.
  const [deletedBefore] = useState(() => new Set(listDeletedButEdited(handle.ydoc).map(deletionKey)));
  const [deletedNow, setDeletedNow] = useState<readonly DeletedButEdited[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());
  const tRef = useRef(t);
  tRef.current = t;
  const [link] = useState(
    () =>
      new EditorLink(handle, store, {
        actor: teamActor,
        checkpoint: (id) => repository.checkpoint(id),
        onRemote: (read, fromWindow) => {
          setRemoteAside(read.setAside);
          setDeletedNow(read.deletedButEdited);
          if (fromWindow) toasts.show(tRef.current('editor.changedElsewhere'));
        },
      }),
  );
  useEffect(() => link.attach(), [link]);
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

  // Set aside: what the migration kept, until repaired, and what the last read of the Y.Doc
  // found (when opened, then at each remote change).
  const [kept, setKept] = useState(keptAside);
  const found = remoteAside ?? foundAside;
  const shown = kept.length === 0 ? found : found.length === 0 ? kept : [...kept, ...found];
  const repair = () => {
    void repository.releaseSetAside(store.getState().doc.deal.id);
    link.storeAsShown();
    setKept([]);
    setRemoteAside([]);
  };
  // A shared deal's Y.Doc is connected to the team server while it is open (team/useSharedDeal.ts).
  const shared = useSharedDeal(initial.deal.id, store, handle);
  const whatIf = useEditor(store, (s) => s.whatIf !== null);
  const readOnly = useEditor(store, (s) => s.readOnly);
  const dealName = useEditor(store, (s) => s.doc.deal.name);
  const brought = deletedNow.filter((person) => !deletedBefore.has(deletionKey(person)));
  const dismiss = (person: DeletedButEdited) => setDismissed((before) => new Set(before).add(deletionKey(person)));
  const restore = (person: DeletedButEdited) => {
    // One undo step; the next read no longer lists the person.
    if (!restoreDeletedPerson(store, handle.ydoc, person.id, teamActor())) return;
    toasts.show(t('trailApp.deleted.done', { name: person.name }));
    dismiss(person);
  };
  const notice = (
    <>
      {shared && <SharedDealBar shared={shared} dealName={dealName} />}
      <DeletedElsewhereNotice
        people={brought.filter((person) => !dismissed.has(deletionKey(person)))}
        canRestore={!readOnly && !whatIf}
        onRestore={restore}
        onDismiss={dismiss}
      />
      {shown.length > 0 && <SetAsideBanner store={store} parts={shown} onRepair={repair} />}
    </>
  );
  return (
    <DealEditor
      store={store}
      saver={saver}
      daily={daily}
      notice={notice}
      // The deal's Y.Doc and who edits it: the activity trail and presence read them.
      collab={{ ydoc: handle.ydoc, actor: teamActor() }}
      onLibrary={onLibrary}
      onOpen={onOpen}
    />
  );
}
