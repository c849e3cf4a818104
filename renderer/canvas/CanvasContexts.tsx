/**
 * What the canvas hands down to the cards and to React Flow's custom parts, which React Flow
 * renders for us and so cannot be given props: the rename in progress, whether cards have
 * handles (not as shapes), and the drawn region that bounds the line drawn from a handle.
 */
import type { ReactNode } from 'react';
import { HandlesShown } from './CardHandles';
import { ConnectionArea } from './ConnectionLine';
import type { Rect } from './region';
import { RenameContext, type RenameContextValue } from './renaming';

interface CanvasContextsProps {
  readonly rename: RenameContextValue | null;
  readonly handlesShown: boolean;
  readonly area: Rect | null;
  readonly children: ReactNode;
}

export function CanvasContexts({ rename, handlesShown, area, children }: CanvasContextsProps) {
  return (
    <RenameContext.Provider value={rename}>
      <HandlesShown.Provider value={handlesShown}>
        <ConnectionArea.Provider value={area}>{children}</ConnectionArea.Provider>
      </HandlesShown.Provider>
    </RenameContext.Provider>
  );
}
