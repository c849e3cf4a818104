/**
 * The map's look and layout stand below the exports: shared/mapStyle, shared/mapLayout and
 * shared/text import nothing from shared/export, so the canvas can read them without pulling
 * in an exporter, and an export change cannot move the layout (docs/MAP_STYLE.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const BELOW_EXPORT = ['shared/mapStyle', 'shared/mapLayout', 'shared/text'];

/** Every .ts file under `folder`, relative to the root. */
function sources(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(folder, file));
}

/** The folders (relative to the root) that `file`'s relative imports land in. */
function importedPaths(file: string): string[] {
  const code = readFileSync(path.join(ROOT, file), 'utf8');
  const specifiers = [...code.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']*)'/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier)));
}

describe('the layout model and the style module', () => {
  it.each(BELOW_EXPORT)('%s imports nothing from shared/export', (folder) => {
    const files = sources(folder);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      for (const target of importedPaths(file))
        expect(target.startsWith('shared/export'), `${file} imports ${target}`).toBe(false);
    }
  });

  it('resolves relative imports, so an import of shared/export would be seen', () => {
    const imported = importedPaths('shared/export/svgMap/legend.ts');
    expect(imported).toContain('shared/mapLayout/legend');
    expect(imported).toContain('shared/export/svgMap/svg');
  });
});
