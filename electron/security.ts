/**
 * Electron's security checklist, as plain functions over small interfaces so that tests
 * run them with fakes: the window's web preferences, navigation and new windows blocked,
 * external links only to http(s) and only through the system browser, webviews refused,
 * every permission denied.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { APP_HOST, APP_SCHEME } from './protocol';

/** True for a URL of the app's own origin (`app://powermap/...`), and nothing else. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** A link the system browser may open: http or https with a host, no credentials. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The web preferences of every window: isolated, sandboxed, no Node, no webviews. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/** The window's background before the page paints, per theme (renderer/styles/theme.css `--bg`), so there is no white flash. */
export const BACKGROUND_COLORS = { light: '#f6f7f9', dark: '#14181e' } as const;

export function backgroundColor(dark: boolean): string {
  return dark ? BACKGROUND_COLORS.dark : BACKGROUND_COLORS.light;
}

export function windowOptions(options: { preloadPath: string; dark: boolean }): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Powermap',
    backgroundColor: backgroundColor(options.dark),
    webPreferences: secureWebPreferences(options.preloadPath),
  };
}

/** What `hardenWebContents` needs of a WebContents. */
export interface HardenableContents {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: NavigationListener): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

type NavigationListener = (event: { preventDefault(): void; url?: string }, url?: string) => void;

export interface HardenOptions {
  /** Opens a URL in the system browser (shell.openExternal). */
  openExternal(url: string): unknown;
  /** Told about every refusal, for logging. */
  onBlocked?(what: string, url: string): void;
}

/**
 * Blocks every navigation and redirect that leaves the app's origin, denies every new
 * window (http(s) links go to the system browser instead), and refuses webviews.
 */
export function hardenWebContents(contents: HardenableContents, options: HardenOptions): void {
  const guard =
    (what: string): NavigationListener =>
    (event, legacyUrl) => {
      const url = event.url ?? legacyUrl ?? '';
      if (!isAppUrl(url)) {
        event.preventDefault();
        options.onBlocked?.(what, url);
      }
    };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-frame-navigate', guard('frame navigation'));
  contents.on('will-redirect', guard('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    options.onBlocked?.('webview', '');
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      void Promise.resolve()
        .then(() => options.openExternal(url))
        .catch(() => options.onBlocked?.('external link failed', url));
    } else {
      options.onBlocked?.('new window', url);
    }
    return { action: 'deny' };
  });
}

/** What `denyAllPermissions` needs of a Session. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void;
  setDevicePermissionHandler?(handler: (...args: unknown[]) => boolean): void;
}

/**
 * Denies every permission request (camera, notifications, geolocation, ...) and answers
 * every permission check with no. The app needs none of them.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}

const REMOTE_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/**
 * True for a request that would reach the network. The app loads nothing remote: such
 * requests are cancelled (the CSP already forbids them; this holds even if a page had no CSP),
 * except those to a team server the user admitted (`isAllowedRequest`).
 */
export function isRemoteRequest(url: string): boolean {
  try {
    return REMOTE_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return true;
  }
}

/** The http(s) scheme whose origin a request's scheme belongs to (a WebSocket opens over http). */
const ORIGIN_SCHEME: ReadonlyMap<string, string> = new Map([
  ['http:', 'http:'],
  ['https:', 'https:'],
  ['ws:', 'http:'],
  ['wss:', 'https:'],
]);

/**
 * Whether the request filter lets a request through: everything that stays on the machine,
 * and http(s)/ws(s) requests to exactly the admitted team server origins (a WebSocket to
 * `wss://host` counts as `https://host`). Everything else remote is cancelled.
 */
export function isAllowedRequest(url: string, admittedOrigins: ReadonlySet<string>): boolean {
  if (!isRemoteRequest(url)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  const scheme = ORIGIN_SCHEME.get(parsed.protocol);
  if (scheme === undefined) return false;
  const origin = new URL(`${scheme}//${parsed.host}`).origin;
  return admittedOrigins.has(origin);
}
