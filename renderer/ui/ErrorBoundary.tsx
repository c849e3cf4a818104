import { Component, type ReactNode } from 'react';

interface Props {
  readonly fallback: (error: Error) => ReactNode;
  readonly children: ReactNode;
}

/** Catches a rendering error so one broken view shows a message instead of a blank window. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
