/**
 * Finds the Electron binary without loading the `electron` package (whose index.js throws
 * when the binary was never downloaded). Looked for, in order: ELECTRON_OVERRIDE_DIST_PATH
 * (an unpacked Electron folder, as the `electron` package itself honours), then
 * node_modules/electron/path.txt and node_modules/electron/dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinary =
  { readonly found: true; readonly executablePath: string } | { readonly found: false; readonly reason: string };

const HOW_TO_PROVIDE =
  'Provide it by running `node node_modules/electron/install.js` with network access (or `npm rebuild electron`), ' +
  'or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 folder for this platform (docs/PACKAGING.md).';

/** The executable inside an unpacked Electron folder, per platform (as node_modules/electron/index.js names it). */
function executableIn(distDir: string, platform: NodeJS.Platform): string {
  if (platform === 'darwin') return path.join(distDir, 'Electron.app', 'Contents', 'MacOS', 'Electron');
  return path.join(distDir, platform === 'win32' ? 'electron.exe' : 'electron');
}

export function findElectronBinary(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): ElectronBinary {
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const executablePath = executableIn(override, platform);
    return existsSync(executablePath)
      ? { found: true, executablePath }
      : {
          found: false,
          reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${executablePath} does not exist. ${HOW_TO_PROVIDE}`,
        };
  }
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { found: false, reason: `The electron package is not installed (npm ci). ${HOW_TO_PROVIDE}` };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const distDir = path.join(packageDir, 'dist');
  if (!existsSync(pathFile) || !existsSync(distDir)) {
    const missing = [pathFile, distDir].filter((p) => !existsSync(p)).map((p) => path.relative(process.cwd(), p));
    return {
      found: false,
      reason: `The Electron binary was never downloaded: ${missing.join(' and ')} missing. ${HOW_TO_PROVIDE}`,
    };
  }
  const executablePath = path.join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(executablePath)
    ? { found: true, executablePath }
    : {
        found: false,
        reason: `node_modules/electron/path.txt names ${executablePath}, which does not exist. ${HOW_TO_PROVIDE}`,
      };
}

/** Why Electron cannot show a window here, or undefined when it can (Linux needs a display: use xvfb-run). */
export function missingDisplay(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  if (platform !== 'linux' || env['DISPLAY'] || env['WAYLAND_DISPLAY']) return undefined;
  return 'No display: DISPLAY and WAYLAND_DISPLAY are unset. Run under `xvfb-run -a npm run test:e2e:electron`.';
}
