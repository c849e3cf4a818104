/**
 * The audit log: sign-ins, shares, membership and team changes, the team's model. It records who did what to which
 * account, team or deal id, never deal content (no names of people on a map, no fields).
 */
import type { Sql } from '../db/database';

export type AuditAction =
  | 'sign-in'
  | 'sign-in-refused'
  | 'sign-out'
  | 'refresh-reuse'
  | 'user-added'
  | 'password-changed'
  | 'team-added'
  | 'team-member-set'
  | 'deal-shared'
  | 'deal-member-set'
  | 'deal-member-removed'
  | 'deal-team-set'
  | 'team-model-adopted'
  | 'team-model-undone'
  /** A deal given its team's model at its first document (collab/firstDocumentModel.ts), by the adopting lead. */
  | 'team-model-applied';

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  target?: string | null;
  address?: string | null;
  detail?: Record<string, string | number | boolean | null>;
}

export async function audit(sql: Sql, entry: AuditEntry): Promise<void> {
  await sql.query('insert into audit_log (actor_id, action, target, address, detail) values ($1, $2, $3, $4, $5)', [
    entry.actorId,
    entry.action,
    entry.target ?? null,
    entry.address ?? null,
    JSON.stringify(entry.detail ?? {}),
  ]);
}

export interface AuditRow {
  at: Date;
  actorId: string | null;
  action: AuditAction;
  target: string | null;
  address: string | null;
  detail: Record<string, unknown>;
}

export async function readAudit(sql: Sql, limit = 100): Promise<AuditRow[]> {
  return sql.query<AuditRow>(
    `select at, actor_id as "actorId", action, target, address, detail
       from audit_log order by id desc limit $1`,
    [limit],
  );
}

/** Whether the log holds an `action` entry about `target` (a deal or team id). */
export async function hasAudit(sql: Sql, action: AuditAction, target: string): Promise<boolean> {
  const rows = await sql.query<{ found: number }>(
    'select 1 as found from audit_log where action = $1 and target = $2 limit 1',
    [action, target],
  );
  return rows.length > 0;
}
