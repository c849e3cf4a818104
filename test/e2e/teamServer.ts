/**
 * A real team server for the end-to-end tests: `powermap-server serve` in a process of its
 * own on an embedded PGlite in a temporary folder, on a free port of POWERMAP_TEST_PORTS,
 * serving this checkout's renderer build (dist/renderer) at its root; users made with the
 * administrator command, as an administrator would. Starting is bounded (spawnServer gives up
 * after 90 s) and `stop` removes the process and the folder.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freshPgliteFolder } from '../server/support/pglite';
import { freePort } from '../server/support/ports';
import { spawnServer, type ServerProcess } from '../server/support/serverProcess';

const BIN = fileURLToPath(new URL('../../bin/powermap-server.mjs', import.meta.url));
export const TEAM_PASSWORD = 'a team password, long enough';

export interface TeamServer {
  readonly url: string;
  readonly process: ServerProcess;
  stop(): Promise<void>;
}

/** Adds users (name → display name) with the administrator command, before the server holds the folder. */
function addUsers(folder: string, users: Readonly<Record<string, string>>): void {
  for (const [name, displayName] of Object.entries(users)) {
    const result = spawnSync(
      process.execPath,
      [BIN, 'user', 'add', name, '--password-stdin', '--display-name', displayName, '--data', folder],
      { input: `${TEAM_PASSWORD}\n`, encoding: 'utf8', timeout: 120_000, env: { ...process.env, DATABASE_URL: '' } },
    );
    if (result.status !== 0) throw new Error(`user add ${name} failed (${result.status}): ${result.stderr}`);
  }
}

export async function startTeamServer(users: Readonly<Record<string, string>>): Promise<TeamServer> {
  const data = await freshPgliteFolder();
  try {
    addUsers(data.folder, users);
    const server = await spawnServer(await freePort(), {
      POWERMAP_DATA: data.folder,
      DATABASE_URL: '',
      REDIS_URL: '',
      POWERMAP_JWT_SECRET: 'the end-to-end team secret, 32 chars',
    });
    return {
      url: server.url,
      process: server,
      async stop() {
        await server.stop();
        data.remove();
      },
    };
  } catch (error) {
    data.remove();
    throw error;
  }
}
