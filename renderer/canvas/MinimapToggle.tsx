/** The button that shows or hides the minimap, raised above it while it is shown. */
import { Panel } from '@xyflow/react';

export function MinimapToggle({ shown, label, onToggle }: { shown: boolean; label: string; onToggle: () => void }) {
  return (
    <Panel position="bottom-right" className={`pm-minimap-toggle${shown ? ' pm-minimap-toggle--above' : ''}`}>
      <button type="button" aria-pressed={shown} title={label} onClick={onToggle}>
        {label}
      </button>
    </Panel>
  );
}
