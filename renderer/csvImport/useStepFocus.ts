import { useEffect, useRef, type RefObject } from 'react';

/** A new step replaces most of the dialog: focus moves to its heading so it is read out (not on the first). */
export function useStepFocus(stepHeading: RefObject<HTMLHeadingElement | null>, step: string): void {
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [step]);
}
