/**
 * What can go wrong talking to the team server, as the app words it. The server answers
 * errors as `{ error: { code, message } }` with a stable code (docs/SERVER.md); a network
 * failure has no answer at all and is `unreachable`.
 */
import type { MessageKey, Translator } from '../../shared/i18n';

export type TeamErrorCode =
  | 'bad-url'
  | 'unreachable'
  | 'bad-credentials'
  | 'rate-limited'
  | 'signed-out'
  | 'not-owner'
  | 'user-not-found'
  | 'deal-exists'
  | 'deal-not-found'
  | 'cancelled'
  | 'not-team-member'
  | 'not-team-lead'
  | 'team-not-found'
  | 'server';

export class TeamError extends Error {
  constructor(
    readonly code: TeamErrorCode,
    message: string,
    /** For `rate-limited`: how many seconds the server asks to wait. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'TeamError';
  }
}

/** Server codes the app words itself; any other is `server`, shown with the server's message. */
const KNOWN: Readonly<Record<string, TeamErrorCode>> = {
  'bad-credentials': 'bad-credentials',
  'rate-limited': 'rate-limited',
  unauthenticated: 'signed-out',
  'invalid-refresh-token': 'signed-out',
  'not-owner': 'not-owner',
  'user-not-found': 'user-not-found',
  'deal-exists': 'deal-exists',
  'deal-not-found': 'deal-not-found',
  'not-team-member': 'not-team-member',
  'not-team-lead': 'not-team-lead',
  'team-not-found': 'team-not-found',
};

/** The TeamError of a server's error answer. */
export async function errorOfResponse(response: Response): Promise<TeamError> {
  let code = '';
  let message = `HTTP ${response.status}`;
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string') message = body.error.message;
  } catch {
    // Not our server's JSON (a proxy's page, say): the status says enough.
  }
  const retryAfter = Number(response.headers.get('retry-after'));
  return new TeamError(KNOWN[code] ?? 'server', message, Number.isFinite(retryAfter) ? retryAfter : undefined);
}

const KEYS: Readonly<Record<TeamErrorCode, MessageKey>> = {
  'bad-url': 'team.error.badUrl',
  unreachable: 'team.error.unreachable',
  'bad-credentials': 'team.error.badCredentials',
  'rate-limited': 'team.error.rateLimited',
  'signed-out': 'team.error.signedOut',
  'not-owner': 'team.error.notOwner',
  'user-not-found': 'team.error.userNotFound',
  'deal-exists': 'team.error.dealExists',
  'deal-not-found': 'team.error.dealNotFound',
  cancelled: 'team.error.cancelled',
  'not-team-member': 'team.error.notTeamMember',
  'not-team-lead': 'team.error.notTeamLead',
  'team-not-found': 'team.error.teamNotFound',
  server: 'team.error.server',
};

/** The sentence shown for an error, in the user's language. */
export function teamErrorText(error: unknown, t: Translator): string {
  if (!(error instanceof TeamError)) return t('team.error.server', { message: String(error) });
  const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
  return t(KEYS[error.code], { message: error.message, minutes });
}
