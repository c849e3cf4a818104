/** A team server started in the test's own process, on a free loopback port. */
import { DEFAULT_COLLAB_LIMITS, type CollabLimits } from '../../../server/collab/limits';
import type { ServerConfig } from '../../../server/config';
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

/**
 * A team server in this process on a free loopback port, with trustProxy off and a quiet log
 * unless `options` listens; `config` says where it stores (a PGlite folder or a database URL).
 */
export async function startTestServer(
  config: Omit<ServerConfig, 'host' | 'port' | 'trustProxy'>,
  options: StartOptions = {},
): Promise<RunningServer> {
  return startServer(
    { host: '127.0.0.1', port: await freePort(), trustProxy: false, ...config },
    { log: () => undefined, ...options },
  );
}

/**
 * A team server as most tests start it: on a fresh embedded PGlite folder, with the tests' own
 * secret and collaboration limits. The test closes the server, then calls `remove` to delete the folder.
 */
export async function startEmbeddedServer(
  jwtSecret: string,
  limits: CollabLimits,
  options: StartOptions = {},
): Promise<{ server: RunningServer; remove: () => void }> {
  const data = await freshPgliteFolder();
  try {
    const server = await startTestServer({ dataDir: data.folder, jwtSecret, limits }, options);
    return { server, remove: data.remove };
  } catch (error) {
    data.remove();
    throw error;
  }
}
