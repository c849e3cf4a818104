import { useEffect, useRef, useState } from 'react';
import { listDeletedButEdited, type Actor, type DeletedButEdited } from '../../shared/collab';
import type { SetAsidePart } from '../../shared/collab/setAside';
import type { Translator } from '../../shared/i18n';
import type { EditorStore } from '../editor/store';
import type { DealDocHandle } from '../persistence/dealDoc';
import { EditorLink } from '../persistence/editorLink';
import type { Services } from '../services/services';
import { deletionKey } from './DeletedElsewhereNotice';

interface DealLinkContext {
  readonly handle: DealDocHandle;
  readonly store: EditorStore;
  readonly teamActor: () => Actor;
  readonly repository: Services['repository'];
  readonly toasts: Services['toasts'];
  readonly t: Translator;
}

/**
 * The editor store linked to the deal's Y.Doc, attached while mounted, and what a change
 * from elsewhere brings: the parts of the Y.Doc set aside, and people deleted elsewhere while
 * edited here (with those the user dismissed).
 */
export function useDealLink({ handle, store, teamActor, repository, toasts, t }: DealLinkContext) {
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
  return { link, remoteAside, setRemoteAside, deletedBefore, deletedNow, dismissed, setDismissed };
}
