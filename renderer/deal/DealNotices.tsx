import type { DeletedButEdited } from '../../shared/collab';
import type { SetAsidePart } from '../../shared/collab/setAside';
import type { EditorStore } from '../editor/store';
import { SharedDealBar } from '../team/SharedDealBar';
import type { SharedDealState } from '../team/useSharedDeal';
import { DeletedElsewhereNotice } from './DeletedElsewhereNotice';
import { SetAsideBanner } from './SetAsideBanner';

interface DealNoticesProps {
  readonly store: EditorStore;
  readonly shared: SharedDealState | null;
  readonly dealName: string;
  /** People deleted elsewhere while edited here, not dismissed. */
  readonly deleted: readonly DeletedButEdited[];
  readonly canRestore: boolean;
  readonly onRestore: (person: DeletedButEdited) => void;
  readonly onDismiss: (person: DeletedButEdited) => void;
  /** The parts set aside, shown until repaired. */
  readonly setAside: readonly SetAsidePart[];
  readonly onRepair: () => void;
}

/** What the editor shows under its toolbar: the shared deal's bar, people deleted elsewhere, parts set aside. */
export function DealNotices({
  store,
  shared,
  dealName,
  deleted,
  canRestore,
  onRestore,
  onDismiss,
  setAside,
  onRepair,
}: DealNoticesProps) {
  return (
    <>
      {shared && <SharedDealBar shared={shared} dealName={dealName} />}
      <DeletedElsewhereNotice people={deleted} canRestore={canRestore} onRestore={onRestore} onDismiss={onDismiss} />
      {setAside.length > 0 && <SetAsideBanner store={store} parts={setAside} onRepair={onRepair} />}
    </>
  );
}
