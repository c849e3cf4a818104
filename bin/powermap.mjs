#!/usr/bin/env node
// The `powermap` executable: starts the TypeScript command line (cli/main.ts) through tsx
// and hands it the real process: argv, the two streams, the environment, the working
// directory and today's local date. The exit code comes back from run().
import { fileURLToPath } from 'node:url';

const cliMain = new URL('../cli/main.ts', import.meta.url);
const cliDates = new URL('../cli/dates.ts', import.meta.url);
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

/**
 * A closed pipe (`powermap analyze x | head -1`) is not an error worth a stack trace; any
 * other failure to write ends the run with exit 1 and, where stderr still works, one line.
 */
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error?.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout)
      process.stderr.write(`powermap: cannot write the output (${error?.code ?? error})\n`);
    process.exit(1);
  });
}

try {
  const { register } = await import('tsx/esm/api');
  // Scoped to this entry point: the user's own tsconfig in the working directory is not used.
  const api = register({ namespace: 'powermap-cli', tsconfig });
  const { run } = await api.import(cliMain.href, import.meta.url);
  const { localIsoDate } = await api.import(cliDates.href, import.meta.url);
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    today: localIsoDate(new Date()),
    stdoutIsTTY: process.stdout.isTTY === true,
  });
} catch (error) {
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`powermap: could not start (${detail})\n`);
  if (process.env.POWERMAP_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
}
