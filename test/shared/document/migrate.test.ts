/**
 * The migration runner, with a test-only list of two steps (format 1 → 2 → 3), and the
 * consistency of the real list.
 */
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, formatProblem, migrate, parseDocument, type Problem } from '../../../shared/document';
import { MIGRATIONS, type JsonObject, type Migration } from '../../../shared/document/migrations';
import { LANGS } from '../../../shared/i18n';
import { expectDocument, rawDocument } from '../../support/builders';

/** From 1: the deal's `company` becomes `account`. */
const renameCompany: Migration = {
  from: 1,
  name: '001-rename-company-to-account',
  up: (document) => {
    const { company, ...deal } = document['deal'] as JsonObject;
    return { ...document, deal: { ...deal, account: company ?? '' } };
  },
};

/** From 2: every document gets a `tags` list. */
const addTags: Migration = {
  from: 2,
  name: '002-add-tags',
  up: (document) => ({ ...document, tags: [] }),
};

const TEST_MIGRATIONS = [renameCompany, addTags];
const TEST_CURRENT = 3;

const v1 = (): JsonObject => ({
  format: 'powermap',
  version: 1,
  deal: { id: 'd-1', name: 'Upgrade', company: 'First City Bank', crmId: 'CRM-1' },
  'x-unknown': { kept: [1, 2] },
});

const v2 = (): JsonObject => ({
  format: 'powermap',
  version: 2,
  deal: { id: 'd-1', name: 'Upgrade', account: 'First City Bank', crmId: 'CRM-1' },
  'x-unknown': { kept: [1, 2] },
});

function expectOneProblem(result: ReturnType<typeof migrate>): Problem {
  if (result.ok) throw new Error('expected the migration to fail');
  expect(result).not.toHaveProperty('document');
  expect(result.problems).toHaveLength(1);
  return result.problems[0]!;
}

