/**
 * The editing actions while a deal is open: undo and the clipboard, deleting and selecting,
 * a person's attitude and closeness from the keys, and the what-if.
 */
import type { Attitude, Closeness } from '../../shared/document';
import type { ActionHandlers } from '../actions/registry';
import { updatePeople } from '../editor/commands/people';
import type { DealReads } from './dealActionContext';
import { deleteWithUndo } from './deleteWithUndo';
import { pasteLastCopied } from './useClipboard';

export const ATTITUDE_KEYS: readonly Attitude[] = [
  'champion',
  'supporter',
  'neutral',
  'opponent',
  'blocker',
  'unknown',
];
export const CLOSENESS_KEYS: readonly Closeness[] = ['close', 'frequent', 'distant', 'none'];

export function editHandlers({ get, store, state, hasPeople, hasSelection }: DealReads): ActionHandlers {
  return {
    'edit.undo': { run: () => store().undo(), enabled: () => state().canUndo },
    'edit.redo': { run: () => store().redo(), enabled: () => state().canRedo },
    'edit.cut': { run: () => document.execCommand('cut'), enabled: hasPeople },
    'edit.copy': { run: () => document.execCommand('copy'), enabled: hasPeople },
    'edit.paste': { run: () => void pasteLastCopied(store()) },
    'edit.delete': {
      run: () => {
        const { store, services, t, lang } = get();
        deleteWithUndo({ store, toasts: services.toasts, t, lang }, state().selection);
      },
      enabled: hasSelection,
    },
    'person.delete': {
      run: () => {
        const { store, services, t, lang } = get();
        deleteWithUndo({ store, toasts: services.toasts, t, lang }, { people: state().selection.people, lines: [] });
      },
      enabled: hasPeople,
    },
    'edit.selectAll': {
      run: () => {
        const { doc } = state();
        store().select({ people: doc.stakeholders.map((p) => p.id), lines: doc.relationships.map((r) => r.id) });
      },
    },
  };
}

export function whatIfHandlers({ store, state }: DealReads): ActionHandlers {
  return {
    'whatIf.start': { run: () => store().startWhatIf(), enabled: () => state().whatIf === null },
    'whatIf.keep': { run: () => store().keepWhatIf(), enabled: () => state().whatIf !== null },
    'whatIf.drop': {
      run: () => store().dropWhatIf(),
      enabled: () => state().whatIf !== null,
    },
  };
}

/** One action a key for each attitude and each closeness, on the selected people. */
export function personKeyHandlers({ store, state, hasPeople }: DealReads): ActionHandlers {
  const handlers: ActionHandlers = {};
  for (const attitude of ATTITUDE_KEYS) {
    handlers[`person.attitude.${attitude}`] = {
      run: () => store().apply(updatePeople(state().selection.people, { attitude })),
      enabled: hasPeople,
    };
  }
  for (const closeness of CLOSENESS_KEYS) {
    handlers[`person.closeness.${closeness}`] = {
      run: () => store().apply(updatePeople(state().selection.people, { closeness })),
      enabled: hasPeople,
    };
  }
  return handlers;
}
