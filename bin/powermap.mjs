#!/usr/bin/env node
// The `powermap` executable: runs the command line as built by build/cli.build.ts
// (dist/cli/powermap.mjs, made by `npm ci` through the `prepare` script, or by
// `npm run build:cli`). No TypeScript is compiled at start-up.
import module from 'node:module';

// Node 22.1 and newer keep the compiled bundle on disk between calls; older ones skip this.
module.enableCompileCache?.();
const built = new URL('../dist/cli/powermap.mjs', import.meta.url);

try {
  await import(built.href);
} catch (error) {
  const notBuilt = error?.code === 'ERR_MODULE_NOT_FOUND' && String(error?.message).includes('dist/cli/powermap.mjs');
  const detail = notBuilt
    ? 'the command line is not built: run "npm run build:cli"'
    : error instanceof Error
      ? error.message
      : String(error);
  process.stderr.write(`powermap: could not start (${detail})\n`);
  if (process.env.POWERMAP_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
}
