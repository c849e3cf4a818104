import { useCallback, useState } from 'react';
import type { RelationshipKind } from '../../shared/document';
import { tourDone } from '../services/firstRun';
import type { TrailOpen } from './DealBody';
import type { View } from './useDealActions';

/** What the editing screen shows: the view, the kind of line to draw, the chosen gap, the tour and the trail. */
export function useEditorViewState() {
  const [view, setView] = useState<View>('map');
  const [connectKind, setConnectKind] = useState<RelationshipKind>('reports-to');
  const [highlightedGap, setHighlightedGap] = useState<string | null>(null);
  // The first-run tour, on the first deal a user opens (firstRun.ts).
  const [touring, setTouring] = useState(() => !tourDone());
  // The activity trail beside the map: null when closed.
  const [trail, setTrail] = useState<TrailOpen | null>(null);
  const openTrail = useCallback((personId: string | null) => {
    setView((current) => (current === 'history' ? 'map' : current));
    setTrail({ personId });
  }, []);
  return {
    view,
    setView,
    connectKind,
    setConnectKind,
    highlightedGap,
    setHighlightedGap,
    touring,
    setTouring,
    trail,
    setTrail,
    openTrail,
  };
}
