/**
 * Hands a benchmark page's React Flow viewport to the probe (probe.ts `zoomTo`), so the
 * benchmark can measure every page at the same zoom and centre. Rendered inside the page's
 * ReactFlowProvider, beside the canvas; draws nothing.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';

export function BenchViewControl() {
  const { setViewport } = useReactFlow();
  useEffect(() => {
    const probe = window.__canvasBench;
    if (!probe) return;
    probe.setViewport = (viewport) => void setViewport(viewport);
    return () => {
      probe.setViewport = null;
    };
  }, [setViewport]);
  return null;
}
