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

/** Waits until the server has unloaded every document (all clients gone, stores done). */
export async function untilUnloaded(stats: () => Promise<{ documents: number }>, timeoutMs = 60_000): Promise<void> {
  await until(async () => (await stats()).documents === 0, 'every document to be unloaded', timeoutMs);
}
