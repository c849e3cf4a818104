/**
 * A team server that dies (SIGKILL) right after it stores a deal's first document: the store
 * is in the database, the team's model write that follows it (collab/firstDocumentModel.ts)
 * has only just been started. Run by test/server/teamModelOnLoad.test.ts in a process of its
 * own: `node --import tsx stopsAtFirstDocument.ts <pglite folder> <jwt secret> <port>`; prints "listening on <url>".
 */
import { holdsDeal } from '../../../shared/collab';
import { startServer } from '../../../server/start';
import { QUICK_STORE_LIMITS } from './embeddedServer';

const [folder, secret, port] = process.argv.slice(2);
if (!folder || !secret || !port) throw new Error('usage: stopsAtFirstDocument.ts <pglite folder> <jwt secret> <port>');

const server = await startServer(
  {
    host: '127.0.0.1',
    port: Number(port),
    dataDir: folder,
    jwtSecret: secret,
    trustProxy: false,
    limits: QUICK_STORE_LIMITS,
  },
  {
    log: (message) => process.stderr.write(`${message}\n`),
    hooks: {
      // The hooks run in order: the team's model hook has just started its write, which stores
      // nothing before the next turns of the event loop. Dying here is a stop between the two.
      onDocumentStored(_dealId, document) {
        if (holdsDeal(document)) process.kill(process.pid, 'SIGKILL');
      },
    },
  },
);
process.stdout.write(`listening on ${server.url}\n`);
