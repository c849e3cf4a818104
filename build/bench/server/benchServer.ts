/**
 * One benchmark server in a process of its own, so its memory and CPU are its own: ours (the
 * team server's real code path, startServer on an embedded PGlite in a temporary folder) or
 * the bare anchor (Hocuspocus 4's own Server and Yjs, no authentication, an in-memory update
 * store). Both hold the deals of plan.ts and answer the benchmark's requests over IPC.
 *
 *   node --import tsx --expose-gc build/bench/server/benchServer.ts ours|bare <port>
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import { AccessTokens } from '../../../server/auth/accessTokens';
import { DEFAULT_COLLAB_LIMITS } from '../../../server/collab/limits';
import { byteaParam } from '../../../server/db/database';
import { startServer } from '../../../server/start';
import { addDeal } from '../../../server/store/deals';
import { addTeam } from '../../../server/store/teams';
import { addUser } from '../../../server/store/users';
import { freshPgliteFolder } from '../../../test/server/support/pglite';
import { seededStates, type ServerKind, type ServerReply, type ServerRequest, type ServerStats } from './plan';

interface Running {
  url: string;
  token: string;
  documents(): number;
  deferred(): number;
  connections(): number;
  close(): Promise<void>;
}

const SECRET = 'the benchmark secret, thirty-two characters or more';
/** Longer than any run: a token expiring mid-soak would close its connections. */
const TOKEN_SECONDS = 24 * 3600;

async function startOurs(port: number, states: Map<string, Uint8Array>): Promise<Running> {
  // A copy of the migrated template the server tests keep: no initdb on every run.
  const { folder, remove } = await freshPgliteFolder();
  const server = await startServer(
    {
      host: '127.0.0.1',
      port,
      dataDir: folder,
      jwtSecret: SECRET,
      trustProxy: false,
      limits: DEFAULT_COLLAB_LIMITS,
    },
    { log: (message) => console.error(`ours: ${message}`) },
  );
  const user = await addUser(server.db, { name: 'bench', displayName: 'Bench', passwordHash: null });
  const team = await addTeam(server.db, 'Bench team');
  await server.db.transaction(async (sql) => {
    for (const [id, state] of states) {
      await addDeal(sql, { id, name: id, ownerId: user.id, teamId: team.id });
      await sql.query('insert into documents (deal_id, state) values ($1, $2)', [id, byteaParam(state)]);
    }
  });
  const token = await new AccessTokens(SECRET, TOKEN_SECONDS).issue({ userId: user.id, name: user.name });
  return {
    url: `ws://127.0.0.1:${server.port}/collab`,
    token,
    documents: () => server.collab.hocuspocus.getDocumentsCount(),
    deferred: () => server.pendingSummaries() + server.collab.stats().followed,
    connections: () => server.collab.hocuspocus.getConnectionsCount(),
    async close() {
      await server.close();
      remove();
    },
  };
}

async function startBare(port: number, states: Map<string, Uint8Array>): Promise<Running> {
  const store = new Map(states);
  const server = new Server({
    address: '127.0.0.1',
    port,
    quiet: true,
    // The same store timing as ours, so both keep a document loaded equally long.
    debounce: DEFAULT_COLLAB_LIMITS.debounceMs,
    maxDebounce: DEFAULT_COLLAB_LIMITS.maxDebounceMs,
    unloadImmediately: false,
    extensions: [
      {
        onLoadDocument({ documentName, document }) {
          const state = store.get(documentName);
          if (state) Y.applyUpdate(document, state);
          return Promise.resolve();
        },
        onStoreDocument({ documentName, document }) {
          store.set(documentName, Y.encodeStateAsUpdate(document));
          return Promise.resolve();
        },
      },
    ],
  });
  await server.listen();
  return {
    url: `ws://127.0.0.1:${server.address.port}`,
    token: 'bare',
    documents: () => server.hocuspocus.getDocumentsCount(),
    deferred: () => 0,
    connections: () => server.hocuspocus.getConnectionsCount(),
    close: () => server.destroy(),
  };
}

function stats(running: Running): ServerStats {
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage();
  return {
    heapUsed: memory.heapUsed,
    rss: memory.rss,
    cpuMicros: cpu.user + cpu.system,
    documents: running.documents(),
    deferred: running.deferred(),
    connections: running.connections(),
  };
}

/** Two full collections with a pause between: what is still reachable is what the server holds. */
async function collect(): Promise<void> {
  const gc = globalThis.gc;
  if (!gc) throw new Error('the benchmark server needs --expose-gc');
  gc();
  await new Promise((resolve) => setTimeout(resolve, 100));
  gc();
}

/** A CPU profile of a phase of the benchmark only (the server's start would swamp it). */
const profiler = (() => {
  const session = new Session();
  return {
    async start() {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    },
    async stop(file: string) {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      writeFileSync(file, JSON.stringify(profile));
    },
  };
})();

async function main(): Promise<void> {
  const kind = process.argv[2] as ServerKind;
  const port = Number(process.argv[3]);
  const send = (reply: ServerReply) => process.send?.(reply);
  let running: Running;
  try {
    const states = seededStates();
    running = kind === 'ours' ? await startOurs(port, states) : await startBare(port, states);
  } catch (error) {
    send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exit(1);
  }
  await collect();
  process.on('message', (request: ServerRequest) => {
    void (async () => {
      if (request.type === 'gc') await collect();
      if (request.type === 'profile-start') await profiler.start();
      if (request.type === 'profile-stop') await profiler.stop(request.file);
      if (request.type === 'close') {
        await running.close();
        // Exit once the answer is out: a library's leftover timer must not keep the process alive.
        process.send?.({ id: request.id, type: 'stats', stats: stats(running) } satisfies ServerReply, () =>
          process.exit(0),
        );
        return;
      }
      send({ id: request.id, type: 'stats', stats: stats(running) });
    })();
  });
  send({ type: 'ready', url: running.url, token: running.token });
}

await main();
