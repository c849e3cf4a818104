/** The administrator command, run as an administrator would: bin/powermap-server.mjs on an embedded database. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyPassword } from '../../server/auth/password';
import { openDatabase } from '../../server/db/open';
import { readAudit } from '../../server/store/audit';
import { findTeamByName, teamRoleOf } from '../../server/store/teams';
import { findUserByName } from '../../server/store/users';
import { freshPgliteFolder } from './support/pglite';

// Each command opens the embedded database: seconds each on a busy machine.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

const BIN = fileURLToPath(new URL('../../bin/powermap-server.mjs', import.meta.url));
let data: { folder: string; remove: () => void };

function admin(args: string[], input = '') {
  const result = spawnSync(process.execPath, [BIN, ...args, '--data', data.folder], {
    input,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, DATABASE_URL: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  data = await freshPgliteFolder();
});
afterAll(() => data?.remove());

describe('powermap-server', () => {
  it('adds a user with a password from stdin, a team, and makes the user its lead', async () => {
    expect(
      admin(['user', 'add', 'mei', '--password-stdin', '--display-name', '陈美'], 'a long enough secret\n'),
    ).toMatchObject({
      status: 0,
      stdout: 'added user mei\n',
    });
    expect(admin(['team', 'add', 'Retail'])).toMatchObject({ status: 0, stdout: 'added team Retail\n' });
    expect(admin(['team', 'member', 'add', 'retail', 'MEI', '--lead'])).toMatchObject({
      status: 0,
      stdout: 'mei is a lead of team Retail\n',
    });
    const refused = admin(['user', 'add', 'mei', '--password-stdin'], 'another long secret\n');
    expect(refused).toMatchObject({ status: 1, stderr: 'powermap-server: a user named "mei" exists already\n' });

    const db = await openDatabase({ pgliteDir: data.folder });
    try {
      const user = await findUserByName(db, 'mei');
      expect(user?.displayName).toBe('陈美');
      // The line break that ends stdin is not part of the password.
      expect(await verifyPassword('a long enough secret', user!.passwordHash!)).toBe(true);
      const team = await findTeamByName(db, 'Retail');
      expect(await teamRoleOf(db, team!.id, user!.id)).toBe('lead');
      expect((await readAudit(db, 10)).map((row) => row.action).sort()).toEqual([
        'team-added',
        'team-member-set',
        'user-added',
      ]);
    } finally {
      await db.close();
    }
  });

  it('says what is wrong before touching the database', () => {
    expect(admin(['user', 'add', 'lin', '--password-stdin'], 'short\n')).toMatchObject({
      status: 1,
      stderr: 'powermap-server: a password needs at least 10 characters\n',
    });
    const unknown = admin(['user', 'remove', 'lin']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "user remove lin"');
    expect(admin(['serve', '--port', 'eighty'])).toMatchObject({
      status: 2,
      stderr: 'powermap-server: --port must be a port number, not "eighty"\n',
    });
  });
});
