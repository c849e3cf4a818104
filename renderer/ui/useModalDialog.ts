import { useEffect, useRef, type RefObject } from 'react';

/** The part of a <dialog> that opening it needs: a fake can stand in for it in tests. */
export interface ModalDialogElement {
  readonly open: boolean;
  showModal(): void;
}

/**
 * Opens the dialog as a modal unless it is already open. The check is there because
 * StrictMode runs a mount effect twice, and showModal() on an open dialog throws.
 */
export function showModalIfClosed(element: ModalDialogElement | null): void {
  if (element && !element.open) element.showModal();
}

/**
 * A <dialog> that is shown as a modal when it mounts: put the returned ref on the element.
 * Modal means the browser keeps focus inside it, moves focus to its `autoFocus` child (or
 * its first focusable one), closes it on Escape and gives focus back where it was on close.
 * What closing does stays with the dialog: its `onClose` handler runs for Escape, for
 * `ref.current.close()` and for a `method="dialog"` form alike.
 */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => showModalIfClosed(dialog.current), []);
  return dialog;
}
