/**
 * electron-builder.yml: what is packed (only the built app, no node_modules), the file
 * association, the targets, the fuses, and that every file pattern names something the
 * build produces. Also validated against electron-builder's own schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ELECTRON_OUT_DIR, ELECTRON_OUTPUTS } from '../../build/electron.build';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

interface FileSet {
  from: string;
  to: string;
}
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string };
  files: string[];
  asar: boolean;
  extraMetadata: { main: string };
  beforeBuild: string;
  extraResources: FileSet[];
  fileAssociations: { ext: string; name: string; description: string; mimeType: string; role: string }[];
  electronFuses: Record<string, boolean>;
  electronDist?: string;
  linux: { target: string[]; category: string };
  win: { target: string[] };
  mac: { target: string[]; category: string };
}

const text = readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
const config = parse(text) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main?: string };

/** Where Vite writes the renderer, from vite.config.ts (`root` + `build.outDir`). */
async function rendererOutDir(): Promise<string> {
  const viteConfig: { root?: string; build?: { outDir?: string } } = (await import('../../vite.config')).default;
  return path.relative(ROOT, path.resolve(ROOT, viteConfig.root ?? '.', viteConfig.build?.outDir ?? 'dist'));
}

describe('electron-builder.yml', () => {
  it('names the app and writes artifacts to out/', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/);
    expect(config.productName).toBe('Powermap');
    expect(config.directories.output).toBe('out');
    expect(config.asar).toBe(true);
  });

  it('packs only the built app and package.json, never node_modules or sources', () => {
    for (const pattern of config.files) {
      expect(pattern === 'package.json' || pattern.startsWith('dist/'), pattern).toBe(true);
    }
    expect(text).not.toMatch(/^\s*-\s*node_modules/m);
    // No dependency is copied: the hook tells electron-builder node_modules is handled elsewhere.
    expect(config.beforeBuild).toBe('./build/electron-before-build.cjs');
    const hook = require(path.join(ROOT, config.beforeBuild)) as () => Promise<boolean>;
    return expect(hook()).resolves.toBe(false);
  });

  it('has a file pattern only for what the build produces', async () => {
    const produced = [ELECTRON_OUT_DIR, await rendererOutDir()].map((dir) => dir.split(path.sep).join('/'));
    expect(produced).toEqual(['dist/electron', 'dist/renderer']);
    for (const pattern of config.files.filter((p) => p !== 'package.json')) {
      const base = pattern.replace(/\/\*\*(\/\*)?$/, '');
      expect(produced, pattern).toContain(base);
    }
    expect(config.files).toEqual(expect.arrayContaining(produced.map((dir) => `${dir}/**/*`)));
  });

  it('starts the app from the built main process, as package.json says when it says', () => {
    expect(config.extraMetadata.main).toBe(`${ELECTRON_OUT_DIR}/${ELECTRON_OUTPUTS.main}`);
    if (packageJson.main !== undefined) expect(packageJson.main).toBe(config.extraMetadata.main);
  });

  it('ships the JSON Schema of the format as an extra resource', () => {
    expect(config.extraResources).toEqual([
      { from: 'build/schema/powermap.schema.json', to: 'schema/powermap.schema.json' },
    ]);
    expect(existsSync(path.join(ROOT, 'build/schema/powermap.schema.json'))).toBe(true);
  });

  it('associates .powermap files with the app as their editor', () => {
    expect(config.fileAssociations).toHaveLength(1);
    const [association] = config.fileAssociations;
    expect(association).toMatchObject({ ext: 'powermap', mimeType: 'application/x-powermap+json', role: 'Editor' });
    expect(association!.name).not.toBe('');
    expect(association!.description).not.toBe('');
  });

  it('builds AppImage and deb on Linux, NSIS on Windows, dmg on macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.category).toBe('public.app-category.business');
  });

  it('flips the Electron fuses, with keys electron-builder knows', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    const scheme = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    for (const key of Object.keys(config.electronFuses)) {
      expect(Object.keys(scheme.definitions.FuseOptionsV1.properties), key).toContain(key);
    }
  });

  it('does not hard-code an Electron download location (electronDist is given on the command line)', () => {
    expect(config.electronDist).toBeUndefined();
    expect(text).toMatch(/-c\.electronDist=/);
  });

  it("is valid for electron-builder's own schema", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });
});
