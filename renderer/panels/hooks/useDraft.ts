import { useState } from 'react';
import type { FieldError, Parsed } from '../logic/parse';

export interface Draft {
  /** What the field shows: the user's text while they type, else the stored value. */
  readonly text: string;
  readonly error: FieldError | null;
  /** `incomplete`: the input knows its text is not a whole value yet (a half-typed date). */
  change(text: string, incomplete?: boolean): void;
  /** Leaving the field shows the stored value again, unless the text is invalid. */
  blur(): void;
  /** Back to the stored value (Escape). */
  reset(): void;
}

interface State<T> {
  readonly text: string;
  readonly error: FieldError | null;
  /** The stored value this text goes with; when the store moves on (undo, another view), the text is dropped. */
  readonly basis: T;
}

/**
 * A text field over a stored value: every valid keystroke is applied at once (the caller
 * passes a merge key, so typing undoes as one step); invalid text stays in the field with
 * its error and is not applied.
 */
export function useDraft<T>(
  value: T,
  format: (value: T) => string,
  parse: (text: string, incomplete?: boolean) => Parsed<T>,
  apply: (value: T) => void,
): Draft {
  const [state, setState] = useState<State<T> | null>(null);
  const current = state !== null && Object.is(state.basis, value) ? state : null;
  return {
    text: current ? current.text : format(value),
    error: current ? current.error : null,
    change(text, incomplete = false) {
      const parsed = parse(text, incomplete);
      if (parsed.ok) {
        if (!Object.is(parsed.value, value)) apply(parsed.value);
        setState({ text, error: null, basis: parsed.value });
      } else {
        setState({ text, error: parsed.error, basis: value });
      }
    },
    blur() {
      if (current && current.error === null) setState(null);
    },
    reset() {
      setState(null);
    },
  };
}
