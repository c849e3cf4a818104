/**
 * powermap-server: the administrator command. `serve` runs the server; the other commands
 * change accounts and teams directly in the database (the same one `serve` uses). Each
 * command loads only what it needs: the database engines and the server are imported late,
 * so help and argument errors answer at once and admin commands skip the web server.
 */
import { hashPassword } from '../auth/password';
import { configFromEnvironment, type ServerConfig } from '../config';
import type { Database } from '../db/database';
import { audit } from '../store/audit';
import { revokeUserTokens } from '../store/refreshTokens';
import { addTeam, findTeamByName, setTeamMember } from '../store/teams';
import { addUser, findUserByName, setPasswordHash } from '../store/users';
import { parseCommandLine, UsageError, USAGE, type ParsedArgs } from './args';
import { readNewPassword } from './readPassword';

function configOf(args: ParsedArgs): ServerConfig {
  const config = configFromEnvironment();
  return {
    ...config,
    ...(args.port !== undefined ? { port: args.port } : {}),
    ...(args.host !== undefined ? { host: args.host } : {}),
    ...(args.data !== undefined ? { dataDir: args.data } : {}),
    ...(args.tlsCert && args.tlsKey ? { tls: { cert: args.tlsCert, key: args.tlsKey } } : {}),
  };
}

async function withDatabase(args: ParsedArgs, work: (db: Database) => Promise<string>): Promise<void> {
  const config = configOf(args);
  const { openDatabase } = await import('../db/open');
  const db = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.dataDir });
  try {
    process.stdout.write(`${await work(db)}\n`);
  } finally {
    await db.close();
  }
}

function expectWords(args: ParsedArgs, count: number, usage: string): string[] {
  if (args.words.length !== count) throw new UsageError(`usage: powermap-server ${usage}`);
  return args.words;
}

async function serve(args: ParsedArgs): Promise<void> {
  const config = configOf(args);
  const { startServer } = await import('../start');
  const server = await startServer(config);
  const engine = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
  process.stdout.write(
    `powermap-server listening on ${server.url} (app at /, API at /api, collaboration at /collab; ${engine}${config.redisUrl ? ', Redis' : ''})\n`,
  );
  const stop = () => {
    process.stdout.write('powermap-server: storing open deals and stopping\n');
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export async function run(argv: readonly string[]): Promise<void> {
  const args = parseCommandLine(argv);
  const [command, sub] = args.words;
  if (args.help || command === undefined || command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (command === 'serve') return serve(args);

  if (command === 'user' && sub === 'add') {
    const [, , name] = expectWords(args, 3, 'user add NAME [--display-name TEXT] [--password-stdin]');
    const passwordHash = await hashPassword(await readNewPassword(args.passwordStdin));
    return withDatabase(args, async (db) => {
      const user = await addUser(db, { name: name!, displayName: args.displayName ?? name!, passwordHash });
      await audit(db, { actorId: null, action: 'user-added', target: user.name, detail: { by: 'admin-command' } });
      return `added user ${user.name}`;
    });
  }
  if (command === 'user' && sub === 'passwd') {
    const [, , name] = expectWords(args, 3, 'user passwd NAME [--password-stdin]');
    const passwordHash = await hashPassword(await readNewPassword(args.passwordStdin));
    return withDatabase(args, async (db) => {
      const user = await findUserByName(db, name!);
      if (!user) throw new Error(`no user named "${name}"`);
      await setPasswordHash(db, user.id, passwordHash);
      await revokeUserTokens(db, user.id);
      await audit(db, {
        actorId: null,
        action: 'password-changed',
        target: user.name,
        detail: { by: 'admin-command' },
      });
      return `changed the password of ${user.name}; their sessions are signed out`;
    });
  }
  if (command === 'team' && sub === 'add') {
    const [, , name] = expectWords(args, 3, 'team add NAME');
    return withDatabase(args, async (db) => {
      const team = await addTeam(db, name!);
      await audit(db, { actorId: null, action: 'team-added', target: team.name, detail: { by: 'admin-command' } });
      return `added team ${team.name}`;
    });
  }
  if (command === 'team' && sub === 'member' && args.words[2] === 'add') {
    const [, , , teamName, userName] = expectWords(args, 5, 'team member add TEAM USER [--lead]');
    return withDatabase(args, async (db) => {
      const team = await findTeamByName(db, teamName!);
      if (!team) throw new Error(`no team named "${teamName}"`);
      const user = await findUserByName(db, userName!);
      if (!user) throw new Error(`no user named "${userName}"`);
      const role = args.lead ? 'lead' : 'member';
      await setTeamMember(db, team.id, user.id, role);
      await audit(db, {
        actorId: null,
        action: 'team-member-set',
        target: team.name,
        detail: { member: user.name, role, by: 'admin-command' },
      });
      return `${user.name} is a ${role} of team ${team.name}`;
    });
  }
  throw new UsageError(`unknown command "${args.words.join(' ')}"\n\n${USAGE}`);
}
