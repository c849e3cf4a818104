/**
 * A real PostgreSQL for the tests: a temporary cluster (initdb, pg_ctl) on a free port of
 * 127.0.0.1, removed afterwards. Debian's server binaries live in /usr/lib/postgresql/N/bin
 * (package postgresql); as root, the cluster runs as the postgres user, which initdb requires.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './ports';

export const POSTGRES_MISSING =
  'PostgreSQL server binaries (initdb, pg_ctl) were not found: install them with "apt-get install postgresql" (or set PG_BIN to their folder)';

function binFolder(): string | undefined {
  if (process.env['PG_BIN']) return process.env['PG_BIN'];
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((name) => existsSync(path.join(base, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && path.join(base, versions[0], 'bin');
}

export interface TestPostgres {
  /** postgres://…/postgres: create databases through it. */
  adminUrl: string;
  /** A fresh empty database, its URL. */
  createDatabase(): Promise<string>;
  stop(): void;
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = binFolder();
  if (!bin) throw new Error(POSTGRES_MISSING);
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(tmpdir(), 'powermap-pg-'));
  const run = (tool: string, args: string[]) => {
    const command = root ? 'runuser' : path.join(bin, tool);
    const commandArgs = root ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args;
    execFileSync(command, commandArgs, { stdio: 'pipe', timeout: 120_000 });
  };
  if (root) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-U', 'powermap', '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      path.join(dir, 'log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`,
      'start',
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `could not start a test PostgreSQL: ${(error as { stderr?: Buffer }).stderr?.toString() ?? String(error)}`,
      {
        cause: error,
      },
    );
  }
  const adminUrl = `postgres://powermap@127.0.0.1:${port}/postgres`;
  let databases = 0;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // Never outlive the test process, even when it ends without its afterAll.
  process.once('exit', stop);
  return {
    adminUrl,
    async createDatabase() {
      const name = `test_${process.pid}_${(databases += 1)}`;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`create database ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://powermap@127.0.0.1:${port}/${name}`;
    },
    stop,
  };
}

function postgresUser(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  if (!Number.isInteger(uid)) throw new Error('no postgres user: install the postgresql package');
  return { uid, gid };
}
