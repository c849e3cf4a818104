import { useRef, useState } from 'react';
import type { DeletedButEdited } from '../../shared/collab';
import type { SetAsidePart } from '../../shared/collab/setAside';
import type { PowermapDocument } from '../../shared/document';
import { useServices } from '../services/services';
import { EditorStore } from '../editor/store';
import { restoreDeletedPerson } from '../history/trailEdits';
import { useEditor } from '../hooks/useEditor';
import { useLang } from '../i18n/LangContext';
import type { DealDocHandle } from '../persistence/dealDoc';
import { DealEditor } from './DealEditor';
import { DealNotices } from './DealNotices';
import { deletionKey } from './DeletedElsewhereNotice';
import { useDealLink } from './useDealLink';
import { useDealSaving } from './useDealSaving';
import { useSharedDeal, useTeamActor } from '../team/useSharedDeal';

/** The deal to open, as read, with what was set aside, and where to go from it. */
export interface DealSessionProps {
  readonly handle: DealDocHandle;
  readonly initial: PowermapDocument;
  /** The local day of the deal's last saved edit (YYYY-MM-DD), or null when unknown. */
  readonly lastEditDay?: string | null;
  /** The parts of a damaged deal kept aside when it was migrated: offered for saving and repair. */
  readonly keptAside?: readonly SetAsidePart[];
  /** The parts of its Y.Doc that could not be read when it was opened (later, at each remote change). */
  readonly foundAside?: readonly SetAsidePart[];
  readonly onLibrary: () => void;
  readonly onOpen: (id: string) => void;
}

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
}: DealSessionProps) {
  const { repository, actor, toasts, today } = useServices();
  const { t, lang } = useLang();
  const langRef = useRef(lang);
  langRef.current = lang;
  const [store] = useState(() => new EditorStore(initial));
  // In a deal shared through a team server, changes are made as the signed-in user.
  const teamActor = useTeamActor(initial.deal.id, actor);
  const { link, remoteAside, setRemoteAside, deletedBefore, deletedNow, dismissed, setDismissed } = useDealLink({
    handle,
    store,
    teamActor,
    repository,
    toasts,
    t,
  });
  const { saver, daily } = useDealSaving({ handle, store, link, lastEditDay, today, langRef });

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
    <DealNotices
      store={store}
      shared={shared}
      dealName={dealName}
      deleted={brought.filter((person) => !dismissed.has(deletionKey(person)))}
      canRestore={!readOnly && !whatIf}
      onRestore={restore}
      onDismiss={dismiss}
      setAside={shown}
      onRepair={repair}
    />
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
