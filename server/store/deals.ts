/**
 * Shared deals and their members. The deal's content is a Yjs document (documents.ts); these
 * rows say who may open it: members by role, and the leads of the deal's team, who read.
 */
import type { Sql } from '../db/database';
import type { DealAccess, DealRole } from './roles';

export interface Deal {
  id: string;
  name: string;
  ownerId: string;
  teamId: string | null;
  createdAt: Date;
}

export interface VisibleDeal {
  id: string;
  name: string;
  owner: { name: string; displayName: string };
  team: string | null;
  access: DealAccess;
  createdAt: Date;
}

export interface DealMember {
  name: string;
  displayName: string;
  role: DealRole;
}

interface DealRow {
  id: string;
  name: string;
  owner_id: string;
  team_id: string | null;
  created_at: Date;
}

/** Deal ids come from the app (a local deal keeps its id when published). */
export const DEAL_ID = /^[A-Za-z0-9_.:-]{1,128}$/u;

export class DealExistsError extends Error {
  constructor(id: string) {
    super(`a deal with id "${id}" is shared already`);
  }
}

/** Publishes a deal: the row and the owner's membership, in one transaction by the caller. */
export async function addDeal(
  sql: Sql,
  input: { id: string; name: string; ownerId: string; teamId: string | null },
): Promise<Deal> {
  const rows = await sql.query<DealRow>(
    `insert into deals (id, name, owner_id, team_id) values ($1, $2, $3, $4)
     on conflict (id) do nothing
     returning id, name, owner_id, team_id, created_at`,
    [input.id, input.name, input.ownerId, input.teamId],
  );
  const row = rows[0];
  if (!row) throw new DealExistsError(input.id);
  await setDealMember(sql, input.id, input.ownerId, 'owner');
  return { id: row.id, name: row.name, ownerId: row.owner_id, teamId: row.team_id, createdAt: row.created_at };
}

export async function findDeal(sql: Sql, id: string): Promise<Deal | undefined> {
  const rows = await sql.query<DealRow>('select id, name, owner_id, team_id, created_at from deals where id = $1', [
    id,
  ]);
  const row = rows[0];
  return row && { id: row.id, name: row.name, ownerId: row.owner_id, teamId: row.team_id, createdAt: row.created_at };
}

/**
 * What `userId` may do with deal `dealId`: its membership role, else 'lead' when the user
 * leads the deal's team, else undefined (nothing). The one place access is decided.
 */
export async function accessOf(sql: Sql, dealId: string, userId: string): Promise<DealAccess | undefined> {
  const rows = await sql.query<{ member_role: DealRole | null; team_role: string | null }>(
    `select m.role as member_role, tm.role as team_role
       from deals d
       left join deal_members m on m.deal_id = d.id and m.user_id = $2
       left join team_members tm on tm.team_id = d.team_id and tm.user_id = $2
      where d.id = $1`,
    [dealId, userId],
  );
  return rows[0] && accessFromRoles(rows[0]);
}

/** The one access rule: a member's role, else a team lead's read access, else none. */
function accessFromRoles(row: { member_role: DealRole | null; team_role: string | null }): DealAccess | undefined {
  if (row.member_role) return row.member_role;
  return row.team_role === 'lead' ? 'lead' : undefined;
}

export interface DealUser {
  dealId: string;
  userId: string;
}

/**
 * accessOf for many (deal, user) pairs in one query (the periodic recheck of every open
 * connection): the access of each pair by deal id, then user id; a pair without access is absent.
 */
export async function accessOfMany(
  sql: Sql,
  pairs: readonly DealUser[],
): Promise<Map<string, Map<string, DealAccess>>> {
  const access = new Map<string, Map<string, DealAccess>>();
  if (pairs.length === 0) return access;
  const rows = await sql.query<{
    deal_id: string;
    user_id: string;
    member_role: DealRole | null;
    team_role: string | null;
  }>(
    `select p.deal_id, p.user_id, m.role as member_role, tm.role as team_role
       from jsonb_to_recordset($1::jsonb) as p (deal_id text, user_id text)
       join deals d on d.id = p.deal_id
       left join deal_members m on m.deal_id = d.id and m.user_id = p.user_id
       left join team_members tm on tm.team_id = d.team_id and tm.user_id = p.user_id`,
    [JSON.stringify(pairs.map((pair) => ({ deal_id: pair.dealId, user_id: pair.userId })))],
  );
  for (const row of rows) {
    const given = accessFromRoles(row);
    if (!given) continue;
    const ofDeal = access.get(row.deal_id) ?? new Map<string, DealAccess>();
    ofDeal.set(row.user_id, given);
    access.set(row.deal_id, ofDeal);
  }
  return access;
}

/** The deals a user may see: own memberships, and as a team lead every deal of the team. */
export async function visibleDeals(sql: Sql, userId: string): Promise<VisibleDeal[]> {
  const rows = await sql.query<{
    id: string;
    name: string;
    owner_name: string;
    owner_display_name: string;
    team_name: string | null;
    member_role: DealRole | null;
    created_at: Date;
  }>(
    `select d.id, d.name, o.name as owner_name, o.display_name as owner_display_name, t.name as team_name,
            m.role as member_role, d.created_at
       from deals d
       join users o on o.id = d.owner_id
       left join teams t on t.id = d.team_id
       left join deal_members m on m.deal_id = d.id and m.user_id = $1
      where m.user_id is not null
         or d.team_id in (select team_id from team_members where user_id = $1 and role = 'lead')
      order by d.created_at, d.id`,
    [userId],
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    owner: { name: row.owner_name, displayName: row.owner_display_name },
    team: row.team_name,
    access: row.member_role ?? 'lead',
    createdAt: row.created_at,
  }));
}

/** Moves a deal into a team, or out of every team (null). */
export async function setDealTeam(sql: Sql, dealId: string, teamId: string | null): Promise<void> {
  await sql.query('update deals set team_id = $2 where id = $1', [dealId, teamId]);
}

export async function dealMembers(sql: Sql, dealId: string): Promise<DealMember[]> {
  return sql.query<DealMember>(
    `select u.name, u.display_name as "displayName", m.role
       from deal_members m join users u on u.id = m.user_id
      where m.deal_id = $1 order by u.name`,
    [dealId],
  );
}

export async function setDealMember(sql: Sql, dealId: string, userId: string, role: DealRole): Promise<void> {
  await sql.query(
    `insert into deal_members (deal_id, user_id, role) values ($1, $2, $3)
     on conflict (deal_id, user_id) do update set role = excluded.role`,
    [dealId, userId, role],
  );
}

/** Removes a membership; returns whether there was one. */
export async function removeDealMember(sql: Sql, dealId: string, userId: string): Promise<boolean> {
  const rows = await sql.query<{ user_id: string }>(
    'delete from deal_members where deal_id = $1 and user_id = $2 returning user_id',
    [dealId, userId],
  );
  return rows.length > 0;
}
