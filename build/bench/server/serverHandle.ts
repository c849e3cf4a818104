/** The benchmark's side of a server process (benchServer.ts): start it, ask for its stats, stop it. */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ServerKind, ServerReply, ServerRequest, ServerStats } from './plan';

const ENTRY = fileURLToPath(new URL('./benchServer.ts', import.meta.url));
const START_TIMEOUT_MS = 600_000;
/**
 * Generous: a loaded machine can stall the benchmark's own process for a long while (500
 * clients syncing), and its timers then fire before the answer that waits to be read.
 */
const REPLY_TIMEOUT_MS = 600_000;

/** A request without its id (each member of the union on its own). */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<ServerRequest>;

export interface ServerHandle {
  kind: ServerKind;
  /** ws://… where a Hocuspocus provider connects. */
  url: string;
  /** The access token every benchmark client presents (ours checks it, the bare server ignores it). */
  token: string;
  stats(): Promise<ServerStats>;
  /** Stats after two full garbage collections. */
  collected(): Promise<ServerStats>;
  /** Starts a CPU profile of the server; the function returned stops it and writes it to `file`. */
  profile(file: string): Promise<() => Promise<void>>;
  stop(): Promise<void>;
}

/** The port the servers listen on: BENCH_PORT, else one the system picks. */
export function benchPort(): number {
  return Number(process.env['BENCH_PORT'] ?? 0);
}

export async function startBenchServer(kind: ServerKind, port = benchPort()): Promise<ServerHandle> {
  // POWERMAP_BENCH_CPU_PROF=<folder>: each server writes a V8 CPU profile there when it stops.
  const profileDir = process.env['POWERMAP_BENCH_CPU_PROF'];
  const profile = profileDir
    ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${kind}.cpuprofile`]
    : [];
  const child: ChildProcess = fork(ENTRY, [kind, String(port)], {
    execArgv: ['--import', 'tsx', '--expose-gc', ...profile],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => process.off('exit', reap));

  const ready = await new Promise<{ url: string; token: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the ${kind} server did not start in time`)), START_TIMEOUT_MS);
    child.once('message', (reply: ServerReply) => {
      clearTimeout(timer);
      if (reply.type === 'ready') resolve(reply);
      else reject(new Error(`the ${kind} server failed to start: ${'error' in reply ? reply.error : reply.type}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the ${kind} server exited (${code}) before it was ready`));
    });
  });

  let next = 0;
  const ask = (request: Request) =>
    new Promise<ServerStats>((resolve, reject) => {
      const { type } = request;
      const id = (next += 1);
      const timer = setTimeout(() => reject(new Error(`the ${kind} server did not answer ${type}`)), REPLY_TIMEOUT_MS);
      const onExit = (code: number | null) => {
        clearTimeout(timer);
        child.off('message', onReply);
        reject(new Error(`the ${kind} server exited (${code}) before answering ${type}`));
      };
      const onReply = (reply: ServerReply) => {
        if (!('id' in reply) || reply.id !== id) return;
        clearTimeout(timer);
        child.off('message', onReply);
        child.off('exit', onExit);
        resolve(reply.stats);
      };
      child.on('message', onReply);
      child.once('exit', onExit);
      child.send({ ...request, id } satisfies ServerRequest);
    });

  return {
    kind,
    ...ready,
    stats: () => ask({ type: 'stats' }),
    collected: () => ask({ type: 'gc' }),
    async profile(file) {
      await ask({ type: 'profile-start' });
      return async () => {
        await ask({ type: 'profile-stop', file });
      };
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      await ask({ type: 'close' }).catch(() => child.kill('SIGKILL'));
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
