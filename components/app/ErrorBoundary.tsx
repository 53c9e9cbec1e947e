import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What could not be shown, as a user reads it, naming the record: "Ana Lima’s posts", "This page". */
  what: string;
  /** A change of this value (another page, another record) tries again. */
  resetKey?: unknown;
  /**
   * Where a `<div>` may not stand (a table row), how to show the sentence instead: given the
   * sentence, returns the element that carries it (with `role="alert"`).
   */
  fallback?: (message: string) => ReactNode;
  children: ReactNode;
}

/**
 * A record's name as a sentence can carry it: text (a damaged record's name may be anything),
 * well-formed (a lone surrogate cannot break it) and at most 80 characters.
 */
export function recordName(name: unknown): string {
  const chars = [...(typeof name === 'string' ? name : JSON.stringify(name) ?? String(name)).toWellFormed()];
  return chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : chars.join('');
}

interface State {
  error: Error | null;
}

/**
 * One odd record must not blank a whole page: a section that throws while rendering is replaced by
 * a sentence naming it, and everything around it stays usable.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.what} could not be shown`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const message = `${this.props.what} could not be shown (${error.message || error.name}). Your data is unchanged, and the rest of Creator Scout works.`;
    if (this.props.fallback) return this.props.fallback(message);
    return (
      <div role="alert" className="error-boundary">
        <p>{message}</p>
      </div>
    );
  }
}
