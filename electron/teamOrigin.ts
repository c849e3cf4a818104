/**
 * The origin of a team server the desktop app may connect to, from what the user typed.
 * Only http(s), a host, no credentials, query or fragment. A path is allowed, because a
 * server may sit behind a reverse proxy under a prefix (`https://host/powermap`), as the
 * session accepts; what is admitted is still the origin alone, since a CSP source and the
 * shell's request filter work per origin. The result is the normalised origin (lower-case host, default port dropped, IDN in punycode) that goes into
 * the CSP and the shell's request filter, so it must never carry anything else. It lives in
 * the shell, which decides what is admitted (shared/ has no URL parser).
 */
import type { TEAM_ORIGIN_REFUSALS } from '../shared/ipc/contract';

export type TeamOriginResult =
  { readonly ok: true; readonly origin: string } | { readonly ok: false; readonly reason: TeamOriginRefusal };

/** Why an address is no team server origin (the reasons the IPC contract carries). */
export type TeamOriginRefusal = (typeof TEAM_ORIGIN_REFUSALS)[number];

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])$/u;

/** The normalised origin of `typed` (a bare host gets https://), or why it is refused. */
export function teamServerOrigin(typed: string): TeamOriginResult {
  const trimmed = typed.trim();
  if (trimmed === '' || /[\s\\]/u.test(trimmed)) return { ok: false, reason: 'not-a-url' };
  const withScheme =
    /^[a-z][a-z0-9+.-]*:/iu.test(trimmed) && !/^[^:/]+:\d+(?:\/|$)/u.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: 'not-a-url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'not-http' };
  // Only letters, digits, dots and hyphens (IDN is punycode by now), or a bracketed IPv6
  // address: the origin is written into a CSP and an HTML attribute, so a quote or a
  // semicolon that the URL parser lets through in a host must never get there.
  if (!HOST.test(url.hostname)) return { ok: false, reason: 'not-a-url' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials' };
  if (url.search !== '' || url.hash !== '' || /[?#]/u.test(trimmed)) return { ok: false, reason: 'path' };
  return { ok: true, origin: url.origin };
}
