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

/** Runs an administrator command on the folder, before the server holds it. */
function admin(folder: string, args: readonly string[], input = ''): void {
  const result = spawnSync(process.execPath, [BIN, ...args, '--data', folder], {
    input,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, DATABASE_URL: '' },
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr}`);
}

/** Adds users (name → display name) with the administrator command, before the server holds the folder. */
function addUsers(folder: string, users: Readonly<Record<string, string>>): void {
  for (const [name, displayName] of Object.entries(users)) {
    admin(folder, ['user', 'add', name, '--password-stdin', '--display-name', displayName], `${TEAM_PASSWORD}\n`);
  }
}

/** A server team: its leads and members, by user name. */
export interface TeamSpec {
  readonly leads: readonly string[];
  readonly members: readonly string[];
}

function addTeams(folder: string, teams: Readonly<Record<string, TeamSpec>>): void {
  for (const [team, spec] of Object.entries(teams)) {
    admin(folder, ['team', 'add', team]);
    for (const lead of spec.leads) admin(folder, ['team', 'member', 'add', team, lead, '--lead']);
    for (const member of spec.members) admin(folder, ['team', 'member', 'add', team, member]);
  }
}

export async function startTeamServer(
  users: Readonly<Record<string, string>>,
  teams: Readonly<Record<string, TeamSpec>> = {},
): Promise<TeamServer> {
  const data = await freshPgliteFolder();
  try {
    addUsers(data.folder, users);
    addTeams(data.folder, teams);
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
