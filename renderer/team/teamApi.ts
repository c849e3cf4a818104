/** The deal side of the team server's HTTP API (docs/SERVER.md, "The API"), as the signed-in user. */
import type { Lang } from '../../shared/i18n';
import type { TeamSession, TeamUser } from './session';

export type DealRole = 'owner' | 'editor' | 'viewer' | 'lead';
export type MemberRole = 'editor' | 'viewer';
/** The roles an owner gives, in the order the dialog offers them. */
export const MEMBER_ROLES: readonly MemberRole[] = ['editor', 'viewer'];

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

/** Publishes the deal, into `team` (by name) when one is given: the team's leads then read it. */
export async function publishDeal(
  session: TeamSession,
  deal: { id: string; name: string; team?: string | null },
): Promise<void> {
  const { team = null, ...rest } = deal;
  await session.request('POST', '/api/deals', team === null ? rest : { ...rest, team });
}

/** Moves a deal the user owns into one of their teams, or out of every team (null). */
export async function setDealTeam(session: TeamSession, dealId: string, team: string | null): Promise<void> {
  await session.request('PUT', `/api/deals/${encodeURIComponent(dealId)}/team`, { team });
}

export type TeamRole = 'member' | 'lead';

/** A team the signed-in user belongs to. */
export interface MyTeam {
  readonly id: string;
  readonly name: string;
  readonly role: TeamRole;
  /** The team's likelihood model as the server recorded it (null: the standard one); unchecked here. */
  readonly likelihoodModel: unknown;
}

export async function listTeams(session: TeamSession): Promise<MyTeam[]> {
  return (await session.request<{ teams: MyTeam[] }>('GET', '/api/teams')).teams;
}

/** What the server did to the team's deals: deals changed, already so, and left alone (never written). */
export interface TeamModelWrite {
  readonly written: number;
  readonly unchanged: number;
  readonly skipped: readonly string[];
}

const modelPath = (teamId: string) => `/api/teams/${encodeURIComponent(teamId)}/likelihood-model`;

/** A team lead adopts `setting` for every deal of the team, on the server. */
export async function adoptTeamModel(session: TeamSession, teamId: string, setting: object): Promise<TeamModelWrite> {
  return session.request<TeamModelWrite>('POST', modelPath(teamId), setting);
}

/** A team lead returns every deal of the team to the standard model, on the server. */
export async function undoTeamModel(session: TeamSession, teamId: string): Promise<TeamModelWrite> {
  return session.request<TeamModelWrite>('DELETE', modelPath(teamId));
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
