/**
 * The server's storage, the same suite on both engines: the embedded PGlite and a real
 * PostgreSQL (a temporary cluster started here). One SQL, one behaviour.
 */
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../server/db/database';
import { lockDataDir } from '../../server/db/dataDirLock';
import { migrate, readMigrations } from '../../server/db/migrate';
import { audit, readAudit } from '../../server/store/audit';
import {
  accessOf,
  accessOfMany,
  addDeal,
  DealExistsError,
  dealMembers,
  removeDealMember,
  setDealMember,
  visibleDeals,
} from '../../server/store/deals';
import { appendDocumentUpdate, compactDocument, loadDocument, loadDocumentState } from '../../server/store/documents';
import { issueRefreshToken, revokeRefreshToken, rotateRefreshToken } from '../../server/store/refreshTokens';
import { storedJwtSecret } from '../../server/store/settings';
import { readableSummaries, storeSummary } from '../../server/store/summaries';
import { parseDocument } from '../../shared/document';
import { SEARCH_KEY_SEPARATOR, summarizeDeal, type PipelineRow } from '../../shared/pipeline';
import { greenDeal } from '../support/pipelineDeals';
import { addUser, findUserByName, UserExistsError } from '../../server/store/users';
import { addTeamWith, addUsers } from './support/accounts';
import { bothEngines } from './support/engines';
import { freshPgliteFolder } from './support/pglite';

// Real servers on a shared machine: generous bounds (every wait inside is bounded by itself).
vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

const DAY = 24 * 3600 * 1000;

const { engines, stop } = bothEngines();
afterAll(stop);

