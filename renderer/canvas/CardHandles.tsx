/**
 * A card's four connection handles, or none while cards are shapes (levelOfDetail.ts).
 *
 * Why none at the shapes level: there a handle is two screen pixels and cannot be grabbed,
 * yet every mounted handle is an element React Flow measures with its card and a component
 * React renders: a whole map at 20% is a thousand cards and four thousand handles. A
 * line dropped on a card without handles still connects (MapCanvas's onConnectEnd finds the
 * card under the pointer).
 *
 * At the other levels every card has its handles, where toFlow declares them, but a resting
 * card does not paint them (canvas.css: painted on the hovered card, the selected cards and on
 * every card while a line is drawn, ConnectingWatch.tsx, and on the outermost cards, which bound
 * the map's layer: outermost.ts).
 *
 * Each is our CardHandle, React Flow's `Handle` with one store subscription for all of them
 * (handleMarks.ts).
 *
 * The level comes through a context read here alone, so crossing the threshold re-renders
 * these small components once, never the cards themselves (PersonCard's memo).
 */
import { Position } from '@xyflow/react';
import { createContext, memo, useContext } from 'react';
import { useLang } from '../i18n/LangContext';
import { CardHandle } from './CardHandle';

const SIDES = [
  ['t', Position.Top],
  ['r', Position.Right],
  ['b', Position.Bottom],
  ['l', Position.Left],
] as const;

/** False while cards are drawn as shapes: they then have no handles. Provided by MapCanvas. */
export const HandlesShown = createContext(true);

export const CardHandles = memo(function CardHandles({ isConnectable }: { isConnectable: boolean }) {
  const { t } = useLang();
  if (!useContext(HandlesShown)) return null;
  return SIDES.map(([id, position]) => (
    <CardHandle
      key={id}
      id={id}
      position={position}
      isConnectable={isConnectable}
      className="pm-handle"
      title={isConnectable ? t('canvas.handle') : undefined}
    />
  ));
});
