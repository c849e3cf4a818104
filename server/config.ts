/** The server's settings: command-line options over environment variables over defaults. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_COLLAB_LIMITS, type CollabLimits } from './collab/limits';

export interface ServerConfig {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** postgres://… (DATABASE_URL); without it the embedded PGlite in `dataDir` is used. */
  databaseUrl?: string | undefined;
  /** PGlite's folder; undefined keeps the embedded database in memory (tests only). */
  dataDir?: string | undefined;
  /** redis://… (REDIS_URL): joins several server processes. */
  redisUrl?: string | undefined;
  /** Signs access tokens (POWERMAP_JWT_SECRET); without it a secret is made once and kept in the database. */
  jwtSecret?: string | undefined;
  /** Certificate and key files (PEM) for HTTPS and WSS; without them the server speaks plain HTTP. */
  tls?: { cert: string; key: string } | undefined;
  /** The app's production build served at the root; undefined serves no app. */
  appDir?: string | undefined;
  /** Behind a reverse proxy, take the client address from X-Forwarded-For (POWERMAP_TRUST_PROXY=1). */
  trustProxy: boolean;
  limits: CollabLimits;
}

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_APP_DIR = path.join(PROJECT_ROOT, 'dist', 'renderer');
export const DEFAULT_DATA_DIR = 'powermap-server-data';
export const DEFAULT_PORT = 4080;

export function configFromEnvironment(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    host: env['POWERMAP_HOST'] ?? '127.0.0.1',
    port: env['PORT'] ? Number(env['PORT']) : DEFAULT_PORT,
    databaseUrl: env['DATABASE_URL'] || undefined,
    dataDir: env['POWERMAP_DATA'] || DEFAULT_DATA_DIR,
    redisUrl: env['REDIS_URL'] || undefined,
    jwtSecret: env['POWERMAP_JWT_SECRET'] || undefined,
    appDir: DEFAULT_APP_DIR,
    trustProxy: env['POWERMAP_TRUST_PROXY'] === '1',
    limits: DEFAULT_COLLAB_LIMITS,
  };
}
