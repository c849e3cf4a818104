/**
 * The file reader on its own: the size is refused from stat alone, without opening the
 * file; other files are read and parsed. node:fs/promises is wrapped to watch `open`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const opened = vi.hoisted(() => ({ paths: [] as string[] }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    open: (path: string, ...rest: unknown[]) => {
      opened.paths.push(path);
      return (actual.open as (...args: unknown[]) => unknown)(path, ...rest);
    },
  };
});

const { readDocumentFile } = await import('../../cli/readDocumentFile');
const { tempDir, smallDocument } = await import('./helpers');

const temp = tempDir();
afterAll(() => temp.cleanup());
beforeEach(() => {
  opened.paths.length = 0;
});

describe('readDocumentFile', () => {
  it('refuses a file over MAX_DOCUMENT_BYTES from its size, before opening it', async () => {
    const path = join(temp.dir, 'big.powermap');
    writeFileSync(path, Buffer.alloc(20 * 1024 * 1024, 0x20));
    const outcome = await readDocumentFile('big.powermap', temp.dir);
    expect(outcome).toEqual({
      ok: false,
      problems: [{ path: [], code: 'too_large', params: { size: 20, limit: 16 } }],
    });
    expect(opened.paths).toEqual([]);
  });

  it('reads and parses a valid file relative to the working directory', async () => {
    temp.write('ok.powermap', smallDocument());
    const outcome = await readDocumentFile('ok.powermap', temp.dir);
    expect(outcome.ok).toBe(true);
    expect(opened.paths).toEqual([join(temp.dir, 'ok.powermap')]);
    if (outcome.ok) {
      expect(outcome.document.stakeholders.map((person) => person.id)).toEqual(['s-1', 's-2']);
      expect(outcome.migratedFrom).toBe(1);
    }
  });

  it('does not open a directory', async () => {
    expect(await readDocumentFile('.', temp.dir)).toEqual({
      ok: false,
      file: { key: 'cli.read.isDirectory', params: {} },
    });
    expect(opened.paths).toEqual([]);
  });

  it('says a missing file is missing, also when a folder on the way is a file', async () => {
    temp.write('plain.txt', 'x');
    const notFound = { ok: false, file: { key: 'cli.read.notFound', params: {} } };
    expect(await readDocumentFile('nope.powermap', temp.dir)).toEqual(notFound);
    expect(await readDocumentFile('plain.txt/inner.powermap', temp.dir)).toEqual(notFound);
  });

  it('locates the first invalid UTF-8 byte', async () => {
    temp.write('latin1.powermap', Buffer.from('{\n"name": "Caf\xe9"}', 'latin1'));
    expect(await readDocumentFile('latin1.powermap', temp.dir)).toEqual({
      ok: false,
      file: { key: 'cli.read.invalidUtf8', params: { offset: 14, line: 2, byte: 'E9' } },
    });
  });
});
