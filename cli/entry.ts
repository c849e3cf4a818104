/**
 * The process around the command line: what `dist/cli/powermap.mjs` runs. It hands run()
 * the real process (argv, the two streams, the environment, the working directory and
 * today's local date) and sets the exit code from what run() returns. It runs when loaded:
 * build/cli.build.ts bundles it, so a call starts plain JavaScript with no compiler in the way.
 */
import { localIsoDate } from '../shared/values';
import { run } from './main';

/**
 * A closed pipe (`powermap analyze x | head -1`) is not an error worth a stack trace; any
 * other failure to write ends the run with exit 1 and, where stderr still works, one line.
 */
function exitQuietlyOnWriteErrors(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (stream === process.stdout)
        process.stderr.write(`powermap: cannot write the output (${error.code ?? String(error)})\n`);
      process.exit(1);
    });
  }
}

async function main(): Promise<void> {
  exitQuietlyOnWriteErrors();
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    today: localIsoDate(new Date()),
    stdoutIsTTY: process.stdout.isTTY === true,
  });
}

await main();
