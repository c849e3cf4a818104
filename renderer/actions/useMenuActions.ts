import { useEffect } from 'react';
import { ACTION_IDS } from '../../shared/actions/catalog';
import type { Platform } from '../platform/platform';
import type { ActionRunner } from './registry';

/** The actions this screen handles, which the desktop menu keeps enabled (the others greyed). */
export function handledActions(runner: ActionRunner): readonly (typeof ACTION_IDS)[number][] {
  return ACTION_IDS.filter((id) => runner.applies(id));
}

/**
 * Runs the actions the desktop shell's native menus send, and tells the shell which of them
 * this screen handles: the menu greys the rest (the pipeline's exports on a deal, closing a
 * deal on the pipeline), as the palette does.
 */
export function useMenuActions(platform: Platform, runner: ActionRunner, active = true): void {
  useEffect(
    () => (active ? platform.onMenuAction((id) => void runner.run(id)) : undefined),
    [platform, runner, active],
  );
  useEffect(() => {
    if (active) platform.setMenuActions(handledActions(runner));
  }, [platform, runner, active]);
}
