/**
 * A ref that always holds the latest `value`, the same object for the component's life: a
 * callback made once reads what is current through it, so props handed on stay the same.
 */
import { useState } from 'react';

export function useLatest<T>(value: T): { current: T } {
  const [ref] = useState(() => ({ current: value }));
  ref.current = value;
  return ref;
}
