/**
 * The running side of the action catalogue: what each action does in the current view
 * and whether it can run now. Menus, shortcuts, toolbar buttons and the command palette
 * all go through `run`, so they always agree.
 */
import type { ActionId } from '../../shared/actions/catalog';

export interface ActionHandler {
  readonly run: () => void;
  readonly enabled?: () => boolean;
}

export type ActionHandlers = Partial<Record<ActionId, ActionHandler>>;

export interface ActionRunner {
  run(id: ActionId): boolean;
  isEnabled(id: ActionId): boolean;
}

export function actionRunner(handlers: ActionHandlers): ActionRunner {
  const isEnabled = (id: ActionId) => {
    const handler = handlers[id];
    return handler !== undefined && (handler.enabled?.() ?? true);
  };
  return {
    isEnabled,
    run(id) {
      if (!isEnabled(id)) return false;
      handlers[id]!.run();
      return true;
    },
  };
}
