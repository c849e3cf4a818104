/**
 * What each action does while a deal is open. The handlers read the store when they run,
 * so the runner itself stays the same object across renders.
 */
import { useMemo, useRef } from 'react';
import type { ActionId } from '../../shared/actions/catalog';
import type { ActionHandlers } from '../actions/registry';
import { actionRunner, type ActionRunner } from '../actions/registry';
import { dealReads, type DealActionContext } from './dealActionContext';
import { ATTITUDE_KEYS, CLOSENESS_KEYS, editHandlers, personKeyHandlers, whatIfHandlers } from './dealEditActions';
import { dealFileHandlers } from './dealFileActions';
import { mapHandlers, viewHandlers } from './dealViewActions';

export type { DealActionContext, View } from './dealActionContext';

export function useDealActions(context: DealActionContext): ActionRunner {
  const ref = useRef(context);
  ref.current = context;
  return useMemo(() => actionRunner(dealHandlers(() => ref.current)), []);
}

export function dealHandlers(get: () => DealActionContext): ActionHandlers {
  const reads = dealReads(get);
  const handlers: ActionHandlers = {
    ...dealFileHandlers(reads),
    ...editHandlers(reads),
    ...mapHandlers(reads),
    ...whatIfHandlers(reads),
    ...viewHandlers(reads),
    ...personKeyHandlers(reads),
  };
  return readOnlyAware(handlers, () => reads.state().readOnly && reads.state().whatIf === null);
}

/** The actions that change the deal: off while it is read-only (a viewer of a shared deal). */
const EDITING: readonly ActionId[] = [
  'file.importCsv',
  'edit.cut',
  'edit.paste',
  'edit.delete',
  'person.delete',
  'map.addPerson',
  'map.autoLayout',
  'history.snapshot',
  'whatIf.keep',
  ...ATTITUDE_KEYS.map((a): ActionId => `person.attitude.${a}`),
  ...CLOSENESS_KEYS.map((c): ActionId => `person.closeness.${c}`),
];

function readOnlyAware(handlers: ActionHandlers, locked: () => boolean): ActionHandlers {
  for (const id of EDITING) {
    const handler = handlers[id];
    if (!handler) continue;
    const enabled = handler.enabled;
    handlers[id] = { run: handler.run, enabled: () => !locked() && (enabled?.() ?? true) };
  }
  return handlers;
}
