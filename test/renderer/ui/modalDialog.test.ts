/**
 * useModalDialog (renderer/ui/useModalDialog.ts) is how every dialog of the renderer opens:
 * as a modal, once, even when StrictMode mounts it twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { showModalIfClosed } from '../../../renderer/ui/useModalDialog';

/** A stand-in for a <dialog>: like the browser's, showModal() on an open one throws. */
function fakeDialog(open = false): { open: boolean; shown: number; showModal(): void } {
  return {
    open,
    shown: 0,
    showModal() {
      if (this.open) throw new DOMException('The dialog is already open.', 'InvalidStateError');
      this.open = true;
      this.shown += 1;
    },
  };
}

describe('showModalIfClosed', () => {
  it('opens a closed dialog as a modal', () => {
    const dialog = fakeDialog();
    showModalIfClosed(dialog);
    expect(dialog.open).toBe(true);
    expect(dialog.shown).toBe(1);
  });

  it('leaves an open dialog alone, so a second mount effect (StrictMode) does not throw', () => {
    const dialog = fakeDialog();
    showModalIfClosed(dialog);
    expect(() => showModalIfClosed(dialog)).not.toThrow();
    expect(dialog.shown).toBe(1);
  });

  it('does nothing before the element exists', () => {
    expect(() => showModalIfClosed(null)).not.toThrow();
  });
});

describe('the dialogs of the renderer', () => {
  const renderer = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../renderer');
  const sources = readdirSync(renderer, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => ({ file, text: readFileSync(path.join(renderer, file), 'utf8') }));

  it('all open through useModalDialog, so none repeats the effect on its own', () => {
    const ownEffects = sources
      .filter(({ file, text }) => text.includes('showModal(') && !file.endsWith('useModalDialog.ts'))
      .map(({ file }) => file);
    expect(ownEffects).toEqual([]);
    expect(sources.filter(({ text }) => text.includes('useModalDialog()')).length).toBeGreaterThanOrEqual(12);
  });
});