describe('migrate', () => {
  it('brings a version 1 document to version 3 through both steps', () => {
    const result = migrate(v1(), TEST_MIGRATIONS, TEST_CURRENT);
    expect(result).toEqual({
      ok: true,
      from: 1,
      applied: ['001-rename-company-to-account', '002-add-tags'],
      document: {
        format: 'powermap',
        version: 3,
        deal: { id: 'd-1', name: 'Upgrade', account: 'First City Bank', crmId: 'CRM-1' },
        'x-unknown': { kept: [1, 2] },
        tags: [],
      },
    });
  });

  it('brings a version 2 document to version 3 through the second step only', () => {
    const result = migrate(v2(), TEST_MIGRATIONS, TEST_CURRENT);
    expect(result.ok && result.applied).toEqual(['002-add-tags']);
    expect(result.ok && result.from).toBe(2);
    expect(result.ok && result.document).toEqual({ ...v2(), version: 3, tags: [] });
  });

  it('gives documents from versions 1 and 2 the same data', () => {
    const a = migrate(v1(), TEST_MIGRATIONS, TEST_CURRENT);
    const b = migrate(v2(), TEST_MIGRATIONS, TEST_CURRENT);
    expect(a.ok && b.ok && a.document).toEqual(b.ok && b.document);
  });

  it('leaves a current document alone', () => {
    const current = { ...v2(), version: 3, tags: ['x'] };
    expect(migrate(current, TEST_MIGRATIONS, TEST_CURRENT)).toEqual({
      ok: true,
      from: 3,
      applied: [],
      document: current,
    });
  });

  it('finds steps by their number, whatever the order of the list', () => {
    const a = migrate(v1(), [addTags, renameCompany], TEST_CURRENT);
    expect(a).toEqual(migrate(v1(), TEST_MIGRATIONS, TEST_CURRENT));
  });

  it('sets the version after each step even when a step forgets to', () => {
    const seen: unknown[] = [];
    const spy = (from: number): Migration => ({
      from,
      name: `spy-${from}`,
      up: (document) => {
        seen.push(document['version']);
        const { version: _version, ...rest } = document;
        return rest;
      },
    });
    const result = migrate({ version: 1 }, [spy(1), spy(2)], 3);
    expect(seen).toEqual([1, 2]);
    expect(result.ok && result.document['version']).toBe(3);
  });

  it('refuses a version newer than the reader, naming both', () => {
    const p = expectOneProblem(migrate({ ...v1(), version: 4 }, TEST_MIGRATIONS, TEST_CURRENT));
    expect(p).toEqual({ path: ['version'], code: 'future_version', params: { version: 4, current: 3 } });
    for (const lang of LANGS) expect(formatProblem(p, lang)).toMatch(/\b4\b[^]*\b3\b/);
  });

  it('refuses a version older than the oldest step', () => {
    const p = expectOneProblem(migrate(v1(), [addTags], TEST_CURRENT));
    expect(p).toEqual({ path: ['version'], code: 'old_version', params: { version: 1, oldest: 2 } });
    expect(formatProblem(p, 'en')).toContain('version 1');
    expect(formatProblem(p, 'en')).toContain('2');
  });

  it('refuses an old version when there are no steps at all', () => {
    const p = expectOneProblem(migrate(v1(), [], TEST_CURRENT));
    expect(p.code).toBe('old_version');
    expect(p.params).toEqual({ version: 1, oldest: 3 });
  });

  it('reports a throwing step as migration_failed, with its name and versions', () => {
    const broken: Migration = {
      from: 2,
      name: '002-broken',
      up: () => {
        throw new Error('the deal has no id');
      },
    };
    const p = expectOneProblem(migrate(v1(), [renameCompany, broken], TEST_CURRENT));
    expect(p).toEqual({
      path: [],
      code: 'migration_failed',
      params: { name: '002-broken', from: 2, to: 3, detail: 'the deal has no id' },
    });
    for (const lang of LANGS) {
      const message = formatProblem(p, lang);
      expect(message).toContain('002-broken');
      expect(message).toContain('the deal has no id');
    }
  });

  it('reports a step that throws something other than an Error', () => {
    const up = (): JsonObject => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a careless step might do
      throw 'plain text';
    };
    const p = expectOneProblem(migrate(v1(), [{ from: 1, name: 'careless', up }], 2));
    expect(p.code).toBe('migration_failed');
    expect(p.params['detail']).toBe('plain text');
  });

  it.each([
    { version: undefined, code: 'missing_version' },
    { version: '2', code: 'bad_version' },
    { version: 0, code: 'bad_version' },
    { version: 2.5, code: 'bad_version' },
  ])('refuses the version $version with $code', ({ version, code }) => {
    const raw = v1();
    if (version === undefined) delete raw['version'];
    else raw['version'] = version;
    const p = expectOneProblem(migrate(raw, TEST_MIGRATIONS, TEST_CURRENT));
    expect(p.code).toBe(code);
    expect(p.path).toEqual(['version']);
  });
});

describe('the real migrations', () => {
  it('form one contiguous, numbered chain ending at CURRENT_VERSION - 1', () => {
    const froms = MIGRATIONS.map((m) => m.from);
    if (CURRENT_VERSION === 1) {
      expect(MIGRATIONS).toEqual([]);
      return;
    }
    expect(new Set(froms).size).toBe(froms.length);
    const sorted = [...froms].sort((a, b) => a - b);
    expect(sorted.at(-1)).toBe(CURRENT_VERSION - 1);
    sorted.forEach((from, index) => expect(from).toBe(sorted[0]! + index));
    expect(sorted[0]).toBeGreaterThanOrEqual(1);
  });

  it('have unique, non-empty names', () => {
    const names = MIGRATIONS.map((m) => m.name);
    expect(names.every((n) => n.trim() !== '')).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it('leave a current document as it is when the reader parses it', () => {
    const result = parseDocument(rawDocument());
    expectDocument(result);
    expect(result.ok && result.migratedFrom).toBe(CURRENT_VERSION);
  });
});
