import { useEffect } from 'react';
import {
  clipboardText,
  copySelection,
  preparePaste,
  readClipboard,
  type ClipboardData,
} from '../editor/commands/clipboard';
import { addLines } from '../editor/commands/lines';
import { addPeople, deletePeople } from '../editor/commands/people';
import type { EditorStore } from '../editor/store';

function inTextField(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element || typeof element.closest !== 'function') return false;
  return element.isContentEditable || element.closest('input, textarea, select') !== null;
}

/** The last copy of this window, for pasting when the system clipboard cannot be read. */
let lastCopied: ClipboardData | null = null;

export function pasteInto(store: EditorStore, data: ClipboardData): void {
  const { people, lines } = preparePaste(store.getState().doc, data);
  if (people.length === 0) return;
  store.apply((doc) => addLines(lines)(addPeople(people)(doc)), {
    select: { people: people.map((p) => p.id), lines: [] },
  });
}

export function pasteLastCopied(store: EditorStore): boolean {
  if (!lastCopied) return false;
  pasteInto(store, lastCopied);
  return true;
}

/**
 * Copy, cut and paste of people through the browser's clipboard events, so they work with
 * the keyboard, the menus and other windows, without asking for clipboard permissions.
 */
export function useClipboard(store: EditorStore, active = true): void {
  useEffect(() => {
    if (!active) return;
    const copy = (event: ClipboardEvent, cut: boolean) => {
      if (inTextField(event.target)) return;
      const { doc, selection } = store.getState();
      if (selection.people.length === 0) return;
      const data = copySelection(doc, selection.people);
      lastCopied = data;
      event.clipboardData?.setData('text/plain', clipboardText(data));
      event.preventDefault();
      if (cut) store.apply(deletePeople(selection.people));
    };
    const onCopy = (event: ClipboardEvent) => copy(event, false);
    const onCut = (event: ClipboardEvent) => copy(event, true);
    const onPaste = (event: ClipboardEvent) => {
      if (inTextField(event.target)) return;
      const data = readClipboard(event.clipboardData?.getData('text/plain') ?? '') ?? lastCopied;
      if (!data) return;
      event.preventDefault();
      pasteInto(store, data);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, active]);
}
