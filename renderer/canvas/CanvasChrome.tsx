/**
 * What sits over the map inside React Flow: the zoom buttons, the overview and the button
 * that shows or hides it, and the legend. None of it re-renders on a move: the overview
 * keeps its drawing while `held` (Overview.tsx).
 */
import { Controls, Panel } from '@xyflow/react';
import { useLang } from '../i18n/LangContext';
import { MINIMAP_HEIGHT, MINIMAP_WIDTH } from './canvasApi';
import { Legend } from './Legend';
import { MinimapToggle } from './MinimapToggle';
import { Overview } from './Overview';
import type { PersonNode } from './toFlow';

const MINIMAP_COLOURS: Readonly<Record<string, string>> = {
  champion: 'var(--attitude-champion)',
  supporter: 'var(--attitude-supporter)',
  neutral: 'var(--attitude-neutral)',
  opponent: 'var(--attitude-opponent)',
  blocker: 'var(--attitude-blocker)',
  unknown: 'var(--attitude-unknown)',
};
const minimapColour = (node: PersonNode) => MINIMAP_COLOURS[node.data.person.attitude] ?? 'var(--attitude-unknown)';

export interface CanvasChromeProps {
  readonly minimapShown: boolean;
  readonly toggleMinimap: () => void;
  /** Every person of the map at their place (a dragged card where it is now), for the overview. */
  readonly placed: readonly PersonNode[];
  /** A card is being dragged: the overview keeps its boxes until the drop. */
  readonly frozen: boolean;
  /** The view is moving: the overview only grows its shown area. */
  readonly held: boolean;
}

export function CanvasChrome({ minimapShown, toggleMinimap, placed, frozen, held }: CanvasChromeProps) {
  const { t } = useLang();
  return (
    <>
      <Controls showInteractive={false} />
      {minimapShown && (
        <Overview
          nodes={placed}
          frozen={frozen}
          held={held}
          width={MINIMAP_WIDTH}
          height={MINIMAP_HEIGHT}
          label={t('canvas.minimap')}
          colour={minimapColour}
        />
      )}
      <MinimapToggle
        shown={minimapShown}
        label={t(minimapShown ? 'canvas.minimap.hide' : 'canvas.minimap.show')}
        onToggle={toggleMinimap}
      />
      <Panel position="top-right">
        <Legend />
      </Panel>
    </>
  );
}
