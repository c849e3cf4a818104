import { useEffect } from 'react';
import type { Platform } from '../platform/platform';
import type { ActionRunner } from './registry';

/** Runs the actions the desktop shell's native menus send. */
export function useMenuActions(platform: Platform, runner: ActionRunner): void {
  useEffect(() => platform.onMenuAction((id) => void runner.run(id)), [platform, runner]);
}
