/**
 * Documents of an older format version compare after migration. Format 1 is the only
 * version so far, so this file pretends the current one is 2, with a test-only migration
 * (the deal's `company` became `account`) injected in place of the real, empty list.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli, tempDir } from './helpers';

vi.mock('../../shared/document/schema', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/document/schema')>();
  const { z } = await import('zod');
  return { ...actual, CURRENT_VERSION: 2, DocumentSchema: actual.DocumentSchema.extend({ version: z.literal(2) }) };
});

vi.mock('../../shared/document/migrations', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/document/migrations')>();
  type Json = Record<string, unknown>;
  const renameCompany = (map: Json): Json => {
    const { company, ...deal } = map['deal'] as Json;
    return { ...map, deal: { ...deal, account: company ?? '' } };
  };
  return {
    ...actual,
    MIGRATIONS: [
      {
        from: 1,
        name: '001-test-rename-company-to-account',
        up: (document: Json) => ({
          ...renameCompany(document),
          history: ((document['history'] as Json[] | undefined) ?? []).map(renameCompany),
        }),
      },
    ],
  };
});

const temp = tempDir();
afterAll(() => temp.cleanup());

const people = [
  { id: 's-1', name: 'Wang Wei', level: 'decision', roles: ['decision-maker'], attitude: 'neutral' },
  { id: 's-2', name: 'Li Jian', roles: ['technical'], attitude: 'supporter', closeness: 'frequent' },
];

/** Version 1 on disk: the deal names its `company`; one snapshot from before Li Jian was met. */
const V1 = temp.write('old-format.powermap', {
  format: 'powermap',
  version: 1,
  deal: { id: 'd-1', name: 'Core banking', company: 'First City Bank' },
  stakeholders: people,
  history: [
    {
      id: 'h-1',
      takenAt: '2026-10-01T09:00:00Z',
      label: 'first visit',
      deal: { id: 'd-1', name: 'Core banking', company: 'First City Bank' },
      stakeholders: [people[0]],
    },
  ],
});

/** Version 2: the same deal, `account` instead, and Wang Wei won over. */
const V2 = temp.write('new-format.powermap', {
  format: 'powermap',
  version: 2,
  deal: { id: 'd-1', name: 'Core banking', account: 'First City Bank' },
  stakeholders: [{ ...people[0], attitude: 'supporter' }, people[1]],
});

describe('comparing documents of an older format version', () => {
  it('migrates the older file first, so a renamed field is no change', async () => {
    const result = await runCli(['diff', V1, V2, '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const diff = JSON.parse(result.stdout) as { deal: unknown[]; stakeholders: { changed: { id: string }[] } };
    expect(diff.deal).toEqual([]);
    expect(diff.stakeholders.changed.map((c) => c.id)).toEqual(['s-1']);
  });

  it('migrates the snapshots in the history too', async () => {
    const result = await runCli(['diff', V1, '--from', 'first visit', '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const diff = JSON.parse(result.stdout) as { deal: unknown[]; stakeholders: { added: { id: string }[] } };
    expect(diff.deal).toEqual([]);
    expect(diff.stakeholders.added.map((p) => p.id)).toEqual(['s-2']);
  });

  it('reads the older file as the current version', async () => {
    const result = await runCli(['validate', V1]);
    expect(result.stdout).toContain('format version 1, read as version 2');
  });
});
