/**
 * The top of the deal editor: the menu bar in a browser, the toolbar with who else is here and
 * the save status, then the notices (parts set aside, the deal closed, a what-if under way).
 */
import type { ReactNode } from 'react';
import type { RelationshipKind } from '../../shared/document';
import { readOutcome } from '../../shared/pipeline';
import { MenuBar } from '../actions/MenuBar';
import type { ActionRunner } from '../actions/registry';
import type { EditorStore } from '../editor/store';
import { useEditor } from '../hooks/useEditor';
import { useLang } from '../i18n/LangContext';
import type { AutoSaver } from '../persistence/autosave';
import { ClosedBanner } from '../pipeline/ClosedBanner';
import type { Peer } from '../services/presence';
import { useServices } from '../services/services';
import { PresenceBar } from './PresenceBar';
import { SaveStatus } from './SaveStatus';
import { Toolbar } from './Toolbar';
import type { View } from './useDealActions';

interface EditorHeaderProps {
  readonly store: EditorStore;
  readonly saver: AutoSaver;
  readonly runner: ActionRunner;
  readonly view: View;
  readonly connectKind: RelationshipKind;
  readonly onConnectKind: (kind: RelationshipKind) => void;
  readonly peers: readonly Peer[];
  readonly trailOpen: boolean;
  /** A notice shown under the toolbar (the parts of a damaged deal set aside). */
  readonly notice: ReactNode;
}

export function EditorHeader({ store, saver, runner, peers, trailOpen, notice, ...toolbar }: EditorHeaderProps) {
  const services = useServices();
  const { t } = useLang();
  const doc = useEditor(store, (s) => s.doc);
  const whatIf = useEditor(store, (s) => s.whatIf);
  const canUndo = useEditor(store, (s) => s.canUndo);
  const canRedo = useEditor(store, (s) => s.canRedo);
  // A reader of a shared deal (team/useSharedDeal.ts): no edit is possible, so none is offered.
  const locked = useEditor(store, (s) => s.readOnly && s.whatIf === null);
  const outcome = readOutcome(doc.deal);
  return (
    <>
      {services.platform.kind === 'browser' && <MenuBar runner={runner} isMac={services.platform.isMac} />}
      <Toolbar
        dealName={doc.deal.name}
        runner={runner}
        {...toolbar}
        canUndo={canUndo}
        canRedo={canRedo}
        canExport={whatIf === null}
        readOnly={locked}
        status={<SaveStatus saver={saver} />}
        presence={
          <PresenceBar
            peers={peers}
            personName={(id) => doc.stakeholders.find((p) => p.id === id)?.name}
            runner={runner}
            trailOpen={trailOpen}
          />
        }
      />
      {notice}
      {outcome && <ClosedBanner outcome={outcome} onReopen={() => runner.run('deal.reopen')} />}
      {whatIf && (
        <div className="what-if-banner" role="status">
          {t('editor.whatIfBanner')}
        </div>
      )}
    </>
  );
}
