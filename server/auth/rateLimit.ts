/**
 * A sliding-window limit of attempts per key (a user name, an address). Kept in the memory
 * of one process: with N processes behind a balancer an attacker gets at most N times the
 * limit, which still stops guessing at scale.
 */
export class RateLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt; returns 0 when allowed, else the milliseconds until the next one is. */
  hit(key: string): number {
    const now = this.now();
    const recent = (this.attempts.get(key) ?? []).filter((at) => at > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.attempts.set(key, recent);
      return recent[0]! + this.windowMs - now;
    }
    recent.push(now);
    this.attempts.set(key, recent);
    if (this.attempts.size > 10_000) this.prune(now);
    return 0;
  }

  /** Forgets a key's attempts (a successful sign-in clears its user's count). */
  clear(key: string): void {
    this.attempts.delete(key);
  }

  private prune(now: number): void {
    for (const [key, times] of this.attempts)
      if (times.every((at) => at <= now - this.windowMs)) this.attempts.delete(key);
  }
}
