/** Teams and their members; a team's leads read every deal of the team. */
import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/database';
import type { TeamRole } from './roles';

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
