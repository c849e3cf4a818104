/** The recent files: added first, once, ten at most; missing files dropped; a corrupt store is an empty list. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_RECENT, parseRecent, RecentFiles, serializeRecent, withRecent } from '../../electron/recentFiles';

let dir: string;
let store: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'powermap-recent-'));
  store = path.join(dir, 'recent-files.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string) => {
  const target = path.join(dir, name);
  writeFileSync(target, '{}');
  return target;
};

describe('withRecent', () => {
  it('puts the path first, once, and keeps ten', () => {
    let list: string[] = [];
    for (let i = 0; i < 12; i++) list = withRecent(list, `/maps/${i}.powermap`);
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe('/maps/11.powermap');
    expect(list.at(-1)).toBe('/maps/2.powermap');
    list = withRecent(list, '/maps/5.powermap');
    expect(list[0]).toBe('/maps/5.powermap');
    expect(list.filter((entry) => entry === '/maps/5.powermap')).toHaveLength(1);
    expect(list).toHaveLength(MAX_RECENT);
  });

  it('stores absolute paths', () => {
    expect(withRecent([], 'a/../b.powermap')[0]).toBe(path.resolve('b.powermap'));
  });
});

describe('parseRecent', () => {
  it.each([
    ['not JSON', '{"version":1,'],
    ['empty', ''],
    ['another shape', '{"files":["/a.powermap"]}'],
    ['a future version', '{"version":2,"paths":["/a.powermap"]}'],
    ['paths that are not strings', '{"version":1,"paths":[1,2]}'],
    ['null', 'null'],
  ])('reads %s as an empty list', (_name, text) => {
    expect(parseRecent(text)).toEqual([]);
  });

  it('keeps absolute paths once, ten at most', () => {
    const paths = ['/a.powermap', 'relative.powermap', '/a.powermap', ...Array.from({ length: 12 }, (_, i) => `/${i}`)];
    const read = parseRecent(serializeRecent(paths));
    expect(read[0]).toBe('/a.powermap');
    expect(read).not.toContain('relative.powermap');
    expect(read).toHaveLength(MAX_RECENT);
  });
});

describe('RecentFiles', () => {
  it('adds, dedupes and writes the list; a new instance reads it back', async () => {
    const a = file('a.powermap');
    const b = file('b.powermap');
    const onChange = vi.fn();
    const recent = new RecentFiles(store, { onChange });
    await recent.load();
    await recent.add(a);
    await recent.add(b);
    await recent.add(a);
    expect(recent.list()).toEqual([a, b]);
    expect(JSON.parse(readFileSync(store, 'utf8'))).toEqual({ version: 1, paths: [a, b] });
    expect(onChange).toHaveBeenLastCalledWith([a, b]);
    expect(await new RecentFiles(store).load()).toEqual([a, b]);
  });

  it('caps the list at ten', async () => {
    const recent = new RecentFiles(store);
    for (let i = 0; i < 12; i++) await recent.add(file(`${i}.powermap`));
    expect(recent.list()).toHaveLength(10);
    expect(await new RecentFiles(store).load()).toHaveLength(10);
  });

  it('drops files that are gone when loading, and when one is chosen', async () => {
    const a = file('a.powermap');
    const b = file('b.powermap');
    writeFileSync(store, serializeRecent([a, path.join(dir, 'gone.powermap'), b]));
    const recent = new RecentFiles(store);
    expect(await recent.load()).toEqual([a, b]);
    expect(parseRecent(readFileSync(store, 'utf8'))).toEqual([a, b]);
    rmSync(b);
    expect(await recent.stillThere(b)).toBe(false);
    expect(await recent.stillThere(a)).toBe(true);
    expect(recent.list()).toEqual([a]);
  });

  it('starts empty from a corrupt or missing store, and writes a good one on the next change', async () => {
    writeFileSync(store, '\u0000garbage{');
    const recent = new RecentFiles(store);
    expect(await recent.load()).toEqual([]);
    const a = file('a.powermap');
    await recent.add(a);
    expect(parseRecent(readFileSync(store, 'utf8'))).toEqual([a]);
    expect(await new RecentFiles(path.join(dir, 'none.json')).load()).toEqual([]);
  });

  it('clears the list', async () => {
    const recent = new RecentFiles(store);
    await recent.add(file('a.powermap'));
    await recent.clear();
    expect(recent.list()).toEqual([]);
    expect(parseRecent(readFileSync(store, 'utf8'))).toEqual([]);
  });

  it('keeps working in memory when the store cannot be written', async () => {
    const recent = new RecentFiles(store, { writeFile: () => Promise.reject(new Error('read-only')) });
    await recent.add(file('a.powermap'));
    expect(recent.list()).toHaveLength(1);
  });
});
