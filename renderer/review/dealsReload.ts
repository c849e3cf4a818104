/**
 * When the review reads every deal again. The library sends one change signal per deal
 * written, so adopting a model on 100 deals sent 100 signals and each one read all the deals
 * again: the write took about a second a deal, the review showed it half done, and reads
 * finishing out of order could show an older library after a newer one. Here:
 * - at most one read runs at a time, and signals that come meanwhile start one more after it;
 * - while a write holds the reads, none starts: the review shows the library before the
 *   write, then once after it, never half-way.
 */
export class DealsReload<T> {
  private active = false;
  private running = false;
  private wanted = false;
  private holds = 0;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly show: (value: T) => void,
    private readonly failed: (error: unknown) => void,
  ) {}

  /** Starts reading (a first read now); signals before this are ignored. */
  start(): void {
    this.active = true;
    this.request();
  }

  /** Stops: a read still running is not shown, and signals are ignored until `start`. */
  stop(): void {
    this.active = false;
  }

  /** The library changed: read it again, after the read running now, or once a write is done. */
  request(): void {
    this.wanted = true;
    this.next();
  }

  /** Holds every read until the returned release is called (once; later calls do nothing); the release reads once. */
  hold(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      this.request();
    };
  }

  private next(): void {
    if (!this.active || this.running || this.holds > 0 || !this.wanted) return;
    this.wanted = false;
    this.running = true;
    this.load()
      .then(
        (value) => {
          if (this.active) this.show(value);
        },
        (error: unknown) => {
          if (this.active) this.failed(error);
        },
      )
      .finally(() => {
        this.running = false;
        this.next();
      });
  }
}
