/**
 * One statement for many calls (issue 11): a call made while the statement of an earlier one
 * runs waits for it, then goes with every other call that waited in one statement. A statement
 * costs PGlite (in the server's own process) 1 to 3 ms of CPU whatever its size, far more
 * than a row, so under load a group costs about one call. A call made when none runs starts
 * after `waitMs`, or with 0 once the event loop has handled what already arrived: PGlite runs
 * a statement within the call's own turn, so a statement never "runs meanwhile" there, and
 * without that turn 500 connections arriving together made 500 statements (issue 11). When a
 * group fails, its calls are tried one by one, so one bad call (a deal deleted meanwhile)
 * fails alone.
 */

export interface GroupOptions {
  /** How long the first call waits for others to join its group; 0: until the I/O already arrived is handled (setImmediate). */
  waitMs?: number;
  /** The most calls in one statement (PostgreSQL takes at most 65,535 parameters). */
  maxItems?: number;
}

export function grouped<T, R>(
  runMany: (items: T[]) => Promise<R[]>,
  { waitMs = 0, maxItems = 500 }: GroupOptions = {},
): (item: T) => Promise<R> {
  interface Waiting {
    item: T;
    resolve: (result: R) => void;
    reject: (error: unknown) => void;
  }
  let queue: Waiting[] = [];
  /** A group is waiting or running: later calls queue for the next one. */
  let running = false;

  async function run(group: Waiting[]): Promise<void> {
    try {
      const results = await runMany(group.map((call) => call.item));
      group.forEach((call, i) => call.resolve(results[i]!));
    } catch (error) {
      if (group.length === 1) group[0]!.reject(error);
      else for (const call of group) await run([call]);
    }
  }

  async function drain(): Promise<void> {
    try {
      await new Promise((resolve) => (waitMs > 0 ? setTimeout(resolve, waitMs) : setImmediate(resolve)));
      while (queue.length > 0) {
        const group = queue.slice(0, maxItems);
        queue = queue.slice(maxItems);
        await run(group);
      }
    } finally {
      running = false;
    }
  }

  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (running) return;
      running = true;
      void drain();
    });
}
