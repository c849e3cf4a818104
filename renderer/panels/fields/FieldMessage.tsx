import type { ReactNode } from 'react';

/** A field's hint (muted) or error (announced). */
export function FieldMessage({ id, kind, children }: { id: string; kind: 'hint' | 'error'; children: ReactNode }) {
  return kind === 'error' ? (
    <p id={id} className="pn-field__error" role="alert">
      {children}
    </p>
  ) : (
    <p id={id} className="pn-field__hint">
      {children}
    </p>
  );
}
