/**
 * The documents a command names: files as given, and folders read for their documents
 * (`.powermap` and `.powermap.json`, not subfolders), in name order so that every run
 * lists them alike. Never throws: an unreadable path is passed on as a file, and reading
 * it reports why.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const DOCUMENT_NAME = /\.powermap(?:\.json)?$/i;

export interface ExpandedPaths {
  /** Files to read, as paths relative to the working directory when given so. */
  readonly files: readonly string[];
  /** Folders that held no document. */
  readonly emptyFolders: readonly string[];
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function expandPaths(paths: readonly string[], cwd: string): Promise<ExpandedPaths> {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  for (const path of paths) {
    if (!(await isDirectory(resolve(cwd, path)))) {
      files.push(path);
      continue;
    }
    const entries = await readdir(resolve(cwd, path), { withFileTypes: true });
    const names = entries
      .filter((entry) => !entry.isDirectory() && DOCUMENT_NAME.test(entry.name))
      .map((entry) => entry.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (names.length === 0) emptyFolders.push(path);
    for (const name of names) files.push(join(path, name));
  }
  return { files, emptyFolders };
}
