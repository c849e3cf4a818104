/** Runs the administrator command and turns its errors into a message and an exit code. */
import { UsageError } from './args';
import { run } from './main';

try {
  await run(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`powermap-server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
