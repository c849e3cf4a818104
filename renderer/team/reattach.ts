/**
 * The waits between tries to attach a shared deal again after the server closed or refused it
 * while the socket stayed open (dealConnection.ts). The provider attaches its deal again by
 * itself only when the socket opens again, so a close of the deal alone (an access check, a
 * token that ran out, a deal unloaded after a failed load) would leave it detached until the
 * user opened it again. Each wait doubles up to a ceiling; one try at a time.
 */
export interface RetryWaits {
  /** The wait before the first try. */
  readonly firstMs: number;
  /** The longest wait: tries go on at this pace while the deal stays open. */
  readonly maxMs: number;
}

export const DEFAULT_RETRY_WAITS: RetryWaits = { firstMs: 1_000, maxMs: 30_000 };

export class Backoff {
  private tries = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly waits: RetryWaits = DEFAULT_RETRY_WAITS) {}

  /** The wait the next try would take. */
  nextWaitMs(): number {
    return Math.min(this.waits.maxMs, this.waits.firstMs * 2 ** this.tries);
  }

  /** Runs `attempt` after the next wait; a try already waiting is kept (one at a time). */
  schedule(attempt: () => void): void {
    if (this.timer) return;
    const wait = this.nextWaitMs();
    this.tries += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      attempt();
    }, wait);
  }

  /** Whether a try is waiting. */
  pending(): boolean {
    return this.timer !== null;
  }

  /** Drops the try waiting, if any; the next wait stays as long as it was. */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** After a connection that held: the next wait is the first one again. */
  reset(): void {
    this.cancel();
    this.tries = 0;
  }
}
