/**
 * Files on disk, in real temporary directories: reading with the size checked before the
 * file is opened, and atomic writing, including failures in the middle that must leave the
 * original file untouched and no temporary file behind.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  NODE_FILE_SYSTEM,
  PathGrants,
  readDocumentFile,
  UserFacingError,
  writeFailure,
  writeFileAtomic,
  type FileSystem,
} from '../../electron/files';
import { MAX_DOCUMENT_BYTES } from '../../shared/document/json';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'powermap-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The real file system, watching `open` and failing where a test says. */
function instrumented(overrides: Partial<FileSystem> = {}) {
  const opened: string[] = [];
  const fs: FileSystem = {
    ...NODE_FILE_SYSTEM,
    open: (p, flags, mode) => {
      opened.push(p);
      return NODE_FILE_SYSTEM.open(p, flags, mode);
    },
    ...overrides,
  };
  return { fs, opened };
}

const temporaryFiles = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('readDocumentFile', () => {
  it('reads a UTF-8 file, Chinese included, without a byte-order mark', async () => {
    const file = path.join(dir, 'deal.powermap');
    writeFileSync(file, '\uFEFF{"name":"李建"}', 'utf8');
    expect(await readDocumentFile(file, 'en')).toBe('{"name":"李建"}');
  });

  it('refuses a file over 16 MiB from its size, before opening it', async () => {
    const file = path.join(dir, 'big.powermap');
    writeFileSync(file, Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x20));
    const { fs, opened } = instrumented();
    const error = await readDocumentFile(file, 'en', fs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toBe('The file “big.powermap” is 16 MB; Powermap opens files up to 16 MB.');
    expect(opened).toEqual([]);
  });

  it('accepts a file of exactly 16 MiB', async () => {
    const file = path.join(dir, 'limit.powermap');
    writeFileSync(file, Buffer.alloc(MAX_DOCUMENT_BYTES, 0x20));
    expect((await readDocumentFile(file, 'en')).length).toBe(MAX_DOCUMENT_BYTES);
  });

  it('stops reading one byte past the limit when the file grows after stat', async () => {
    const file = path.join(dir, 'growing.powermap');
    writeFileSync(file, Buffer.alloc(MAX_DOCUMENT_BYTES + 5, 0x20));
    const { fs } = instrumented({
      stat: async (p) => ({
        ...(await NODE_FILE_SYSTEM.stat(p)),
        size: 10,
        isFile: () => true,
        isDirectory: () => false,
      }),
    });
    await expect(readDocumentFile(file, 'en', fs)).rejects.toThrow(/up to 16 MB/);
  });

  it('words the refusal in Chinese', async () => {
    const file = path.join(dir, 'big.powermap');
    writeFileSync(file, Buffer.alloc(20 * 1024 * 1024, 0x20));
    await expect(readDocumentFile(file, 'zh-CN')).rejects.toThrow(
      '文件“big.powermap”大小为 20 MB; Powermap 只能打开不超过 16 MB 的文件。',
    );
  });

  it('refuses bytes that are not UTF-8', async () => {
    const file = path.join(dir, 'latin1.powermap');
    writeFileSync(file, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    await expect(readDocumentFile(file, 'en')).rejects.toThrow('The file “latin1.powermap” is not UTF-8 text');
  });

  it('words a missing file and a folder', async () => {
    await expect(readDocumentFile(path.join(dir, 'gone.powermap'), 'en')).rejects.toThrow(
      'The file “gone.powermap” was not found.',
    );
    mkdirSync(path.join(dir, 'folder.powermap'));
    await expect(readDocumentFile(path.join(dir, 'folder.powermap'), 'en')).rejects.toThrow('is a folder');
  });
});

describe('writeFileAtomic', () => {
  it('creates a new file', async () => {
    const file = path.join(dir, 'new.powermap');
    await writeFileAtomic(file, '{"a":"李建"}');
    expect(readFileSync(file, 'utf8')).toBe('{"a":"李建"}');
    expect(temporaryFiles()).toEqual([]);
  });

  it('replaces an existing file, keeping its permissions', async () => {
    const file = path.join(dir, 'deal.powermap');
    writeFileSync(file, 'old');
    if (process.platform !== 'win32') chmodSync(file, 0o640);
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(temporaryFiles()).toEqual([]);
  });

  it('writes through a symbolic link, keeping the link', async () => {
    if (process.platform === 'win32') return;
    const real = path.join(dir, 'real.powermap');
    const link = path.join(dir, 'link.powermap');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    await writeFileAtomic(link, 'new');
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(readFileSync(link, 'utf8')).toBe('new');
  });

  it('writes the temporary file in the target directory, flushes it, then renames it over the target', async () => {
    const file = path.join(dir, 'deal.powermap');
    writeFileSync(file, 'old');
    const steps: string[] = [];
    const fs: FileSystem = {
      ...NODE_FILE_SYSTEM,
      open: async (p, flags, mode) => {
        const handle = await NODE_FILE_SYSTEM.open(p, flags, mode);
        const label = p === dir ? 'dir' : 'temp';
        if (label === 'temp') expect(path.dirname(p)).toBe(dir);
        steps.push(`open ${label} ${flags}`);
        return {
          read: (...args) => handle.read(...args),
          writeFile: async (data) => {
            steps.push(`write ${label}`);
            await handle.writeFile(data);
          },
          sync: async () => {
            steps.push(`sync ${label}`);
            await handle.sync();
          },
          close: async () => {
            steps.push(`close ${label}`);
            await handle.close();
          },
        };
      },
      rename: async (from, to) => {
        steps.push(`rename ${path.dirname(from) === dir ? 'temp' : from} -> ${path.basename(to)}`);
        await NODE_FILE_SYSTEM.rename(from, to);
      },
    };
    await writeFileAtomic(file, 'new', { fs, platform: 'linux' });
    expect(steps).toEqual([
      'open temp wx',
      'write temp',
      'sync temp',
      'close temp',
      'rename temp -> deal.powermap',
      'open dir r',
      'sync dir',
      'close dir',
    ]);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it.each([
    ['writing', 'writeFile'],
    ['flushing', 'sync'],
    ['closing', 'close'],
  ] as const)('leaves the original intact and no temporary file when %s fails', async (_step, method) => {
    const file = path.join(dir, 'deal.powermap');
    writeFileSync(file, 'original');
    const fs: FileSystem = {
      ...NODE_FILE_SYSTEM,
      open: async (p, flags, mode) => {
        const handle = await NODE_FILE_SYSTEM.open(p, flags, mode);
        if (p === dir) return handle;
        const enospc = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return {
          read: (...args: Parameters<typeof handle.read>) => handle.read(...args),
          writeFile: async (data: string | Uint8Array) => {
            if (method !== 'writeFile') return handle.writeFile(data);
            // Part of the bytes reach the disk before the failure, as with a full disk.
            await handle.writeFile('orig');
            throw enospc();
          },
          sync: async () => {
            if (method !== 'sync') return handle.sync();
            throw enospc();
          },
          close: async () => {
            await handle.close();
            if (method === 'close') throw enospc();
          },
        };
      },
    };
    await expect(writeFileAtomic(file, 'replacement', { fs })).rejects.toThrow('ENOSPC');
    expect(readFileSync(file, 'utf8')).toBe('original');
    expect(temporaryFiles()).toEqual([]);
  });

  it('leaves the original intact and no temporary file when the rename fails', async () => {
    const file = path.join(dir, 'deal.powermap');
    writeFileSync(file, 'original');
    const fs: FileSystem = {
      ...NODE_FILE_SYSTEM,
      rename: () => Promise.reject(Object.assign(new Error('EXDEV'), { code: 'EXDEV' })),
    };
    await expect(writeFileAtomic(file, 'replacement', { fs })).rejects.toThrow('EXDEV');
    expect(readFileSync(file, 'utf8')).toBe('original');
    expect(temporaryFiles()).toEqual([]);
  });

  it('retries a rename that Windows refuses while a scanner holds the file', async () => {
    const file = path.join(dir, 'deal.powermap');
    writeFileSync(file, 'original');
    let failures = 2;
    const fs: FileSystem = {
      ...NODE_FILE_SYSTEM,
      rename: (from, to) =>
        failures-- > 0
          ? Promise.reject(Object.assign(new Error('EPERM'), { code: 'EPERM' }))
          : NODE_FILE_SYSTEM.rename(from, to),
    };
    await writeFileAtomic(file, 'replacement', { fs, platform: 'win32' });
    expect(readFileSync(file, 'utf8')).toBe('replacement');
  });

  it('still succeeds where a directory cannot be flushed', async () => {
    const file = path.join(dir, 'deal.powermap');
    const fs: FileSystem = {
      ...NODE_FILE_SYSTEM,
      open: (p, flags, mode) =>
        p === dir
          ? Promise.reject(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }))
          : NODE_FILE_SYSTEM.open(p, flags, mode),
    };
    await writeFileAtomic(file, 'x', { fs });
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('refuses to replace a directory and to write into a missing one', async () => {
    mkdirSync(path.join(dir, 'taken.powermap'));
    await expect(writeFileAtomic(path.join(dir, 'taken.powermap'), 'x')).rejects.toThrow();
    await expect(writeFileAtomic(path.join(dir, 'missing', 'deal.powermap'), 'x')).rejects.toThrow();
    expect(existsSync(path.join(dir, 'missing'))).toBe(false);
    expect(temporaryFiles()).toEqual([]);
  });

  it('words a failure for the user, saying the file on disk is unchanged', () => {
    const error = writeFailure('/x/deal.powermap', Object.assign(new Error('no'), { code: 'EACCES' }), 'en');
    expect(error.message).toBe('The file “deal.powermap” could not be saved (EACCES). The file on disk is unchanged.');
  });
});

describe('PathGrants', () => {
  it('knows only the paths it granted, normalised', () => {
    const grants = new PathGrants();
    const granted = grants.grant(path.join(dir, 'a', '..', 'deal.powermap'));
    expect(granted).toBe(path.join(dir, 'deal.powermap'));
    expect(grants.has(path.join(dir, 'deal.powermap'))).toBe(true);
    expect(grants.has(path.join(dir, 'b', '..', 'deal.powermap'))).toBe(true);
    expect(grants.has(path.join(dir, 'other.powermap'))).toBe(false);
    expect(grants.has('deal.powermap')).toBe(false);
  });
});
