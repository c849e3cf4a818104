/**
 * Documents handed over on the command line or by the OS: which arguments are documents,
 * and the per-window queue that openDocument takes them from.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentsFromArgv, isDocumentPath, PendingFiles } from '../../electron/launchFiles';

const cwd = path.resolve('/home/li/deals');

describe('documentsFromArgv', () => {
  it('takes .powermap and .json paths after the executable of a packaged app, made absolute', () => {
    const argv = ['/opt/Powermap/powermap', 'bank.powermap', '/tmp/other.POWERMAP', 'export.json', 'notes.txt'];
    expect(documentsFromArgv(argv, { isPackaged: true, cwd })).toEqual([
      path.join(cwd, 'bank.powermap'),
      path.resolve('/tmp/other.POWERMAP'),
      path.join(cwd, 'export.json'),
    ]);
  });

  it('skips the app path when not packaged (electron . / electron main.cjs)', () => {
    expect(documentsFromArgv(['electron', '.', 'a.powermap'], { isPackaged: false, cwd })).toEqual([
      path.join(cwd, 'a.powermap'),
    ]);
    expect(documentsFromArgv(['electron', 'dist/electron/main.cjs'], { isPackaged: false, cwd })).toEqual([]);
  });

  it('skips switches, including those Chromium adds to a forwarded command line', () => {
    const argv = ['powermap', '--allow-file-access-from-files', '--original-process-start-time=1', '-x', 'a.powermap'];
    expect(documentsFromArgv(argv, { isPackaged: true, cwd })).toEqual([path.join(cwd, 'a.powermap')]);
  });

  it('turns file:// URLs into paths and ignores other URLs', () => {
    const file = path.resolve('/tmp/deal with space.powermap');
    const argv = ['powermap', pathToFileURL(file).href, 'https://evil.example/x.powermap', 'app://powermap/x.json'];
    expect(documentsFromArgv(argv, { isPackaged: true, cwd })).toEqual([file]);
  });

  it('lists each document once', () => {
    expect(documentsFromArgv(['powermap', 'a.powermap', './a.powermap'], { isPackaged: true, cwd })).toEqual([
      path.join(cwd, 'a.powermap'),
    ]);
  });

  it('knows a document by its extension', () => {
    expect(isDocumentPath('x.powermap')).toBe(true);
    expect(isDocumentPath('seed.powermap.json')).toBe(true);
    expect(isDocumentPath('x.exe')).toBe(false);
    expect(isDocumentPath('powermap')).toBe(false);
  });
});

describe('PendingFiles', () => {
  it('hands files to the window they were meant for, first in first out', () => {
    const pending = new PendingFiles();
    pending.add(1, '/a.powermap');
    pending.add(1, '/b.powermap');
    pending.add(2, '/c.powermap');
    expect(pending.count(1)).toBe(2);
    expect(pending.take(1)).toBe('/a.powermap');
    expect(pending.take(1)).toBe('/b.powermap');
    expect(pending.take(1)).toBeUndefined();
    expect(pending.take(3)).toBeUndefined();
    pending.forget(2);
    expect(pending.take(2)).toBeUndefined();
  });
});
