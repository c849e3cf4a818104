/**
 * The app's sign-in to a team server (docs/SERVER.md, "Accounts and access").
 *
 * - The access token (a JWT, 15 minutes) lives in memory only: it is what every request
 *   and the collaboration connection carry, and it dies with the window.
 * - The refresh token (30 days, rotated at every refresh) is kept in the profile's
 *   localStorage, beside the deals themselves in IndexedDB, so a user stays signed in across
 *   restarts and works offline as before (see `refreshTokenStore.ts` for why there).
 * - Refreshing is done once at a time: the server treats a replaced refresh token presented
 *   again as stolen and revokes the whole sign-in, so two requests (or two windows) must
 *   never refresh with the same token. Within a window one promise is shared; across
 *   windows a Web Lock serialises them, and each re-reads the stored token under the lock.
 */
import { errorOfResponse, TeamError } from './teamErrors';
import type { RefreshTokenStore, StoredSession } from './refreshTokenStore';

export interface TeamUser {
  readonly name: string;
  readonly displayName: string;
}

export interface SessionState {
  readonly server: string;
  readonly user: TeamUser;
}

interface SessionAnswer {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  user: TeamUser;
}

/** Renew the access token this long before it expires, so no request carries a dying one. */
export const RENEW_BEFORE_MS = 60_000;

export interface SessionOptions {
  readonly store: RefreshTokenStore;
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
  /** Serialises refreshes across windows (navigator.locks); in-window only when absent. */
  readonly lock?: <T>(name: string, run: () => Promise<T>) => Promise<T>;
}

/** `https://host:port` from what the user typed; a bare host gets https://. */
export function normalizeServerUrl(typed: string): string {
  const trimmed = typed.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//iu.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new TeamError('bad-url', `not a server address: ${typed}`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '')
    throw new TeamError('bad-url', `not a server address: ${typed}`);
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/u, '')}`;
}

export class TeamSession {
  private readonly fetch: typeof fetch;
  private readonly now: () => number;
  private state: SessionState | null = null;
  private access: { token: string; expiresAt: number } | null = null;
  private refreshing: Promise<string> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: SessionOptions) {
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.now = options.now ?? Date.now;
    const stored = options.store.load();
    if (stored) this.state = { server: stored.server, user: stored.user };
  }

  /** Who is signed in where, or null. A restored session has no access token until its first use. */
  current(): SessionState | null {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async signIn(serverTyped: string, name: string, password: string): Promise<SessionState> {
    const server = normalizeServerUrl(serverTyped);
    const answer = await this.post<SessionAnswer>(server, '/api/session', { name, password });
    this.adopt(server, answer);
    return this.state!;
  }

  /** Signs out here and on the server (the refresh token is revoked); offline, only here. */
  async signOut(): Promise<void> {
    const stored = this.options.store.load();
    this.forget();
    if (!stored) return;
    await this.send(stored.server, '/api/session', 'DELETE', { refreshToken: stored.refreshToken }).catch(() => {
      // Unreachable: the token stays valid on the server until it expires; nothing is left here.
    });
  }

  /** A valid access token, refreshed first when it is missing or about to expire. */
  async accessToken(): Promise<string> {
    if (!this.state) throw new TeamError('signed-out', 'not signed in');
    if (this.access && this.access.expiresAt - RENEW_BEFORE_MS > this.now()) return this.access.token;
    return this.refresh();
  }

  /** A fresh access token now, whatever the one in memory (the server refused it). */
  refresh(): Promise<string> {
    this.refreshing ??= this.withLock(() => this.refreshNow()).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** A JSON API call as the signed-in user; a refused access token is refreshed once and the call repeated. */
  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const server = this.state?.server;
    if (!server) throw new TeamError('signed-out', 'not signed in');
    const call = async (token: string) => this.send(server, path, method, body, token);
    let response = await call(await this.accessToken());
    if (response.status === 401) response = await call(await this.refresh());
    if (!response.ok) throw await errorOfResponse(response);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  private async refreshNow(): Promise<string> {
    // Another window may have refreshed meanwhile: the stored token is the current one.
    const stored = this.options.store.load();
    if (!stored) {
      this.forget();
      throw new TeamError('signed-out', 'signed out in another window');
    }
    let answer: SessionAnswer;
    try {
      answer = await this.post<SessionAnswer>(stored.server, '/api/session/refresh', {
        refreshToken: stored.refreshToken,
      });
    } catch (error) {
      // A refused refresh token ends the sign-in; a network failure keeps it for later.
      if (error instanceof TeamError && error.code === 'signed-out') this.forget();
      throw error;
    }
    this.adopt(stored.server, answer);
    return answer.accessToken;
  }

  private adopt(server: string, answer: SessionAnswer): void {
    const session: StoredSession = { server, user: answer.user, refreshToken: answer.refreshToken };
    this.options.store.save(session);
    this.access = { token: answer.accessToken, expiresAt: this.now() + answer.expiresIn * 1000 };
    this.state = { server, user: answer.user };
    this.emit();
  }

  private forget(): void {
    this.options.store.clear();
    const had = this.state !== null;
    this.state = null;
    this.access = null;
    if (had) this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private withLock<T>(run: () => Promise<T>): Promise<T> {
    return this.options.lock ? this.options.lock('powermap-team-refresh', run) : run();
  }

  private async post<T>(server: string, path: string, body: unknown): Promise<T> {
    const response = await this.send(server, path, 'POST', body);
    if (!response.ok) throw await errorOfResponse(response);
    return (await response.json()) as T;
  }

  private async send(server: string, path: string, method: string, body?: unknown, token?: string): Promise<Response> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers['authorization'] = `Bearer ${token}`;
    try {
      return await this.fetch(`${server}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (error) {
      throw new TeamError('unreachable', `${server} did not answer: ${String(error)}`);
    }
  }
}

/** The browser's cross-window lock, when it has one. */
export function browserLock(): SessionOptions['lock'] {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return undefined;
  return (name, run) => locks.request(name, run);
}
