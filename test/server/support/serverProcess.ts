/** A team server in a process of its own (bin/powermap-server.mjs serve), to run several or kill one. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/powermap-server.mjs', import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Resolves with the signal that ended the process (null where it exited by itself). */
  ended: Promise<NodeJS.Signals | null>;
  /** SIGKILL: no chance to store anything more. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export function spawnServer(port: number, env: Record<string, string>): Promise<ServerProcess> {
  return spawnListening([BIN, 'serve', '--host', '127.0.0.1', '--port', String(port)], env);
}

/**
 * Node with `args`, resolved once the process prints "listening on <url>"; rejected, with its
 * output, when it exits first or stays silent for 90 s.
 */
export async function spawnListening(args: string[], env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${output}`)), 90_000);
    const onData = () => {
      const match = /listening on (\S+)/u.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${output}`));
    });
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    url,
    child,
    output: () => output,
    ended,
    async kill() {
      if (running()) child.kill('SIGKILL');
      await ended;
    },
    async stop() {
      if (running()) child.kill('SIGTERM');
      await ended;
    },
  };
}
