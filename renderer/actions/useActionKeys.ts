import { useEffect } from 'react';
import { actionForKey, belongsToTextField } from './shortcuts';
import type { ActionRunner } from './registry';

/**
 * Sends key presses that are shortcuts of the action catalogue to the runner. Copy, cut
 * and paste are left to the browser's own clipboard events (see useClipboard), which work
 * without clipboard permissions, in the desktop shell too. Nothing is sent while the screen
 * is not `active` (hidden under another one).
 */
export function useActionKeys(runner: ActionRunner, isMac: boolean, active = true): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (belongsToTextField(event, event.target as HTMLElement | null, isMac)) return;
      const id = actionForKey(event, isMac);
      if (!id || id === 'edit.copy' || id === 'edit.cut' || id === 'edit.paste') return;
      // Inside a dialog only Escape-like actions of the dialog itself apply.
      if ((event.target as HTMLElement | null)?.closest?.('dialog')) return;
      if (runner.run(id)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [runner, isMac, active]);
}
