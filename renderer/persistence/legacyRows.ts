/**
 * Reading a deal as schema version 1 stored it (one row per person, line, team member and
 * snapshot, plus a `dealData` row with the deal and the order of each list), for its move
 * into a Y.Doc (./migrate.ts). Never trusts the rows: they are assembled into a document
 * and read with the same `parseDocument` as a file; rows that do not make a valid document
 * go through the salvage reader, which keeps the valid parts and sets the damaged ones
 * aside with their raw values (shared/collab/salvage.ts).
 */
import type { Table } from 'dexie';
import { salvageDocument } from '../../shared/collab/salvage';
import type { SetAsidePart } from '../../shared/collab/setAside';
import { parseDocument, problem, type PowermapDocument, type Problem } from '../../shared/document';
import { dealKeyRange, type PowermapDatabase } from './db';
import type { ItemRow, ListOrder } from './schema';

type ListKey = keyof ListOrder;
type LegacyTable = 'team' | 'stakeholders' | 'relationships' | 'snapshots';

/** Each list of a document: its key in `ListOrder`, its field in the document and its table. */
const LISTS = [
  { key: 'team', field: 'team', table: 'team' },
  { key: 'people', field: 'stakeholders', table: 'stakeholders' },
  { key: 'lines', field: 'relationships', table: 'relationships' },
  { key: 'history', field: 'history', table: 'snapshots' },
] as const satisfies readonly { key: ListKey; field: keyof PowermapDocument; table: LegacyTable }[];

export const LEGACY_TABLES = ['dealData', ...LISTS.map((list) => list.table)] as const;

/** A deal's version-1 rows, as stored (nothing checked). */
export interface LegacyRows {
  readonly data: unknown;
  /** Each list's rows, in the order of LISTS. */
  readonly rows: readonly (readonly unknown[])[];
}

