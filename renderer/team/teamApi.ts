/** The deal side of the team server's HTTP API (docs/SERVER.md, "The API"), as the signed-in user. */
import type { Lang } from '../../shared/i18n';
import type { TeamSession, TeamUser } from './session';

export type DealRole = 'owner' | 'editor' | 'viewer' | 'lead';
export type MemberRole = 'editor' | 'viewer';

export interface SharedDeal {
  readonly id: string;
  readonly name: string;
  readonly owner: TeamUser;
  readonly team: string | null;
  readonly role: DealRole;
}

export interface DealMember {
  readonly name: string;
  readonly displayName: string;
  readonly role: 'owner' | MemberRole;
}

export const canEdit = (role: DealRole): boolean => role === 'owner' || role === 'editor';

export async function listSharedDeals(session: TeamSession): Promise<SharedDeal[]> {
  const answer = await session.request<{ deals: SharedDeal[] }>('GET', '/api/deals');
  return answer.deals;
}

export async function publishDeal(session: TeamSession, deal: { id: string; name: string }): Promise<void> {
  await session.request('POST', '/api/deals', deal);
}

const dealPath = (dealId: string) => `/api/deals/${encodeURIComponent(dealId)}/members`;

export async function listMembers(session: TeamSession, dealId: string): Promise<DealMember[]> {
  return (await session.request<{ members: DealMember[] }>('GET', dealPath(dealId))).members;
}

export async function setMember(
  session: TeamSession,
  dealId: string,
  user: string,
  role: MemberRole,
): Promise<DealMember[]> {
  const path = `${dealPath(dealId)}/${encodeURIComponent(user)}`;
  return (await session.request<{ members: DealMember[] }>('PUT', path, { role })).members;
}

export async function removeMember(session: TeamSession, dealId: string, user: string): Promise<void> {
  await session.request('DELETE', `${dealPath(dealId)}/${encodeURIComponent(user)}`);
}

/**
 * GET /api/pipeline: the summary rows of every deal the user may read (member, or lead of its
 * team), as the server sent them. Unchecked here: the pipeline reads each through
 * shared/pipeline's schema, as it reads them back from the offline cache.
 */
export async function fetchTeamPipeline(session: TeamSession): Promise<unknown> {
  return session.request<unknown>('GET', '/api/pipeline');
}

/** What the pipeline asks of the team's deals as of another date. */
export interface PipelineSinceQuery {
  /** YYYY-MM-DD: the trend, the rows of then and the movement are measured from it. */
  readonly since: string;
  /** The analysis date (today here), YYYY-MM-DD. */
  readonly asOf: string;
  /** The words of the movement's rows that are not a person. */
  readonly lang: Lang;
}

/**
 * GET /api/pipeline?since=…: every deal the user may read, now (its trend measured from
 * `since`) and as it stood then, and what moved since, made by the server from the stored
 * documents. Unchecked here, as the rows (renderer/pipeline/servedSince.ts reads it).
 */
export async function fetchTeamPipelineSince(session: TeamSession, query: PipelineSinceQuery): Promise<unknown> {
  const params = new URLSearchParams({ since: query.since, asOf: query.asOf, lang: query.lang });
  return session.request<unknown>('GET', `/api/pipeline?${params.toString()}`);
}

/**
 * GET /api/review: the closed deals' calibration records and the open deals' ids of every
 * deal the user may read. Unchecked here: the review reads each record through
 * shared/calibration's schema, as it reads them back from the offline cache.
 */
export async function fetchTeamReview(session: TeamSession): Promise<unknown> {
  return session.request<unknown>('GET', '/api/review');
}
