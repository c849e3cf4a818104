import type { ReactNode } from 'react';

/** A quadrant's name across the columns it covers (the placement comes from its class). */
export function QuadrantLabel({ className, children }: { className: string; children: ReactNode }) {
  return <p className={`pn-quadrant ${className}`}>{children}</p>;
}
