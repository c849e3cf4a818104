/**
 * The team servers the desktop app may connect to: the origins the user admitted by signing
 * in to them (electron/teamOrigin.ts normalises them), kept in a small JSON file in
 * the user data folder, read at start and written atomically on every change. The CSP of
 * the app's pages (electron/protocol.ts) and the request filter (electron/security.ts)
 * read the list; nothing else opens the app to the network. A missing or corrupt file is
 * an empty list: the user signs in again.
 */
import * as nodeFs from 'node:fs/promises';
import * as z from 'zod';
import { teamServerOrigin } from './teamOrigin';
import { writeFileAtomic } from './files';

/** More servers than anyone signs in to; the CSP header stays small. */
export const MAX_ADMITTED = 32;
const MAX_FILE_BYTES = 64 * 1024;

const StoreSchema = z.object({
  version: z.literal(1),
  origins: z.array(z.string().min(1).max(2048)).max(1000),
});

/** The origins in a stored JSON text: only those that are still normalised origins, once each. */
export function parseAdmitted(text: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const parsed = StoreSchema.safeParse(json);
  if (!parsed.success) return [];
  const origins: string[] = [];
  for (const entry of parsed.data.origins) {
    const checked = teamServerOrigin(entry);
    // Anything but an origin exactly as this app writes it is dropped (a hand-edited file).
    if (checked.ok && checked.origin === entry && !origins.includes(entry)) origins.push(entry);
  }
  return origins.slice(0, MAX_ADMITTED);
}

export function serializeAdmitted(origins: readonly string[]): string {
  return `${JSON.stringify({ version: 1, origins }, null, 2)}\n`;
}

export interface AdmittedOriginsDeps {
  readFile?: (filePath: string) => Promise<string>;
  writeFile?: (filePath: string, text: string) => Promise<void>;
}

async function readSmall(filePath: string): Promise<string> {
  const info = await nodeFs.stat(filePath);
  if (info.size > MAX_FILE_BYTES) return '';
  return nodeFs.readFile(filePath, 'utf8');
}

export class AdmittedOrigins {
  private origins: string[] = [];
  private set = new Set<string>();
  /** Writes happen one after the other, in the order of the changes. */
  private writing: Promise<void> = Promise.resolve();
  private readonly readFile: (filePath: string) => Promise<string>;
  private readonly writeFile: (filePath: string, text: string) => Promise<void>;

  constructor(
    private readonly storePath: string,
    deps: AdmittedOriginsDeps = {},
  ) {
    this.readFile = deps.readFile ?? readSmall;
    this.writeFile = deps.writeFile ?? ((file, text) => writeFileAtomic(file, text));
  }

  list(): readonly string[] {
    return this.origins;
  }

  /** The admitted origins as a set, for the request filter's per-request check. */
  asSet(): ReadonlySet<string> {
    return this.set;
  }

  has(origin: string): boolean {
    return this.set.has(origin);
  }

  async load(): Promise<readonly string[]> {
    let text = '';
    try {
      text = await this.readFile(this.storePath);
    } catch {
      // No file yet, or unreadable: nothing admitted.
    }
    this.replace(parseAdmitted(text));
    return this.origins;
  }

  /** Admits a normalised origin; true when it is new (the page must reload to get the new CSP). */
  async admit(origin: string): Promise<boolean> {
    if (this.set.has(origin)) return false;
    // The oldest admission goes first when the list is full.
    this.replace([...this.origins, origin].slice(-MAX_ADMITTED));
    await this.save();
    return true;
  }

  /** Forgets an origin; true when it was admitted. */
  async forget(origin: string): Promise<boolean> {
    if (!this.set.has(origin)) return false;
    this.replace(this.origins.filter((entry) => entry !== origin));
    await this.save();
    return true;
  }

  private replace(origins: string[]): void {
    this.origins = origins;
    this.set = new Set(origins);
  }

  private save(): Promise<void> {
    const text = serializeAdmitted(this.origins);
    // A failed write keeps the admission for this session; the user signs in again after a restart.
    this.writing = this.writing.then(() => this.writeFile(this.storePath, text)).catch(() => undefined);
    return this.writing;
  }
}