/** What a deal's rows make: the document, or what the salvage reader kept and set aside. */
export type LegacyRead =
  | { readonly status: 'ok'; readonly document: PowermapDocument }
  | {
      readonly status: 'salvaged';
      readonly document: PowermapDocument;
      readonly setAside: readonly SetAsidePart[];
      readonly problems: readonly Problem[];
    }
  /** Nothing can be made of them (a newer format): they stay where they are. */
  | { readonly status: 'unreadable'; readonly problems: readonly Problem[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isListOrder(value: unknown): value is ListOrder {
  if (!isRecord(value)) return false;
  return LISTS.every((list) => {
    const ids = value[list.key];
    return Array.isArray(ids) && ids.every((id) => typeof id === 'string');
  });
}

function legacyTable(db: PowermapDatabase, name: LegacyTable): Table<ItemRow<unknown>, [string, string]> {
  return db[name] as unknown as Table<ItemRow<unknown>, [string, string]>;
}

/** A deal's version-1 rows, or null when it has none (inside the caller's transaction). */
export async function readLegacyRows(db: PowermapDatabase, dealId: string): Promise<LegacyRows | null> {
  const [lower, upper] = dealKeyRange(dealId);
  const [data, ...rows] = await Promise.all([
    db.dealData.get(dealId),
    ...LISTS.map((list) => legacyTable(db, list.table).where('[dealId+id]').between(lower, upper).toArray()),
  ]);
  if (data === undefined && rows.every((list) => list.length === 0)) return null;
  return { data, rows };
}

/** Deletes a deal's version-1 rows (inside the caller's transaction). */
export async function deleteLegacyRows(db: PowermapDatabase, dealId: string): Promise<void> {
  const [lower, upper] = dealKeyRange(dealId);
  await db.dealData.delete(dealId);
  for (const list of LISTS) await legacyTable(db, list.table).where('[dealId+id]').between(lower, upper).delete();
}

/** The ids of every deal that may still have version-1 rows: those of the library and of the deal rows. */
export async function legacyDealIds(db: PowermapDatabase): Promise<string[]> {
  const [data, deals] = await Promise.all([
    db.dealData.toCollection().primaryKeys(),
    db.deals.toCollection().primaryKeys(),
  ]);
  return [...new Set([...data, ...deals].map(String))];
}

/** Reads a deal's rows strictly, then, when that fails, through the salvage reader. Never throws. */
export function readLegacyDeal(dealId: string, stored: LegacyRows, dealName: string): LegacyRead {
  let problems: Problem[];
  try {
    const assembled = assemble(dealId, stored);
    if (assembled.ok) {
      const parsed = parseDocument(assembled.input);
      if (parsed.ok && parsed.document.deal.id === dealId) return { status: 'ok', document: parsed.document };
      problems = parsed.ok ? [problem(['deal', 'id'], 'invalid', { detail: JSON.stringify(dealId) })] : parsed.problems;
    } else problems = assembled.problems;
  } catch (error) {
    // parseDocument does not throw; this is for the unforeseen, which must not lose the deal either.
    problems = [problem([], 'invalid', { detail: error instanceof Error ? error.message : String(error) })];
  }
  try {
    const result = salvageDocument(salvageInput(stored), dealId, { dealName });
    if (result.ok) return { status: 'salvaged', document: result.document, setAside: result.setAside, problems };
    return { status: 'unreadable', problems: result.problems };
  } catch {
    return { status: 'unreadable', problems };
  }
}

type Assembled = { ok: true; input: Record<string, unknown> } | { ok: false; problems: Problem[] };

/**
 * The document the rows make, for `parseDocument` to check: each list in the stored order.
 * A row the order names but the table lacks is a problem (the document would be partial);
 * a row the order does not name is not part of the document and is left out.
 */
function assemble(dealId: string, stored: LegacyRows): Assembled {
  const { data } = stored;
  if (!isRecord(data)) return { ok: false, problems: [problem(['deal'], 'required')] };
  if (!isListOrder(data['order'])) {
    return { ok: false, problems: [problem([], 'invalid', { detail: `dealData.order (${dealId})` })] };
  }
  const order = data['order'];
  const problems: Problem[] = [];
  const head = data['head'];
  // fromEntries defines properties (never sets a prototype), so a stored `__proto__` key
  // reaches parseDocument, which refuses it.
  const input: Record<string, unknown> = isRecord(head) ? Object.fromEntries(Object.entries(head)) : {};
  input['deal'] = data['deal'];
  LISTS.forEach((list, index) => {
    const byId = new Map<string, unknown>();
    for (const row of stored.rows[index] ?? []) if (isRecord(row)) byId.set(String(row['id']), row);
    input[list.field] = order[list.key].map((id, position) => {
      const row = byId.get(id);
      if (!isRecord(row)) {
        problems.push(problem([list.field, position], 'required'));
        return undefined;
      }
      const rowData = row['data'];
      if (isRecord(rowData) && rowData['id'] !== id) {
        problems.push(problem([list.field, position, 'id'], 'invalid', { detail: JSON.stringify(id) }));
      }
      return rowData;
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, input };
}

/**
 * The rows read tolerantly, for the salvage reader: each list in the stored order (a row
 * the order names but the table lacks comes as nothing, to be set aside), or, when the
 * order itself is damaged, every row of the deal in key order.
 */
function salvageInput(stored: LegacyRows): Record<string, unknown> {
  const record = isRecord(stored.data) ? stored.data : undefined;
  const head = record?.['head'];
  const input: Record<string, unknown> = isRecord(head) ? Object.fromEntries(Object.entries(head)) : {};
  input['deal'] = record?.['deal'];
  const order = record && isListOrder(record['order']) ? record['order'] : undefined;
  LISTS.forEach((list, index) => {
    const rows = stored.rows[index] ?? [];
    if (!order) {
      input[list.field] = rows.map((row) => (isRecord(row) ? row['data'] : row));
      return;
    }
    const byId = new Map<string, unknown>();
    for (const row of rows) if (isRecord(row)) byId.set(String(row['id']), row['data']);
    input[list.field] = order[list.key].map((id) => (byId.has(id) ? byId.get(id) : null));
  });
  return input;
}
