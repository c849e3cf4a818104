#!/usr/bin/env node
// The `powermap-server` executable: the team server and its administrator commands
// (server/cli/entry.ts), run from TypeScript through tsx. Needs Node 22 or newer
// (Hocuspocus 4); npm scripts use the Node 24 of node_modules/.bin.
import module from 'node:module';

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  process.stderr.write(
    `powermap-server: needs Node 22 or newer, this is ${process.version}; run it through npm (npm run server) or npx\n`,
  );
  process.exit(1);
}
module.enableCompileCache?.();
const { register } = await import('tsx/esm/api');
register();
await import('../server/cli/entry.ts');
