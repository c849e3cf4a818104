/** Running the command line in-process, and writing fixture files into a fresh temp dir. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type CliIo } from '../../cli/main';
import { REPO_ROOT } from '../support/fixtures';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly env?: Record<string, string | undefined>;
  readonly cwd?: string;
  readonly today?: string;
  readonly tty?: boolean;
  readonly findFont?: CliIo['findFont'];
}

/** The fixed "today" of in-process runs. */
export const TODAY = '2026-11-26';

export async function runCli(argv: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: options.env ?? { LANG: 'en_US.UTF-8' },
    cwd: options.cwd ?? REPO_ROOT,
    today: options.today ?? TODAY,
    stdoutIsTTY: options.tty ?? false,
    ...(options.findFont ? { findFont: options.findFont } : {}),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** A temp dir for one test file's fixtures; call `cleanup` in afterAll. */
export function tempDir(): {
  dir: string;
  write: (name: string, content: string | Uint8Array | object) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'powermap-cli-'));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      const data =
        typeof content === 'string' || content instanceof Uint8Array
          ? content
          : `${JSON.stringify(content, null, 2)}\n`;
      writeFileSync(path, data);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** No stack trace: no `    at foo (file:1:2)` frames, no `Error:` dumps. */
export function expectNoStackTrace(text: string): void {
  if (/^\s*at\s/m.test(text) || /^\w*Error:/m.test(text)) {
    throw new Error(`output has a stack trace:\n${text}`);
  }
}

/** A small valid raw document: a decision-maker, a coach and a relationship. */
export function smallDocument(): Record<string, unknown> {
  return {
    format: 'powermap',
    version: 1,
    deal: { id: 'd-1', name: 'Core banking upgrade', account: 'First City Bank', purchaseStage: 'evaluation' },
    team: [{ id: 't-1', name: 'Li Na', role: 'client manager' }],
    stakeholders: [
      {
        id: 's-1',
        name: 'Zhang Hua',
        title: 'Procurement officer',
        level: 'operational',
        roles: ['coach'],
        attitude: 'supporter',
        closeness: 'frequent',
        stage: 'engaged',
        ownerId: 't-1',
      },
      {
        id: 's-2',
        name: 'Wang Wei',
        title: 'Vice president',
        level: 'decision',
        roles: ['decision-maker'],
        attitude: 'neutral',
        closeness: 'distant',
        stage: 'acquainted',
        ownerId: 't-1',
        lastContact: '2026-01-01',
      },
    ],
    relationships: [{ id: 'r-1', kind: 'reports-to', from: 's-1', to: 's-2' }],
  };
}
