/**
 * Starts the team server: the database, the HTTP API (Fastify) and Hocuspocus on the same
 * port (WebSocket path /collab), and the app's build at the root.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { AccessTokens } from './auth/accessTokens';
import { PasswordIdentityProvider } from './auth/identityProvider';
import { RateLimiter } from './auth/rateLimit';
import { createCollabServer, type CollabServer } from './collab/collabServer';
import { deferredHooks } from './collab/deferredHook';
import { firstDocumentModel } from './collab/firstDocumentModel';
import { allHooks, type DocumentHooks } from './collab/hooks';
import { summaryHooks } from './collab/summaryHook';
import { summarySweep } from './collab/summarySweep';
import type { ServerConfig } from './config';
import type { Database } from './db/database';
import { openDatabase } from './db/open';
import type { ApiContext } from './http/context';
import { desktopCors } from './http/desktopCors';
import { dealRoutes } from './http/dealRoutes';
import { installErrorHandler } from './http/errors';
import { healthRoute } from './http/healthRoute';
import { pipelineRoute, reviewRoute } from './http/pipelineRoute';
import { sessionRoutes } from './http/sessionRoutes';
import { staticFiles } from './http/staticFiles';
import { teamRoutes } from './http/teamRoutes';
import { storedJwtSecret } from './store/settings';
// The server words in both languages (summaries, the pipeline route): every catalogue is loaded.
import '../shared/i18n/catalogue';

export const COLLAB_PATH = '/collab';
const REFRESH_TOKEN_MS = 30 * 24 * 3600 * 1000;
/** JSON bodies of the API are small: names, ids, roles. */
const BODY_LIMIT_BYTES = 16 * 1024;

export interface RunningServer {
  /** http(s)://host:port */
  url: string;
  port: number;
  db: Database;
  collab: CollabServer;
  /** Deals whose deferred summary has not run yet; each holds its document (unloaded or not) until it has. */
  pendingSummaries(): number;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Run after every store, after the pipeline's summary hook (always installed, deferred) is scheduled. */
  hooks?: DocumentHooks;
  log?: (message: string) => void;
}

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((message: string) => console.error(`powermap-server: ${message}`));
  const db = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.dataDir });
  try {
    const tokens = new AccessTokens(config.jwtSecret ?? (await storedJwtSecret(db)));
    // Summaries run after the store, coalesced per deal, off the store's critical path.
    const summaries = deferredHooks(summaryHooks(db, log), { delayMs: config.limits.summaryDelayMs, log });
    // A deal in a team with a model takes it with its first document, whoever sent it.
    const teamModel = firstDocumentModel({ db, hocuspocus: () => collab.hocuspocus, log });
    const collab: CollabServer = createCollabServer({
      db,
      tokens,
      hooks: allHooks([summaries, teamModel, ...(options.hooks ? [options.hooks] : [])], log),
      limits: config.limits,
      redisUrl: config.redisUrl,
      log,
    });
    const context: ApiContext = {
      db,
      tokens,
      identity: new PasswordIdentityProvider(db),
      collab,
      signInLimits: {
        perUser: new RateLimiter(10, 15 * 60_000),
        perAddress: new RateLimiter(50, 15 * 60_000),
      },
      refreshTokenMs: REFRESH_TOKEN_MS,
    };

    const app = Fastify({
      bodyLimit: BODY_LIMIT_BYTES,
      trustProxy: config.trustProxy,
      logger: false,
      ...(config.tls ? { https: { cert: readFileSync(config.tls.cert), key: readFileSync(config.tls.key) } } : {}),
    });
    installErrorHandler(app, log);
    desktopCors(app);
    sessionRoutes(app, context);
    dealRoutes(app, context);
    teamRoutes(app, context);
    healthRoute(app, context);
    pipelineRoute(app, context);
    reviewRoute(app, context);
    if (config.appDir) staticFiles(app, config.appDir);

    app.server.on('upgrade', (request, socket, head: Buffer) => {
      const pathname = new URL(request.url ?? '/', 'http://x').pathname;
      if (pathname !== COLLAB_PATH) {
        socket.destroy();
        return;
      }
      collab.handleUpgrade(request, socket, head).catch((error: unknown) => {
        log(`websocket upgrade failed: ${String(error)}`);
        socket.destroy();
      });
    });

    await app.listen({ host: config.host, port: config.port });
    // Rows made before today are made again now and every summarySweepMs, off the start's path.
    const sweep = summarySweep(db, { intervalMs: config.limits.summarySweepMs, log });
    void sweep.run();
    const { port } = app.server.address() as AddressInfo;
    const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
    let closing: Promise<void> | undefined;
    return {
      url: `${config.tls ? 'https' : 'http'}://${shownHost}:${port}`,
      port,
      db,
      collab,
      pendingSummaries: () => summaries.pending(),
      close() {
        closing ??= (async () => {
          // A model being given writes through the collaboration server: it ends first.
          await teamModel.flush();
          await collab.close();
          await sweep.stop();
          await summaries.flush();
          await app.close();
          await db.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
