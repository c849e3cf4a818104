import { useEffect, useState } from 'react';

/**
 * False until a frame has been painted since `ready` first held, then true for good. The
 * pipeline's side panel (totals, the chart, what moved) waits for it: the table's first
 * screen of rows is drawn without waiting for the panel's work over every row (issue 12).
 */
export function usePaintedOnce(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // An animation frame callback runs before the frame is painted; a task it queues runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
