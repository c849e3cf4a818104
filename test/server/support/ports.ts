/**
 * Free TCP ports on 127.0.0.1 for the servers the tests start. POWERMAP_TEST_PORTS=4600-4699
 * keeps them in a range (several checkouts testing on one machine); otherwise the system picks.
 */
import { createServer } from 'node:net';

function tryPort(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      const address = server.address();
      const taken = typeof address === 'object' && address ? address.port : undefined;
      server.close(() => resolve(taken));
    });
  });
}

const handedOut = new Set<number>();

export async function freePort(): Promise<number> {
  const range = /^(\d+)-(\d+)$/u.exec(process.env['POWERMAP_TEST_PORTS'] ?? '');
  if (!range) {
    const port = await tryPort(0);
    if (port === undefined) throw new Error('no free port on 127.0.0.1');
    return port;
  }
  const low = Number(range[1]);
  const high = Number(range[2]);
  const span = high - low + 1;
  const start = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i += 1) {
    const port = low + ((start + i) % span);
    if (handedOut.has(port)) continue;
    if ((await tryPort(port)) !== undefined) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port in POWERMAP_TEST_PORTS=${process.env['POWERMAP_TEST_PORTS']}`);
}
