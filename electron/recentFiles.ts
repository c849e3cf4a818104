/**
 * The recent files of the desktop app: the last ten .powermap files opened or saved, most
 * recent first, kept in a small JSON file in the user data folder. The file is written
 * atomically and checked with zod when read; a missing, unreadable or corrupt file is an
 * empty list (it is a convenience, never a reason to fail). Files that no longer exist are
 * dropped when the list is read and when one is chosen.
 */
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import { writeFileAtomic } from './files';

export const MAX_RECENT = 10;
/** Read no more than this: ten paths fit in far less. */
const MAX_FILE_BYTES = 256 * 1024;

const RecentFileSchema = z.object({
  version: z.literal(1),
  paths: z.array(z.string().min(1).max(4096)).max(100),
});

/** The list with `filePath` first: absolute, once, at most MAX_RECENT. */
export function withRecent(list: readonly string[], filePath: string, max = MAX_RECENT): string[] {
  const resolved = path.resolve(filePath);
  return [resolved, ...list.filter((entry) => entry !== resolved)].slice(0, max);
}

/** The paths in a recent-files JSON text; an empty list for anything that is not one. */
export function parseRecent(text: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const parsed = RecentFileSchema.safeParse(json);
  if (!parsed.success) return [];
  const unique: string[] = [];
  for (const entry of parsed.data.paths) {
    if (path.isAbsolute(entry) && !unique.includes(entry)) unique.push(entry);
  }
  return unique.slice(0, MAX_RECENT);
}

export function serializeRecent(paths: readonly string[]): string {
  return `${JSON.stringify({ version: 1, paths }, null, 2)}\n`;
}

export interface RecentFilesDeps {
  readFile?: (filePath: string) => Promise<string>;
  writeFile?: (filePath: string, text: string) => Promise<void>;
  exists?: (filePath: string) => Promise<boolean>;
  /** Told of every change (rebuild the menu; the OS's own list on add and clear). */
  onChange?: (paths: readonly string[]) => void;
}

async function readSmall(filePath: string): Promise<string> {
  const info = await nodeFs.stat(filePath);
  if (info.size > MAX_FILE_BYTES) return '';
  return nodeFs.readFile(filePath, 'utf8');
}

async function fileExists(filePath: string): Promise<boolean> {
  try {
    return (await nodeFs.stat(filePath)).isFile();
  } catch {
    return false;
  }
}

export class RecentFiles {
  private paths: string[] = [];
  /** Writes happen one after the other, in the order of the changes. */
  private writing: Promise<void> = Promise.resolve();
  private readonly readFile: (filePath: string) => Promise<string>;
  private readonly writeFile: (filePath: string, text: string) => Promise<void>;
  private readonly exists: (filePath: string) => Promise<boolean>;

  constructor(
    private readonly storePath: string,
    private readonly deps: RecentFilesDeps = {},
  ) {
    this.readFile = deps.readFile ?? readSmall;
    this.writeFile = deps.writeFile ?? ((file, text) => writeFileAtomic(file, text));
    this.exists = deps.exists ?? fileExists;
  }

  list(): readonly string[] {
    return this.paths;
  }

  /** Reads the stored list, dropping files that are gone; a bad store is an empty list. */
  async load(): Promise<readonly string[]> {
    let text = '';
    try {
      text = await this.readFile(this.storePath);
    } catch {
      // No list yet, or unreadable: start empty.
    }
    const stored = parseRecent(text);
    const present: string[] = [];
    for (const entry of stored) if (await this.exists(entry)) present.push(entry);
    this.paths = present;
    if (present.length !== stored.length) await this.save();
    this.deps.onChange?.(this.paths);
    return this.paths;
  }

  async add(filePath: string): Promise<void> {
    this.paths = withRecent(this.paths, filePath);
    await this.save();
  }

  async remove(filePath: string): Promise<void> {
    const resolved = path.resolve(filePath);
    if (!this.paths.includes(resolved)) return;
    this.paths = this.paths.filter((entry) => entry !== resolved);
    await this.save();
  }

  async clear(): Promise<void> {
    this.paths = [];
    await this.save();
  }

  /** Whether a chosen recent file is still there; a missing one leaves the list. */
  async stillThere(filePath: string): Promise<boolean> {
    if (await this.exists(filePath)) return true;
    await this.remove(filePath);
    return false;
  }

  private save(): Promise<void> {
    this.deps.onChange?.(this.paths);
    const text = serializeRecent(this.paths);
    // A failed write is not worth an error: the list in memory is still right this session.
    this.writing = this.writing.then(() => this.writeFile(this.storePath, text)).catch(() => undefined);
    return this.writing;
  }
}
