import { useId } from 'react';

/** Ids tying a control to its label, hint and error message. */
export function useFieldIds() {
  const base = useId();
  return { control: `${base}-control`, hint: `${base}-hint`, error: `${base}-error` };
}

/** The aria-describedby of a control: its hint and its error, those present. */
export function describedBy(
  ids: { hint: string; error: string },
  hasHint: boolean,
  hasError: boolean,
): string | undefined {
  const parts = [hasHint ? ids.hint : null, hasError ? ids.error : null].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(' ') : undefined;
}
