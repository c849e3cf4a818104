/**
 * The command line's modules import each other without a circle: a circle makes the order
 * in which modules start depend on which one is loaded first, and hides which module a
 * shared piece belongs in (cli/commands/exportSteps.ts holds what the export commands share).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Relative imports, static (`from '...'`) and dynamic (`import('...')`), as written. Imports
 * of types count too: a circle of types is gone once compiled, but a reader still has to
 * untangle it to see which module a type belongs in.
 */
function relativeImports(source: string): string[] {
  const found = [...source.matchAll(/(?:from\s+|import\s*\(\s*)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return [...new Set(found)];
}

/** Each .ts file under `folder` (repo-relative) with the files of that folder it imports. */
function importGraph(folder: string): Map<string, string[]> {
  const files = readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/')));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = readFileSync(path.join(repoRoot, file), 'utf8');
    const targets = relativeImports(source)
      .map((spec) => path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)))
      .flatMap((target) => [`${target}.ts`, `${target}/index.ts`])
      .filter((target) => known.has(target));
    graph.set(file, targets);
  }
  return graph;
}

/** Every circle found by a depth-first walk, each as the files around it (the first repeated at the end). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (file: string): void => {
    const at = onPath.indexOf(file);
    if (at >= 0) {
      found.push([...onPath.slice(at), file]);
      return;
    }
    if (done.has(file)) return;
    onPath.push(file);
    for (const target of graph.get(file) ?? []) visit(target);
    onPath.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file);
  return found;
}

describe('import circles', () => {
  it('are found, with the files around them', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
    ]);
    expect(circles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    expect(circles(new Map([['a.ts', ['d.ts']]]))).toEqual([]);
  });

  it('reads static and dynamic relative imports, those of types too', () => {
    const source = [
      "import { x, type X } from './x';",
      "export { y } from '../y';",
      "const z = await import('./z');",
      "import 'zod';",
      "import type { T } from './types';",
      "export type {\n  U,\n  V,\n} from './moreTypes';",
    ].join('\n');
    expect(relativeImports(source)).toEqual(['./x', '../y', './z', './types', './moreTypes']);
  });

  it('are none among the modules of cli/', () => {
    const graph = importGraph('cli');
    // The graph is read: the command that exports one deal hands formats of many to exportMany.
    expect(graph.get('cli/commands/export.ts')).toContain('cli/commands/exportMany.ts');
    expect(circles(graph)).toEqual([]);
  });
});
