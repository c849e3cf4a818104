/**
 * The CSP the protocol handler sends is the one renderer/index.html declares (plus the
 * directives only a header can carry), and it is strict: no remote sources, no inline or
 * eval'd scripts, no plugins, no framing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  HEADER_ONLY_DIRECTIVES,
  SECURITY_HEADERS,
} from '../../shared/security/csp';

const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];

/** A policy as directive name → sources, so that order and spacing do not matter. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

describe('the Content Security Policy', () => {
  it('is the policy of the meta tag in renderer/index.html', () => {
    expect(meta, 'renderer/index.html has no CSP meta tag').toBeDefined();
    expect(directives(CONTENT_SECURITY_POLICY)).toEqual(directives(meta!));
  });

  it('is sent as a header with the directives a meta tag cannot carry', () => {
    const header = directives(CONTENT_SECURITY_POLICY_HEADER);
    expect(header['frame-ancestors']).toEqual(["'none'"]);
    for (const directive of HEADER_ONLY_DIRECTIVES) delete header[directive.split(' ')[0]!];
    expect(header).toEqual(directives(meta!));
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });

  it('allows scripts only from the app itself, never inline or eval', () => {
    const policy = directives(CONTENT_SECURITY_POLICY_HEADER);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY_HEADER).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
