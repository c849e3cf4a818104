/** The administrator command's words and options. */
import { parseArgs } from 'node:util';

export const USAGE = `powermap-server: the Powermap team server

  powermap-server serve [--port N] [--host H] [--data DIR] [--tls-cert FILE --tls-key FILE]
  powermap-server user add NAME [--display-name TEXT] [--password-stdin]
  powermap-server user passwd NAME [--password-stdin]
  powermap-server team add NAME
  powermap-server team member add TEAM USER [--lead]

Environment: DATABASE_URL (PostgreSQL; default: embedded PGlite in --data, or POWERMAP_DATA,
or ./powermap-server-data), REDIS_URL (several processes), POWERMAP_JWT_SECRET,
POWERMAP_TRUST_PROXY=1 (behind a reverse proxy), PORT, POWERMAP_HOST.
`;

export class UsageError extends Error {}

export interface ParsedArgs {
  words: string[];
  port?: number;
  host?: string;
  data?: string;
  tlsCert?: string;
  tlsKey?: string;
  displayName?: string;
  passwordStdin: boolean;
  lead: boolean;
  help: boolean;
}

export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        'display-name': { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
        lead: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536))
    throw new UsageError(`--port must be a port number, not "${values.port}"`);
  if ((values['tls-cert'] === undefined) !== (values['tls-key'] === undefined))
    throw new UsageError('--tls-cert and --tls-key go together');
  return {
    words: positionals,
    ...(port !== undefined ? { port } : {}),
    ...(values.host !== undefined ? { host: values.host } : {}),
    ...(values.data !== undefined ? { data: values.data } : {}),
    ...(values['tls-cert'] !== undefined ? { tlsCert: values['tls-cert'] } : {}),
    ...(values['tls-key'] !== undefined ? { tlsKey: values['tls-key'] } : {}),
    ...(values['display-name'] !== undefined ? { displayName: values['display-name'] } : {}),
    passwordStdin: values['password-stdin'],
    lead: values.lead,
    help: values.help,
  };
}
