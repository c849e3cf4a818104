import { useEffect } from 'react';
import type { Platform } from '../platform/platform';
import type { ActionRunner } from './registry';

/** Runs the actions the desktop shell's native menus send. */
export function useMenuActions(platform: Platform, runner: ActionRunner, active = true): void {
  useEffect(
    () => (active ? platform.onMenuAction((id) => void runner.run(id)) : undefined),
    [platform, runner, active],
  );
}
