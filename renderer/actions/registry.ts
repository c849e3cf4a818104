/**
 * The running side of the action catalogue: what each action does in the current view
 * and whether it can run now. Menus, shortcuts, toolbar buttons and the command palette
 * all go through `run`, so they always agree. An action a screen has no handler for does
 * not apply there: the desktop menu and the palette show it greyed (useMenuActions).
 */
import type { ActionId } from '../../shared/actions/catalog';

export interface ActionHandler {
  readonly run: () => void;
  readonly enabled?: () => boolean;
}

export type ActionHandlers = Partial<Record<ActionId, ActionHandler>>;

export interface ActionRunner {
  run(id: ActionId): boolean;
  /** Handled on this screen and can run now. */
  isEnabled(id: ActionId): boolean;
  /** Handled on this screen at all (maybe not now: nothing selected); the menus grey the others. */
  applies(id: ActionId): boolean;
}

export function actionRunner(handlers: ActionHandlers): ActionRunner {
  const isEnabled = (id: ActionId) => {
    const handler = handlers[id];
    return handler !== undefined && (handler.enabled?.() ?? true);
  };
  return {
    isEnabled,
    applies: (id) => handlers[id] !== undefined,
    run(id) {
      if (!isEnabled(id)) return false;
      handlers[id]!.run();
      return true;
    },
  };
}
