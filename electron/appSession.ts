/**
 * The browser side of the main process's security: every web contents hardened, the
 * default session denying every permission and every request but our own and the admitted
 * team servers', and the app served from app:// with a CSP that names those servers.
 */
import path from 'node:path';
import { app, protocol, session, shell, type WebContents } from 'electron';
import { AdmittedOrigins } from './admittedOrigins';
import { APP_SCHEME, createAppProtocolHandler } from './protocol';
import { denyAllPermissions, hardenWebContents, isAllowedRequest } from './security';

export function hardenEveryWebContents(): void {
  // Every web contents, ours or not, gets navigation, new windows and webviews blocked.
  app.on('web-contents-created', (_event, contents: WebContents) => {
    hardenWebContents(contents, {
      openExternal: (url) => shell.openExternal(url),
      onBlocked: (what, url) => console.warn(`[powermap] blocked ${what}: ${url}`),
    });
  });
}

/** Locks the default session down and serves `rendererRoot` on app://; returns the admitted team servers. */
export function secureSessionServing(rendererRoot: string): AdmittedOrigins {
  denyAllPermissions(session.defaultSession);
  // The team servers the user signed in to; pages wait for the list, so their CSP has it.
  const admitted = new AdmittedOrigins(path.join(app.getPath('userData'), 'team-servers.json'));
  const admittedLoaded = admitted.load();
  // No remote content but the admitted team servers: nothing else leaves the machine, whatever a page tries.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, admitted.asSet()) });
  });
  const serveApp = createAppProtocolHandler(rendererRoot, undefined, { connectOrigins: () => admitted.list() });
  protocol.handle(APP_SCHEME, (request) => admittedLoaded.then(() => serveApp(request)));
  return admitted;
}
