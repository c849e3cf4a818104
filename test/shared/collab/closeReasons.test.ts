/**
 * What the app does after the server closed or refused a deal (shared/collab/closeReasons.ts):
 * a token that ran out is renewed, removed access is asked about, anything else is tried again.
 */
import { describe, expect, it } from 'vitest';
import { ACCESS_CLOSE, REFUSAL, verdictOfClose } from '../../../shared/collab/closeReasons';

describe('the verdict of a close', () => {
  it('renews the token for an expired or refused one', () => {
    expect(verdictOfClose(ACCESS_CLOSE.expired.reason)).toBe('renew-token');
    expect(verdictOfClose(REFUSAL.invalidToken)).toBe('renew-token');
  });

  it('asks about membership when access was removed or is refused', () => {
    expect(verdictOfClose(ACCESS_CLOSE.revoked.reason)).toBe('ask-membership');
    expect(verdictOfClose(REFUSAL.noAccess)).toBe('ask-membership');
  });

  it('tries again after anything that may pass: a role changed, a reset, an unknown reason', () => {
    expect(verdictOfClose(ACCESS_CLOSE.changed.reason)).toBe('retry');
    expect(verdictOfClose('Reset Connection')).toBe('retry');
    expect(verdictOfClose('Server closed the connection')).toBe('retry');
    expect(verdictOfClose('')).toBe('retry');
  });
});
