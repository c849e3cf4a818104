/**
 * Matching key presses to the shortcuts of the action catalogue (shared/actions/catalog.ts).
 * Pure functions, so the matching is tested without a browser.
 */
import { ACTIONS, shortcutParts, type ActionId } from '../../shared/actions/catalog';

export interface KeyPress {
  readonly key: string;
  /** The physical key (`Digit1`), used for digits so Shift+1 is "1" on every layout. */
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

interface Parsed {
  readonly mod: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  readonly key: string;
}

function parse(shortcut: string): Parsed {
  const { modifiers, key } = shortcutParts(shortcut);
  return { mod: modifiers.includes('Mod'), alt: modifiers.includes('Alt'), shift: modifiers.includes('Shift'), key };
}

/** The key a press names, normalised: digits by their physical key, letters upper case. */
function pressedKey(press: KeyPress): string {
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(press.code);
  if (digit) return digit[1]!;
  return press.key.length === 1 ? press.key.toUpperCase() : press.key;
}

export function matches(press: KeyPress, shortcut: string, isMac: boolean): boolean {
  const want = parse(shortcut);
  const mod = isMac ? press.metaKey : press.ctrlKey;
  const otherMod = isMac ? press.ctrlKey : press.metaKey;
  if (mod !== want.mod || otherMod || press.altKey !== want.alt) return false;
  const key = pressedKey(press);
  const wantKey = want.key.length === 1 ? want.key.toUpperCase() : want.key;
  // Symbols such as "+" are typed with Shift on many layouts: do not insist on Shift for them.
  const symbol = wantKey.length === 1 && !/[A-Z0-9]/.test(wantKey);
  if (!symbol && press.shiftKey !== want.shift) return false;
  return key === wantKey;
}

/** The action whose shortcut this press is, if any. */
export function actionForKey(press: KeyPress, isMac: boolean): ActionId | null {
  for (const action of ACTIONS) {
    if (action.shortcuts.some((s) => matches(press, s, isMac))) return action.id;
  }
  return null;
}

/** How a shortcut reads on this platform: `Ctrl+Shift+Z`, or `⌘⇧Z` on a Mac. */
export function shortcutLabel(shortcut: string, isMac: boolean): string {
  const { mod, alt, shift, key } = parse(shortcut);
  if (isMac) return `${mod ? '⌘' : ''}${alt ? '⌥' : ''}${shift ? '⇧' : ''}${key}`;
  return [mod && 'Ctrl', alt && 'Alt', shift && 'Shift', key].filter(Boolean).join('+');
}

/**
 * Whether a key press belongs to a text field rather than to the app: typing in the
 * inspector must not delete people or change attitudes. Escape and Mod-combinations
 * other than the editing ones (undo, copy, ...) still reach the app.
 */
export function belongsToTextField(
  press: KeyPress,
  target: { tagName?: string; isContentEditable?: boolean; type?: string } | null,
  isMac: boolean,
): boolean {
  if (!target) return false;
  const tag = (target.tagName ?? '').toUpperCase();
  const textual =
    target.isContentEditable === true ||
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    (tag === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes(target.type ?? 'text'));
  if (!textual) return false;
  if (press.key === 'Escape') return false;
  const mod = isMac ? press.metaKey : press.ctrlKey;
  if (!mod) return true;
  // Text editing keeps its own undo, clipboard and select-all.
  return ['Z', 'Y', 'X', 'C', 'V', 'A'].includes(press.key.toUpperCase());
}
