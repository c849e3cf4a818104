/** Bounded waiting for the benchmark's loops. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(20);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/**
 * Waits until the server has unloaded every document (all clients gone, stores done) and no
 * deferred work holds one any more (ours: a summary runs up to summaryDelayMs after the last
 * store); resolves how long that took.
 */
export async function untilUnloaded(
  stats: () => Promise<{ documents: number; deferred: number }>,
  timeoutMs = 60_000,
): Promise<number> {
  const start = performance.now();
  await until(
    async () => {
      const now = await stats();
      return now.documents === 0 && now.deferred === 0;
    },
    'every document to be unloaded and no deferred work to hold one',
    timeoutMs,
  );
  return performance.now() - start;
}
