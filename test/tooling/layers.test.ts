import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import powermap, { RENDERER_FOLDERS } from '../../build/eslint/layers.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** An absolute file name inside a layer; the rule's default root is the working directory. */
const file = (relative: string) => path.join(process.cwd(), relative);

const ruleTester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
});

describe('powermap/layers', () => {
  ruleTester.run('layers', powermap.rules.layers, {
    valid: [
      // shared/: allowed packages and imports that stay inside shared/.
      { filename: file('shared/a/b.ts'), code: "import { z } from 'zod';" },
      { filename: file('shared/a/b.ts'), code: "import * as z from 'zod/v4';" },
      { filename: file('shared/a/b.ts'), code: "import { c } from './c';" },
      { filename: file('shared/a/b.ts'), code: "export * from '../i18n/index';" },
      { filename: file('shared/a/b.ts'), code: "const m = await import('../diff/types');" },
      {
        filename: file('shared/a/b.ts'),
        code: "import { v } from 'valibot';",
        options: [{ sharedAllowedPackages: ['zod', 'valibot'] }],
      },
      // Computed specifiers cannot be checked.
      { filename: file('shared/a/b.ts'), code: 'const m = await import(name);' },
      // cli/: Node, packages and shared/ are fine.
      { filename: file('cli/main.ts'), code: "import { readFile } from 'node:fs/promises';" },
      { filename: file('cli/main.ts'), code: "import { parse } from '../shared/document/index';" },
      { filename: file('cli/main.ts'), code: "import { z } from 'zod';" },
      // electron/: Node, electron and shared/ are fine.
      { filename: file('electron/main.ts'), code: "import { app } from 'electron'; import path from 'node:path';" },
      { filename: file('electron/main.ts'), code: "import { parse } from '../shared/document/index';" },
      // renderer/: packages, shared/ and its own files are fine.
      {
        filename: file('renderer/App.tsx'),
        code: "import { useState } from 'react'; import { parse } from '../shared/x';",
      },
      { filename: file('renderer/App.tsx'), code: "import { Panel } from './components/Panel';" },
      // renderer/: a folder imports the lower folders its row allows, and itself.
      { filename: file('renderer/deal/DealEditor.tsx'), code: "import { MapCanvas } from '../canvas/MapCanvas';" },
      { filename: file('renderer/history/commands.ts'), code: "import { ToastStore } from '../ui/toasts';" },
      { filename: file('renderer/canvas/bench/ours.tsx'), code: "import { MapCanvas } from '../MapCanvas';" },
      { filename: file('renderer/panels/inspector/A.tsx'), code: "import { useLang } from '../../i18n/LangContext';" },
      { filename: file('renderer/ui/Toasts.tsx'), code: "import { x } from '../../shared/i18n';" },
      // app/ composes: it may import every feature; main.tsx, at renderer/'s top, may import app/.
      { filename: file('renderer/app/App.tsx'), code: "import { DealView } from '../deal/DealView';" },
      { filename: file('renderer/main.tsx'), code: "import { App } from './app/App';" },
      // server/: Node, its packages and shared/ are fine.
      {
        filename: file('server/http/app.ts'),
        code: "import Fastify from 'fastify'; import { createHash } from 'node:crypto'; import { parse } from '../../shared/document/index';",
      },
      { filename: file('server/collab/access.ts'), code: "import { roleOf } from '../store/deals';" },
      // Folders outside the layers are not checked.
      { filename: file('test/x.test.ts'), code: "import '../cli/main'; import '../renderer/App'; import 'node:fs';" },
      { filename: file('build/bench/run.ts'), code: "import fs from 'node:fs'; import '../../electron/main';" },
      { filename: file('vitest.config.ts'), code: "import fs from 'node:fs';" },
      // The root option moves the layers.
      {
        filename: '/elsewhere/project/shared/a.ts',
        code: "import { b } from './b';",
        options: [{ root: '/elsewhere/project' }],
      },
    ],

    invalid: [
      // (a) shared/: packages other than the allowed ones.
      {
        filename: file('shared/a/b.ts'),
        code: "import React from 'react';",
        errors: [
          {
            messageId: 'sharedPackage',
            data: { role: 'shared/ is pure domain code', specifier: 'react', allowed: "'zod'" },
          },
        ],
      },
      {
        filename: file('shared/a/b.ts'),
        code: "import { z } from 'zod';",
        options: [{ sharedAllowedPackages: [] }],
        errors: [{ messageId: 'sharedPackage' }],
      },
      {
        filename: file('shared/a/b.ts'),
        code: "export { x } from '@scope/pkg/deep';",
        errors: [{ messageId: 'sharedPackage' }],
      },
      // (a) shared/: Node built-ins, with and without the node: prefix, in every import form.
      {
        filename: file('shared/a/b.ts'),
        code: "import { readFileSync } from 'node:fs';",
        errors: [
          {
            message:
              "shared/ is pure domain code: it may not import 'node:fs', because Node built-ins are not available in the renderer or the browser. Do that work in cli/ or electron/ and pass the result in.",
          },
        ],
      },
      { filename: file('shared/a/b.ts'), code: "import path from 'path';", errors: [{ messageId: 'nodeBuiltin' }] },
      {
        filename: file('shared/a/b.ts'),
        code: "import { readFile } from 'fs/promises';",
        errors: [{ messageId: 'nodeBuiltin' }],
      },
      { filename: file('shared/a/b.ts'), code: "export * from 'node:os';", errors: [{ messageId: 'nodeBuiltin' }] },
      {
        filename: file('shared/a/b.ts'),
        code: "const cp = await import('child_process');",
        errors: [{ messageId: 'nodeBuiltin' }],
      },
      {
        filename: file('shared/a/b.ts'),
        code: 'const cp = await import(`node:child_process`);',
        errors: [{ messageId: 'nodeBuiltin' }],
      },
      {
        filename: file('shared/a/b.ts'),
        code: "const os = require('os');",
        errors: [{ messageId: 'nodeBuiltin' }],
      },
      {
        filename: file('shared/a/b.ts'),
        code: "import fs = require('fs');",
        errors: [{ messageId: 'nodeBuiltin' }],
      },
      {
        filename: file('shared/a/b.ts'),
        code: "type Stats = import('node:fs').Stats;",
        errors: [{ messageId: 'nodeBuiltin' }],
      },
      {
        filename: file('shared/a/b.ts'),
        code: "import type { Stats } from 'node:fs';",
        errors: [{ messageId: 'nodeBuiltin' }],
      },
      // (a) shared/: relative imports that leave shared/.
      {
        filename: file('shared/a/b.ts'),
        code: "import { run } from '../../cli/main';",
        errors: [
          {
            message:
              "shared/ is pure domain code: it may not import '../../cli/main', which lands in cli/; the domain must stand alone, importing only from shared/ and its allowed packages.",
          },
        ],
      },
      {
        filename: file('shared/b.ts'),
        code: "import pkg from '../package.json';",
        errors: [{ message: /which lands in the project root; the domain must stand alone/u }],
      },
      {
        filename: file('shared/b.ts'),
        code: "import x from '../../outside';",
        errors: [{ message: /which lands outside the project; the domain must stand alone/u }],
      },
      // (b) renderer/: electron/, cli/, the electron package, Node built-ins.
      {
        filename: file('renderer/App.tsx'),
        code: "import { api } from '../electron/preload';",
        errors: [{ message: /which lands in electron\/, because/u }],
      },
      {
        filename: file('renderer/canvas/Map.tsx'),
        code: "import type { Options } from '../../cli/options';",
        errors: [{ message: /which lands in cli\/, because/u }],
      },
      {
        filename: file('renderer/App.tsx'),
        code: "import { ipcRenderer } from 'electron';",
        errors: [{ messageId: 'electronPackage' }],
      },
      {
        filename: file('renderer/App.tsx'),
        code: "import { clipboard } from 'electron/renderer';",
        errors: [{ messageId: 'electronPackage' }],
      },
      {
        filename: file('renderer/App.tsx'),
        code: "import fs from 'node:fs'; import { join } from 'path';",
        errors: [{ messageId: 'nodeBuiltin' }, { messageId: 'nodeBuiltin' }],
      },
      // (b) renderer/: its folders import only downward.
      {
        filename: file('renderer/canvas/MapCanvas.tsx'),
        code: "import { HistoryView } from '../history/HistoryView';",
        errors: [
          {
            message:
              "renderer/canvas/ is the map: it may not import '../history/HistoryView', which lands in renderer/history/, because the renderer's folders import only downward, so they never import each other in a circle (canvas/ may import styles/, i18n/, editor/, hooks/, ui/); move what both need into a folder below both, or declare the dependency in RENDERER_FOLDERS of build/eslint/layers.js if it goes downward.",
          },
        ],
      },
      {
        filename: file('renderer/platform/browserPlatform.ts'),
        code: "import { MIME_TYPE } from '../export/exportFormats';",
        errors: [
          {
            message:
              /renderer\/platform\/ is .*because the renderer's folders import only downward, .*\(platform\/ may import no other renderer folder\)/u,
          },
        ],
      },
      {
        filename: file('renderer/ui/Dialog.tsx'),
        code: "import type { DealRepository } from '../persistence/repository';",
        errors: [{ message: /renderer\/ui\/ is the UI kit: .*which lands in renderer\/persistence\//u }],
      },
      // Nothing imports app/ but main.tsx, in every import form.
      {
        filename: file('renderer/deal/DealView.tsx'),
        code: "import { App } from '../app/App'; export * from '../app/App'; const m = import('../app/App');",
        errors: [
          {
            message:
              "renderer/deal/ is one deal's screen, which puts the features together: it may not import '../app/App', which lands in renderer/app/, because app/ composes the features and only the entry point main.tsx imports it; move what you need from it into services/ or ui/.",
          },
          { messageId: 'rendererFolder' },
          { messageId: 'rendererFolder' },
        ],
      },
      {
        filename: file('renderer/panels/inspector/PersonInspector.tsx'),
        code: "type S = import('../../app/App').Props;",
        errors: [{ messageId: 'rendererFolder' }],
      },
      // A folder the table does not know, as the importer and as the target.
      {
        filename: file('renderer/widgets/Thing.tsx'),
        code: "import { useLang } from '../i18n/LangContext';",
        errors: [
          {
            message:
              "renderer/widgets/ is not in the renderer's table of folders (RENDERER_FOLDERS in build/eslint/layers.js): give it a row saying what it is and what it may import, so the folders stay free of circles.",
          },
        ],
      },
      {
        filename: file('renderer/deal/DealEditor.tsx'),
        code: "import { Thing } from '../widgets/Thing';",
        errors: [{ messageId: 'unknownRendererFolder' }],
      },
      // (c) electron/: renderer/ and cli/.
      {
        filename: file('electron/main.ts'),
        code: "import { App } from '../renderer/App';",
        errors: [
          {
            message:
              "electron/ is the desktop shell: it may not import '../renderer/App', which lands in renderer/, because the renderer is loaded as a separate web bundle; put common code in shared/.",
          },
        ],
      },
      {
        filename: file('electron/ipc/handlers.ts'),
        code: "export { run } from '../../cli/run';",
        errors: [{ message: /which lands in cli\/, because/u }],
      },
      // (d) cli/: renderer/ and electron/.
      {
        filename: file('cli/main.ts'),
        code: "const r = await import('../renderer/render');",
        errors: [{ message: /which lands in renderer\/, because/u }],
      },
      {
        filename: file('cli/commands/open.ts'),
        code: "import { createWindow } from '../../electron/window';",
        errors: [{ message: /which lands in electron\/, because/u }],
      },
      // (e) server/: renderer/, electron/ and cli/; and none of those may import server/.
      {
        filename: file('server/http/static.ts'),
        code: "import { CONTENT_SECURITY_POLICY } from '../../electron/protocol';",
        errors: [
          {
            message:
              "server/ is the team server: it may not import '../../electron/protocol', which lands in electron/, because the server runs without Electron; put common code in shared/.",
          },
        ],
      },
      {
        filename: file('server/main.ts'),
        code: "import { App } from '../renderer/App';",
        errors: [{ message: /which lands in renderer\/, because the server runs no browser UI code/u }],
      },
      {
        filename: file('server/cli/main.ts'),
        code: "import { run } from '../../cli/main';",
        errors: [{ message: /which lands in cli\/, because the command line is a separate program/u }],
      },
      {
        filename: file('renderer/services/session.ts'),
        code: "import type { DealRole } from '../../server/store/roles';",
        errors: [{ message: /which lands in server\/, because the renderer talks to the team server over HTTP/u }],
      },
      {
        filename: file('electron/main.ts'),
        code: "import { startServer } from '../server/main';",
        errors: [{ message: /which lands in server\/, because the desktop shell talks to the team server/u }],
      },
      {
        filename: file('cli/main.ts'),
        code: "const s = await import('../server/main');",
        errors: [{ message: /which lands in server\/, because the team server is deployed on its own/u }],
      },
      {
        filename: file('shared/a.ts'),
        code: "import { x } from '../server/x';",
        errors: [{ message: /which lands in server\/; the domain must stand alone/u }],
      },
      // The root option moves the layers.
      {
        filename: '/elsewhere/project/shared/a.ts',
        code: "import { b } from '../cli/b';",
        options: [{ root: '/elsewhere/project' }],
        errors: [{ message: /which lands in cli\/; the domain must stand alone/u }],
      },
    ],
  });
});

describe('the renderer folder table', () => {
  const folders = Object.keys(RENDERER_FOLDERS);

  it('lets each folder import only folders listed before it, so no circle can be declared', () => {
    for (const [index, folder] of folders.entries()) {
      const lower = new Set(folders.slice(0, index));
      const upward = RENDERER_FOLDERS[folder]!.mayImport.filter((dependency) => !lower.has(dependency));
      expect({ folder, upward }).toEqual({ folder, upward: [] });
    }
  });

  it('lets no folder import app/, and app/ import every feature', () => {
    expect(folders.filter((folder) => RENDERER_FOLDERS[folder]!.mayImport.includes('app'))).toEqual([]);
    expect(RENDERER_FOLDERS.app!.mayImport).toEqual(folders.filter((folder) => folder !== 'app'));
  });

  it('keeps the UI kit below every feature', () => {
    const features = ['deal', 'library', 'canvas', 'panels', 'history', 'export', 'csvImport', 'persistence'];
    expect(RENDERER_FOLDERS.ui!.mayImport.filter((folder) => features.includes(folder))).toEqual([]);
  });

  it('has a row for every folder of renderer/ that holds code', () => {
    const renderer = path.join(repoRoot, 'renderer');
    const withCode = readdirSync(renderer, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'public')
      .map((entry) => entry.name);
    expect(withCode.filter((folder) => !(folder in RENDERER_FOLDERS))).toEqual([]);
  });

  it("is the README's table of renderer folders, row for row", () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    // Rows like "| `canvas/` | the React Flow map | `styles/`, `i18n/`, ... |".
    const rows = [...readme.matchAll(/^\| `(\w+)\/` \| .* \| (.*) \|$/gm)]
      .filter(([, folder]) => folder! in RENDERER_FOLDERS)
      .map(([, folder, imports]) => {
        const named = [...imports!.matchAll(/`(\w+)\/`/g)].map((m) => m[1]!);
        const everything = folders.filter((other) => other !== folder);
        if (imports === 'everything') return [folder!, everything];
        if (imports === 'everything but `app/`') return [folder!, everything.filter((other) => other !== 'app')];
        return [folder!, named];
      });
    expect(Object.fromEntries(rows)).toEqual(
      Object.fromEntries(folders.map((folder) => [folder, RENDERER_FOLDERS[folder]!.mayImport])),
    );
  });
});

describe('eslint.config.js', () => {
  // The real configuration. The probe files below are not on disk, and typescript-eslint's project service only
  // types files that are, so type information is switched off for them; the layers wiring is what is under test.
  const eslint = new ESLint({ cwd: repoRoot, overrideConfig: tseslint.configs.disableTypeChecked });

  it('reports a Node built-in imported in shared/', async () => {
    const [result] = await eslint.lintText(
      "import { readFileSync } from 'node:fs';\n\nexport const x = readFileSync;\n",
      {
        filePath: 'shared/bad-layering-probe.ts',
      },
    );
    const layerErrors = result?.messages.filter((m) => m.ruleId === 'powermap/layers') ?? [];
    expect(layerErrors).toHaveLength(1);
    expect(layerErrors[0]?.severity).toBe(2);
    expect(layerErrors[0]?.message).toContain("shared/ is pure domain code: it may not import 'node:fs'");
  });

  it('reports cli/ reaching into renderer/', async () => {
    const [result] = await eslint.lintText("export { App } from '../renderer/App';\n", {
      filePath: 'cli/bad-layering-probe.ts',
    });
    const layerErrors = result?.messages.filter((m) => m.ruleId === 'powermap/layers') ?? [];
    expect(layerErrors.map((m) => m.message)).toEqual([
      "cli/ is the Node command line: it may not import '../renderer/App', which lands in renderer/, because the renderer is browser UI code the command line does not run; put common code in shared/.",
    ]);
  });

  it('reports a renderer folder importing upward', async () => {
    const [result] = await eslint.lintText("export { HistoryView } from '../history/HistoryView';\n", {
      filePath: 'renderer/canvas/bad-layering-probe.ts',
    });
    const layerErrors = result?.messages.filter((m) => m.ruleId === 'powermap/layers') ?? [];
    expect(layerErrors.map((m) => m.message)).toEqual([expect.stringContaining('renderer/canvas/ is the map')]);
  });

  it('lets shared/ import yjs, the engine of the collaborative document model, but not y-protocols', async () => {
    const [result] = await eslint.lintText(
      "import * as Y from 'yjs';\nimport { Awareness } from 'y-protocols/awareness';\n\nexport const x = [Y, Awareness];\n",
      { filePath: 'shared/collab/layering-probe.ts' },
    );
    const layerErrors = result?.messages.filter((m) => m.ruleId === 'powermap/layers') ?? [];
    expect(layerErrors.map((m) => m.message)).toEqual([
      "shared/ is pure domain code: it may not import 'y-protocols/awareness', because only pure packages run everywhere the domain runs (allowed: 'zod', 'fflate', 'yjs'). Do that work in cli/ or electron/ and pass the result in.",
    ]);
  });

  it('accepts legal imports in shared/', async () => {
    const [result] = await eslint.lintText("import { z } from 'zod';\n\nexport const Name = z.string();\n", {
      filePath: 'shared/good-layering-probe.ts',
    });
    expect(result?.messages.filter((m) => m.ruleId === 'powermap/layers')).toEqual([]);
  });
});