describe.each(engines)('storage on $name', (engine) => {
  let db: Database;

  beforeAll(async () => {
    db = await engine.open();
  }, 180_000);

  afterAll(async () => {
    await db?.close();
  });

  it('applies each migration once', async () => {
    expect(await migrate(db)).toEqual([]);
    const rows = await db.query<{ version: number }>('select version from schema_migrations order by version');
    expect(rows.map((row) => row.version)).toEqual(readMigrations().map((m) => m.version));
  });

  it('keeps user names unique without regard to case, and refuses malformed ones', async () => {
    await addUser(db, { name: 'Mei.Chen', displayName: '陈美', passwordHash: null });
    expect((await findUserByName(db, 'mei.chen'))?.displayName).toBe('陈美');
    await expect(addUser(db, { name: 'MEI.CHEN', displayName: 'x', passwordHash: null })).rejects.toBeInstanceOf(
      UserExistsError,
    );
    await expect(addUser(db, { name: 'has space', displayName: 'x', passwordHash: null })).rejects.toThrow(
      /not a valid user name/u,
    );
  });

  it('decides access by membership, and gives a team lead read access to the team deals only', async () => {
    const u = await addUsers(db, ['owner1', 'editor1', 'viewer1', 'lead1', 'member1', 'otherlead1', 'stranger1']);
    const team = await addTeamWith(db, 'Retail A', [
      { user: u['owner1']! },
      { user: u['member1']! },
      { user: u['lead1']!, lead: true },
    ]);
    await addTeamWith(db, 'Retail B', [{ user: u['otherlead1']!, lead: true }]);
    await db.transaction((sql) => addDeal(sql, { id: 'deal-1', name: 'Bank', ownerId: u['owner1']!.id, teamId: team }));
    await setDealMember(db, 'deal-1', u['editor1']!.id, 'editor');
    await setDealMember(db, 'deal-1', u['viewer1']!.id, 'viewer');

    expect(await accessOf(db, 'deal-1', u['owner1']!.id)).toBe('owner');
    expect(await accessOf(db, 'deal-1', u['editor1']!.id)).toBe('editor');
    expect(await accessOf(db, 'deal-1', u['viewer1']!.id)).toBe('viewer');
    expect(await accessOf(db, 'deal-1', u['lead1']!.id)).toBe('lead');
    // Who should not pass: a plain team member, another team's lead, a stranger, an unknown deal.
    expect(await accessOf(db, 'deal-1', u['member1']!.id)).toBeUndefined();
    expect(await accessOf(db, 'deal-1', u['otherlead1']!.id)).toBeUndefined();
    expect(await accessOf(db, 'deal-1', u['stranger1']!.id)).toBeUndefined();
    expect(await accessOf(db, 'no-such-deal', u['owner1']!.id)).toBeUndefined();
    // The recheck's one query for many pairs gives each pair what accessOf gives it.
    const pairs = ['deal-1', 'no-such-deal'].flatMap((dealId) =>
      Object.values(u).map((user) => ({ dealId, userId: user.id })),
    );
    const many = await accessOfMany(db, pairs);
    for (const { dealId, userId } of pairs)
      expect(many.get(dealId)?.get(userId)).toBe(await accessOf(db, dealId, userId));
    expect([...(many.get('deal-1')?.values() ?? [])].sort()).toEqual(['editor', 'lead', 'owner', 'viewer']);
    expect(await accessOfMany(db, [])).toEqual(new Map());

    expect((await visibleDeals(db, u['lead1']!.id)).map((d) => [d.id, d.access, d.owner.name])).toEqual([
      ['deal-1', 'lead', 'owner1'],
    ]);
    expect(await visibleDeals(db, u['otherlead1']!.id)).toEqual([]);
    expect(await visibleDeals(db, u['member1']!.id)).toEqual([]);
    expect((await dealMembers(db, 'deal-1')).map((m) => `${m.name}:${m.role}`)).toEqual([
      'editor1:editor',
      'owner1:owner',
      'viewer1:viewer',
    ]);

    expect(await removeDealMember(db, 'deal-1', u['editor1']!.id)).toBe(true);
    expect(await removeDealMember(db, 'deal-1', u['editor1']!.id)).toBe(false);
    expect(await accessOf(db, 'deal-1', u['editor1']!.id)).toBeUndefined();

    await expect(
      db.transaction((sql) => addDeal(sql, { id: 'deal-1', name: 'again', ownerId: u['stranger1']!.id, teamId: null })),
    ).rejects.toBeInstanceOf(DealExistsError);
    expect(await accessOf(db, 'deal-1', u['stranger1']!.id)).toBeUndefined();
  });

  it('keeps a deal’s state as its base and the updates appended since, both removed with the deal', async () => {
    const [user] = Object.values(await addUsers(db, ['docowner']));
    await db.transaction((sql) => addDeal(sql, { id: 'doc-deal', name: 'd', ownerId: user!.id, teamId: null }));
    expect(await loadDocumentState(db, 'doc-deal')).toBeUndefined();
    const doc = new Y.Doc();
    doc.getMap('people').set('p0', 'base');
    await appendDocumentUpdate(db, 'doc-deal', Y.encodeStateAsUpdate(doc));
    await compactDocument(db, 'doc-deal');
    const before = Y.encodeStateVector(doc);
    doc.getMap('people').set('p1', 'appended');
    await appendDocumentUpdate(db, 'doc-deal', Y.encodeStateAsUpdate(doc, before));
    expect(await loadDocument(db, 'doc-deal')).toMatchObject({ updates: 1 });
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, (await loadDocumentState(db, 'doc-deal'))!);
    expect(loaded.getMap('people').toJSON()).toEqual({ p0: 'base', p1: 'appended' });
    await db.query('delete from deals where id = $1', ['doc-deal']);
    expect(await loadDocument(db, 'doc-deal')).toBeUndefined();
  });

  it('rotates refresh tokens, and a reused one revokes its whole family', async () => {
    const [user] = Object.values(await addUsers(db, ['tokenuser']));
    const first = await issueRefreshToken(db, user!.id, DAY);
    const second = await db.transaction((sql) => rotateRefreshToken(sql, first, DAY));
    expect(second).toMatchObject({ ok: true, userId: user!.id });
    if (!second.ok) return;
    // The first token again: it leaked, so the token that replaced it stops working too.
    expect(await db.transaction((sql) => rotateRefreshToken(sql, first, DAY))).toMatchObject({
      ok: false,
      reason: 'reused',
    });
    expect(await db.transaction((sql) => rotateRefreshToken(sql, second.token, DAY))).toMatchObject({
      ok: false,
      reason: 'reused',
    });
    expect(await rotateRefreshToken(db, 'not-a-token', DAY)).toEqual({ ok: false, reason: 'unknown' });

    const expired = await issueRefreshToken(db, user!.id, -1000);
    expect(await rotateRefreshToken(db, expired, DAY)).toMatchObject({ ok: false, reason: 'expired' });

    const signedIn = await issueRefreshToken(db, user!.id, DAY);
    expect(await revokeRefreshToken(db, signedIn)).toBe(user!.id);
    expect(await rotateRefreshToken(db, signedIn, DAY)).toMatchObject({ ok: false });
  });

  it('keeps one summary row per deal, replaced by each store, read only by its members and its team lead', async () => {
    const u = await addUsers(db, ['owner2', 'editor2', 'lead2', 'member2', 'stranger2']);
    const team = await addTeamWith(db, 'Retail S', [
      { user: u['owner2']! },
      { user: u['member2']! },
      { user: u['lead2']!, lead: true },
    ]);
    await db.transaction(async (sql) => {
      await addDeal(sql, { id: 'deal-s1', name: 's1', ownerId: u['owner2']!.id, teamId: team });
      await addDeal(sql, { id: 'deal-s2', name: 's2', ownerId: u['owner2']!.id, teamId: null });
    });
    await setDealMember(db, 'deal-s1', u['editor2']!.id, 'editor');
    const parsed = parseDocument(greenDeal('deal-s1'));
    if (!parsed.ok) throw new Error('the test deal does not parse');
    const row = summarizeDeal(parsed.document, { asOf: '2026-11-26' });
    // The search key joins its parts with the unit separator, which both engines store as it is.
    expect(row.searchKey).toContain(SEARCH_KEY_SEPARATOR);
    const write = (r: PipelineRow, asOf: string, docVersion = 1) =>
      storeSummary(db, { row: r, calibration: null, asOf, docVersion });
    await write(row, '2026-11-26');
    await write({ ...row, dealId: 'deal-s2', name: 'Other', decisionDate: null }, '2026-11-26');
    const renamed = { ...row, name: 'Renamed', value: 5 };
    await write(renamed, '2026-11-27');

    const ownRows = await readableSummaries(db, u['owner2']!.id);
    expect(ownRows.map((summary) => summary.row.dealId)).toEqual(['deal-s1', 'deal-s2']);
    // The row's team is the deal's, read as the row is written, whatever the summary was told.
    expect(renamed.team).toBeNull();
    expect(ownRows[0]).toMatchObject({ row: { ...renamed, team: 'Retail S' }, asOf: '2026-11-27' });
    expect(ownRows[1]?.row.team).toBeNull();
    const ids = async (name: string) => (await readableSummaries(db, u[name]!.id)).map((summary) => summary.row.dealId);
    expect(await ids('editor2')).toEqual(['deal-s1']);
    expect(await ids('lead2')).toEqual(['deal-s1']);
    expect(await ids('member2')).toEqual([]);
    expect(await ids('stranger2')).toEqual([]);
    const columns = await db.query<{ status: string; closed: boolean; value: number; decision: string }>(
      `select status, closed, value, to_char(decision_date, 'YYYY-MM-DD') as decision from deal_summaries where deal_id = 'deal-s1'`,
    );
    expect(columns).toEqual([{ status: row.status, closed: false, value: 5, decision: row.decisionDate }]);
  });

  it('never lets an older summary overwrite a newer one, however the writes interleave', async () => {
    const u = await addUsers(db, ['owner3']);
    await db.transaction((sql) => addDeal(sql, { id: 'deal-v', name: 'v', ownerId: u['owner3']!.id, teamId: null }));
    const parsed = parseDocument(greenDeal('deal-v'));
    if (!parsed.ok) throw new Error('the test deal does not parse');
    const base = summarizeDeal(parsed.document, { asOf: '2026-11-26' });
    const named = (name: string) => ({ ...base, name });
    const write = (name: string, docVersion: number, asOf = '2026-11-26') =>
      storeSummary(db, { row: named(name), calibration: null, asOf, docVersion });
    const stored = async () =>
      (
        await db.query<{ name: string; version: string; as_of: string }>(
          `select row->>'name' as name, doc_version::text as version, to_char(as_of, 'YYYY-MM-DD') as as_of
             from deal_summaries where deal_id = 'deal-v'`,
        )
      )[0];

    expect(await write('v10', 10)).toBe(true);
    expect(await write('v9, late', 9)).toBe(false);
    expect(await stored()).toEqual({ name: 'v10', version: '10', as_of: '2026-11-26' });
    // The same state summarized on a later day (the daily sweep) replaces it; on an earlier day it does not.
    expect(await write('v10, next day', 10, '2026-11-27')).toBe(true);
    expect(await write('v10, day before', 10, '2026-11-26')).toBe(false);
    // A newer state wins even if it was summarized on an earlier day (a process whose clock is behind).
    expect(await write('v11', 11, '2026-11-26')).toBe(true);
    expect(await stored()).toEqual({ name: 'v11', version: '11', as_of: '2026-11-26' });

    // Two processes writing at once, in either order, over several connections: the newer always stays.
    for (let round = 0; round < 12; round++) {
      const newer = 100 + round * 2;
      const order = [() => write(`new ${round}`, newer), () => write(`old ${round}`, newer - 1)];
      if (round % 2 === 1) order.reverse();
      await Promise.all(order.map((start) => start()));
      expect(await stored()).toMatchObject({ name: `new ${round}`, version: String(newer) });
    }
  });

  it('keeps one token secret for every process, made once', async () => {
    const secret = await storedJwtSecret(db);
    expect(secret.length).toBeGreaterThanOrEqual(43);
    expect(await storedJwtSecret(db)).toBe(secret);
  });

  it('writes the audit log, and rolls a failed transaction back whole', async () => {
    await audit(db, { actorId: null, action: 'team-added', target: 'Retail', detail: { by: 'test' } });
    expect((await readAudit(db, 1))[0]).toMatchObject({
      action: 'team-added',
      target: 'Retail',
      detail: { by: 'test' },
    });
    await expect(
      db.transaction(async (sql) => {
        await audit(sql, { actorId: null, action: 'team-added', target: 'rolled back' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await readAudit(db, 5)).map((row) => row.target)).not.toContain('rolled back');
  });
});

describe('the embedded database folder', () => {
  it('is refused to a second process while the first holds it, and freed after', async () => {
    const { folder, remove } = await freshPgliteFolder();
    try {
      const release = lockDataDir(folder);
      // Our own pid counts as free (a stale lock of this process); a live other pid does not.
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${folder}.lock`, String(process.ppid));
      expect(() => lockDataDir(folder)).toThrow(/in use by process \d+; stop that server first/u);
      release();
      lockDataDir(folder)();
    } finally {
      remove();
    }
  });
});
