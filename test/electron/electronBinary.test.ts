/**
 * How the Electron end-to-end tests find the binary (test/e2e-electron/electronBinary.ts),
 * without loading the `electron` package: an override folder, or the downloaded dist/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findElectronBinary, missingDisplay } from '../e2e-electron/electronBinary';

const dir = mkdtempSync(path.join(tmpdir(), 'powermap-electron-dist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('uses ELECTRON_OVERRIDE_DIST_PATH when it holds the executable of the platform', () => {
    writeFileSync(path.join(dir, 'electron'), '');
    writeFileSync(path.join(dir, 'electron.exe'), '');
    mkdirSync(path.join(dir, 'Electron.app', 'Contents', 'MacOS'), { recursive: true });
    writeFileSync(path.join(dir, 'Electron.app', 'Contents', 'MacOS', 'Electron'), '');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: dir };
    expect(findElectronBinary(env, 'linux')).toEqual({ found: true, executablePath: path.join(dir, 'electron') });
    expect(findElectronBinary(env, 'win32')).toEqual({ found: true, executablePath: path.join(dir, 'electron.exe') });
    expect(findElectronBinary(env, 'darwin')).toEqual({
      found: true,
      executablePath: path.join(dir, 'Electron.app', 'Contents', 'MacOS', 'Electron'),
    });
  });

  it('says what is missing and how to provide it', () => {
    const result = findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'nowhere') }, 'linux');
    expect(result.found).toBe(false);
    if (!result.found) {
      expect(result.reason).toContain(path.join(dir, 'nowhere', 'electron'));
      expect(result.reason).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    }
  });

  it('otherwise looks at node_modules/electron/path.txt and dist/', () => {
    const result = findElectronBinary({}, process.platform);
    if (!result.found) expect(result.reason).toMatch(/path\.txt|dist|does not exist/);
    else expect(result.executablePath).toContain(path.join('electron', 'dist'));
  });
});

describe('missingDisplay', () => {
  it('asks for a display on Linux only', () => {
    expect(missingDisplay({}, 'linux')).toMatch(/xvfb-run/);
    expect(missingDisplay({ DISPLAY: ':99' }, 'linux')).toBeUndefined();
    expect(missingDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBeUndefined();
    expect(missingDisplay({}, 'win32')).toBeUndefined();
    expect(missingDisplay({}, 'darwin')).toBeUndefined();
  });
});
