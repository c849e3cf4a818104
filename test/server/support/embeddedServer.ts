/**
 * A team server as most tests start it: on a fresh embedded PGlite folder, on a free loopback
 * port, with the tests' own secret and collaboration limits, quiet unless the test listens to
 * its log. The test closes the server, then calls `remove` to delete the folder.
 */
import { DEFAULT_COLLAB_LIMITS, type CollabLimits } from '../../../server/collab/limits';
import { startServer, type RunningServer, type StartOptions } from '../../../server/start';
import { freshPgliteFolder } from './pglite';
import { freePort } from './ports';

/** Limits that store an edit and summarize the deal within a fraction of a second, so a test waits little. */
export const QUICK_STORE_LIMITS: CollabLimits = {
  ...DEFAULT_COLLAB_LIMITS,
  debounceMs: 50,
  maxDebounceMs: 200,
  summaryDelayMs: 100,
};

export async function startEmbeddedServer(
  jwtSecret: string,
  limits: CollabLimits,
  options: StartOptions = {},
): Promise<{ server: RunningServer; remove: () => void }> {
  const data = await freshPgliteFolder();
  try {
    const server = await startServer(
      { host: '127.0.0.1', port: await freePort(), dataDir: data.folder, jwtSecret, trustProxy: false, limits },
      { log: () => undefined, ...options },
    );
    return { server, remove: data.remove };
  } catch (error) {
    data.remove();
    throw error;
  }
}
