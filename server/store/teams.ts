/** Teams and their members; a team's leads read every deal of the team. */
import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/database';
import type { TeamRole } from './roles';

/** A team the user belongs to, with the user's role in it and the team's likelihood model (null: standard). */
export interface MyTeam {
  id: string;
  name: string;
  role: TeamRole;
  likelihoodModel: unknown;
}

export interface Team {
  id: string;
  name: string;
}

export async function addTeam(sql: Sql, name: string): Promise<Team> {
  if (name.trim() === '' || name.length > 100) throw new Error('a team name has 1 to 100 characters');
  if (await findTeamByName(sql, name)) throw new Error(`a team named "${name}" exists already`);
  const rows = await sql.query<Team>('insert into teams (id, name) values ($1, $2) returning id, name', [
    randomUUID(),
    name,
  ]);
  return rows[0]!;
}

export async function findTeamByName(sql: Sql, name: string): Promise<Team | undefined> {
  const rows = await sql.query<Team>('select id, name from teams where lower(name) = lower($1)', [name]);
  return rows[0];
}

export async function setTeamMember(sql: Sql, teamId: string, userId: string, role: TeamRole): Promise<void> {
  await sql.query(
    `insert into team_members (team_id, user_id, role) values ($1, $2, $3)
     on conflict (team_id, user_id) do update set role = excluded.role`,
    [teamId, userId, role],
  );
}

export async function teamRoleOf(sql: Sql, teamId: string, userId: string): Promise<TeamRole | undefined> {
  const rows = await sql.query<{ role: TeamRole }>(
    'select role from team_members where team_id = $1 and user_id = $2',
    [teamId, userId],
  );
  return rows[0]?.role;
}

export async function findTeamById(sql: Sql, id: string): Promise<Team | undefined> {
  const rows = await sql.query<Team>('select id, name from teams where id = $1', [id]);
  return rows[0];
}

/** The teams `userId` belongs to, by name. */
export async function teamsOf(sql: Sql, userId: string): Promise<MyTeam[]> {
  const rows = await sql.query<{ id: string; name: string; role: TeamRole; likelihood_model: unknown }>(
    `select t.id, t.name, tm.role, t.likelihood_model
       from team_members tm join teams t on t.id = tm.team_id
      where tm.user_id = $1
      order by lower(t.name), t.id`,
    [userId],
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    role: row.role,
    // Both drivers parse jsonb; a text value would come as a string.
    likelihoodModel:
      typeof row.likelihood_model === 'string' ? (JSON.parse(row.likelihood_model) as unknown) : row.likelihood_model,
  }));
}

/** The team's likelihood model as recorded (null: the standard one), not yet checked. */
export async function teamModelOf(sql: Sql, teamId: string): Promise<unknown> {
  const rows = await sql.query<{ likelihood_model: unknown }>('select likelihood_model from teams where id = $1', [
    teamId,
  ]);
  const value = rows[0]?.likelihood_model ?? null;
  // Both drivers parse jsonb; a text value would come as a string.
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
}

/** Records the team's likelihood model (null: the standard one). */
export async function setTeamModel(sql: Sql, teamId: string, setting: object | null): Promise<void> {
  await sql.query('update teams set likelihood_model = $2 where id = $1', [
    teamId,
    setting === null ? null : JSON.stringify(setting),
  ]);
}

/** The ids of every deal of the team. */
export async function teamDealIds(sql: Sql, teamId: string): Promise<string[]> {
  const rows = await sql.query<{ id: string }>('select id from deals where team_id = $1 order by id', [teamId]);
  return rows.map((row) => row.id);
}

/** A deal's team, its recorded model and the lead who last adopted it (from the audit log); undefined outside a team. */
export interface DealTeamModel {
  teamId: string;
  teamName: string;
  /** As recorded, not yet checked; null: the standard model. */
  likelihoodModel: unknown;
  /** The account of the lead whose adoption this is; null when the log holds none. */
  adoptedBy: { id: string; name: string; displayName: string } | null;
}

export async function dealTeamModel(sql: Sql, dealId: string): Promise<DealTeamModel | undefined> {
  // Who adopted is the latest 'team-model-adopted' entry of the team: the audit log is where
  // the adoption is recorded with its author; the team row keeps only the setting.
  const rows = await sql.query<{
    team_id: string;
    team_name: string;
    likelihood_model: unknown;
    adopter_id: string | null;
    adopter_name: string | null;
    adopter_display_name: string | null;
  }>(
    `select t.id as team_id, t.name as team_name, t.likelihood_model,
            u.id as adopter_id, u.name as adopter_name, u.display_name as adopter_display_name
       from deals d
       join teams t on t.id = d.team_id
       left join users u on u.id = (select a.actor_id from audit_log a
                                     where a.action = 'team-model-adopted' and a.target = t.id
                                     order by a.id desc limit 1)
      where d.id = $1`,
    [dealId],
  );
  const row = rows[0];
  if (!row) return undefined;
  const value = row.likelihood_model;
  return {
    teamId: row.team_id,
    teamName: row.team_name,
    // Both drivers parse jsonb; a text value would come as a string.
    likelihoodModel: typeof value === 'string' ? (JSON.parse(value) as unknown) : (value ?? null),
    adoptedBy:
      row.adopter_id === null
        ? null
        : { id: row.adopter_id, name: row.adopter_name ?? '', displayName: row.adopter_display_name ?? '' },
  };
}
