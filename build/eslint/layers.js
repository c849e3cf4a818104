// Local ESLint plugin `powermap`, rule `powermap/layers`.
//
// In the spirit of VS Code's `code-layering` rule: every module specifier
// (import, export ... from, import(), require(), import x = require(), and
// `typeof import('...')` types) is resolved relative to the importing file and
// checked against the layer the file lives in:
//
//   shared/    pure domain code: only allow-listed packages (default: zod),
//              no Node built-ins, no relative import that leaves shared/.
//   renderer/  sandboxed browser code: nothing from electron/ or cli/, not the
//              `electron` package, no Node built-ins.
//   electron/  desktop shell: nothing from renderer/ or cli/.
//   cli/       Node command line: nothing from renderer/, electron/ or server/.
//   server/    team server (Node): nothing from renderer/, electron/ or cli/, and none of
//              those may import server/.
//
// Inside renderer/, each folder is a room with its own purpose (RENDERER_FOLDERS below,
// from the bottom up): a folder imports only the folders its row allows, all of them
// lower, so the folders never import each other in a circle; nothing imports app/, which
// composes the features, but the entry point main.tsx.
//
// Files outside these folders (test/, build/, bin/, the root) are not checked.

import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {'shared' | 'renderer' | 'electron' | 'cli' | 'server'} Layer */

/** @type {ReadonlySet<string>} */
const LAYERS = new Set(['shared', 'renderer', 'electron', 'cli', 'server']);

/** What each layer is, used at the start of every message. */
const ROLE = {
  shared: 'shared/ is pure domain code',
  renderer: 'renderer/ is sandboxed browser code',
  electron: 'electron/ is the desktop shell',
  cli: 'cli/ is the Node command line',
  server: 'server/ is the team server',
};

/** Layers (top folders) each layer may not reach into, and why. */
const FORBIDDEN_FOLDERS = {
  renderer: {
    electron: 'the renderer reaches the main process only through the preload bridge; put common code in shared/',
    cli: 'cli/ is Node code the sandboxed renderer cannot run; put common code in shared/',
    server: 'the renderer talks to the team server over HTTP and WebSocket only; put common code in shared/',
  },
  electron: {
    renderer: 'the renderer is loaded as a separate web bundle; put common code in shared/',
    cli: 'the command line is a separate entry point; put common code in shared/',
    server: 'the desktop shell talks to the team server over the network only; put common code in shared/',
  },
  cli: {
    renderer: 'the renderer is browser UI code the command line does not run; put common code in shared/',
    electron: 'the command line must run without Electron; put common code in shared/',
    server: 'the team server is deployed on its own; put common code in shared/',
  },
  server: {
    renderer: 'the server runs no browser UI code; it serves the built renderer as files; put common code in shared/',
    electron: 'the server runs without Electron; put common code in shared/',
    cli: 'the command line is a separate program; put common code in shared/',
  },
};

const DEFAULT_SHARED_PACKAGES = ['zod'];

/** What one deal's screen puts together: every feature folder below it. */
const DEAL_SCREEN_IMPORTS = [
  'styles',
  'i18n',
  'editor',
  'hooks',
  'ui',
  'platform',
  'persistence',
  'actions',
  'services',
  'canvas',
  'panels',
  'csvImport',
  'history',
  'export',
  'team',
  'library',
  'pipeline',
  'review',
];

/**
 * The renderer's folders from the bottom up: what each is, and the folders it may import.
 * Every folder named in a row comes before that row (test/tooling/layers.test.ts checks
 * it), which is what keeps the folders free of circles. A new folder gets a row here.
 * @type {Readonly<Record<string, { role: string, mayImport: readonly string[] }>>}
 */
export const RENDERER_FOLDERS = {
  styles: { role: 'the theme and the global styles', mayImport: [] },
  i18n: { role: 'the language context', mayImport: [] },
  editor: { role: 'the headless editor (document, selection, undo), with no React', mayImport: [] },
  hooks: { role: 'the React hooks over the editor', mayImport: ['editor'] },
  ui: {
    role: 'the UI kit: dialogs, toasts, generic components that know no feature',
    mayImport: ['styles', 'i18n', 'editor'],
  },
  platform: { role: 'the desktop bridge or the browser files', mayImport: [] },
  persistence: { role: 'the database, autosave and sync between windows', mayImport: ['editor'] },
  actions: {
    role: 'the one action registry and its views (menus, shortcuts, palette)',
    mayImport: ['styles', 'i18n', 'editor', 'ui', 'platform'],
  },
  services: {
    role: 'what every view needs from outside React (files, database, messages, route, remembered choices)',
    mayImport: ['i18n', 'editor', 'ui', 'platform', 'persistence'],
  },
  canvas: { role: 'the map', mayImport: ['styles', 'i18n', 'editor', 'hooks', 'ui'] },
  panels: {
    role: 'the inspector, the analysis and the grid',
    mayImport: ['styles', 'i18n', 'editor', 'hooks', 'ui', 'services'],
  },
  csvImport: { role: 'the contacts import', mayImport: ['styles', 'i18n', 'editor', 'hooks', 'ui', 'services'] },
  history: {
    role: 'the timeline and the comparison of versions',
    mayImport: ['styles', 'i18n', 'editor', 'hooks', 'ui', 'persistence', 'services', 'canvas'],
  },
  export: {
    role: 'the Export dialog, the print view and the export files',
    mayImport: ['styles', 'i18n', 'editor', 'hooks', 'ui', 'platform', 'persistence', 'services', 'canvas'],
  },
  team: {
    role: 'the team server: sign-in, shared deals and their sync, sharing, read-only readers',
    mayImport: ['styles', 'i18n', 'editor', 'hooks', 'ui', 'platform', 'persistence', 'actions', 'services'],
  },
  library: {
    role: 'the library of deals',
    mayImport: [
      'styles',
      'i18n',
      'editor',
      'hooks',
      'ui',
      'platform',
      'persistence',
      'actions',
      'services',
      'history',
      'team',
    ],
  },
  pipeline: {
    role: 'the pipeline of deals (local and the team’s), its exports (the review pack, the CSV) and closing a deal',
    mayImport: [
      'styles',
      'i18n',
      'editor',
      'hooks',
      'ui',
      'platform',
      'persistence',
      'actions',
      'services',
      'history',
      'export',
      'team',
    ],
  },
  review: {
    role: 'the win/loss review: calibration, gaps against outcomes, the advice and the team model',
    mayImport: ['styles', 'i18n', 'editor', 'hooks', 'ui', 'platform', 'persistence', 'actions', 'services', 'team'],
  },
  deal: {
    role: "one deal's screen, which puts the features together",
    mayImport: DEAL_SCREEN_IMPORTS,
  },
  app: {
    role: 'the app, which composes the screens',
    mayImport: [...DEAL_SCREEN_IMPORTS, 'deal'],
  },
};

/**
 * Why a renderer folder may not import another, for the message.
 * @param {string} from
 * @param {string} to
 */
function rendererWhy(from, to) {
  if (to === 'app')
    return 'app/ composes the features and only the entry point main.tsx imports it; move what you need from it into services/ or ui/';
  const allowed = RENDERER_FOLDERS[from]?.mayImport ?? [];
  const list = allowed.length > 0 ? allowed.map((f) => `${f}/`).join(', ') : 'no other renderer folder';
  return `the renderer's folders import only downward, so they never import each other in a circle (${from}/ may import ${list}); move what both need into a folder below both, or declare the dependency in RENDERER_FOLDERS of build/eslint/layers.js if it goes downward`;
}

/**
 * The package a bare specifier names: `zod/v4` -> `zod`, `@scope/pkg/x` -> `@scope/pkg`.
 * @param {string} specifier
 */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/**
 * The top folder of `absolute` relative to `root`: '' for the root itself or a file directly in it,
 * undefined when it lies outside `root`.
 * @param {string} root
 * @param {string} absolute
 * @returns {string | undefined}
 */
function topFolder(root, absolute) {
  const relative = path.relative(root, absolute);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return undefined;
  const parts = relative.split(/[\\/]/);
  return parts.length > 1 ? (parts[0] ?? '') : '';
}

/**
 * How a message names where a specifier lands.
 * @param {string | undefined} folder
 */
function describeFolder(folder) {
  if (folder === undefined) return 'outside the project';
  return folder === '' ? 'in the project root' : `in ${folder}/`;
}

/** @param {string} specifier */
function isPathLike(specifier) {
  return (
    specifier === '.' ||
    specifier === '..' ||
    specifier.startsWith('./') ||
    specifier.startsWith('../') ||
    path.isAbsolute(specifier) ||
    specifier.startsWith('file:')
  );
}

/**
 * The string a module specifier node holds, or undefined when it is computed.
 * @param {any} node
 * @returns {string | undefined}
 */
function staticString(node) {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis[0]?.value.cooked ?? undefined;
  if (node.type === 'TSLiteralType') return staticString(node.literal);
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
const layersRule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        "Enforce the Powermap layers: shared/ is pure, renderer/, electron/ and cli/ do not import each other, and the renderer's folders import only downward",
    },
    schema: [
      {
        type: 'object',
        properties: {
          sharedAllowedPackages: {
            description: 'Packages shared/ may import (they must be pure: no Node, no DOM).',
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
          },
          root: {
            description: 'Project root the layer folders live in. Defaults to the ESLint working directory.',
            type: 'string',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ sharedAllowedPackages: DEFAULT_SHARED_PACKAGES }],
    messages: {
      sharedPackage:
        "{{role}}: it may not import '{{specifier}}', because only pure packages run everywhere the domain runs (allowed: {{allowed}}). Do that work in cli/ or electron/ and pass the result in.",
      nodeBuiltin:
        "{{role}}: it may not import '{{specifier}}', because Node built-ins are not available {{where}}. {{fix}}",
      sharedOutside:
        "{{role}}: it may not import '{{specifier}}', which lands {{target}}; the domain must stand alone, importing only from shared/ and its allowed packages.",
      electronPackage:
        "{{role}}: it may not import '{{specifier}}', because the renderer runs sandboxed without Node integration; use the API the preload script exposes.",
      folder: "{{role}}: it may not import '{{specifier}}', which lands {{target}}, because {{why}}.",
      rendererFolder:
        "renderer/{{from}}/ is {{role}}: it may not import '{{specifier}}', which lands in renderer/{{to}}/, because {{why}}.",
      unknownRendererFolder:
        "renderer/{{folder}}/ is not in the renderer's table of folders (RENDERER_FOLDERS in build/eslint/layers.js): give it a row saying what it is and what it may import, so the folders stay free of circles.",
    },
  },

  create(context) {
    const filename = context.filename;
    if (!filename || filename.startsWith('<')) return {};

    const options = context.options[0] ?? {};
    const root = path.resolve(context.cwd, options.root ?? '.');
    const layer = topFolder(root, path.resolve(context.cwd, filename));
    if (!layer || !LAYERS.has(layer)) return {};

    const sharedAllowed = options.sharedAllowedPackages ?? DEFAULT_SHARED_PACKAGES;
    const role = ROLE[/** @type {Layer} */ (layer)];
    const fileDirectory = path.dirname(path.resolve(context.cwd, filename));
    const rendererRoot = path.join(root, 'renderer');
    // The renderer folder this file lives in: '' for main.tsx and the other files at renderer/'s top.
    const rendererFolder =
      layer === 'renderer' ? topFolder(rendererRoot, path.resolve(context.cwd, filename)) : undefined;

    /**
     * Inside renderer/: the folder table.
     * @param {import('eslint').Rule.Node} node the specifier node (reported location)
     * @param {string} specifier
     * @param {string} target
     */
    function checkRendererFolder(node, specifier, target) {
      const from = rendererFolder;
      const to = topFolder(rendererRoot, target);
      // The entry point and the files at renderer/'s top start the app: they may import any folder.
      if (from === undefined || from === '' || to === undefined || to === '' || to === from) return;
      if (!(from in RENDERER_FOLDERS)) return; // reported once, on the file (Program)
      if (!(to in RENDERER_FOLDERS)) {
        context.report({ node, messageId: 'unknownRendererFolder', data: { folder: to } });
        return;
      }
      if (RENDERER_FOLDERS[from].mayImport.includes(to)) return;
      const why = rendererWhy(from, to);
      const role = RENDERER_FOLDERS[from].role;
      context.report({ node, messageId: 'rendererFolder', data: { from, role, specifier, to, why } });
    }

    /**
     * @param {any} node the specifier node (reported location)
     * @param {string} specifier
     */
    function check(node, specifier) {
      if (isPathLike(specifier)) {
        let target;
        try {
          target = specifier.startsWith('file:') ? fileURLToPath(specifier) : path.resolve(fileDirectory, specifier);
        } catch {
          return; // a file: URL that names no local path
        }
        const targetFolder = topFolder(root, target);
        if (layer === 'renderer' && targetFolder === 'renderer') {
          checkRendererFolder(node, specifier, target);
          return;
        }
        if (layer === 'shared') {
          if (targetFolder !== 'shared') {
            const shown = describeFolder(targetFolder);
            context.report({ node, messageId: 'sharedOutside', data: { role, specifier, target: shown } });
          }
          return;
        }
        const why = targetFolder && FORBIDDEN_FOLDERS[layer]?.[targetFolder];
        if (why) {
          context.report({
            node,
            messageId: 'folder',
            data: { role, specifier, target: describeFolder(targetFolder), why },
          });
        }
        return;
      }

      if (isBuiltin(specifier)) {
        if (layer === 'shared' || layer === 'renderer') {
          const where = layer === 'shared' ? 'in the renderer or the browser' : 'in the sandboxed renderer';
          const fix =
            layer === 'shared'
              ? 'Do that work in cli/ or electron/ and pass the result in.'
              : 'Ask the main process through the preload API.';
          context.report({ node, messageId: 'nodeBuiltin', data: { role, specifier, where, fix } });
        }
        return;
      }

      const name = packageName(specifier);
      if (layer === 'shared') {
        if (!sharedAllowed.includes(name)) {
          const allowed = sharedAllowed.length > 0 ? sharedAllowed.map((p) => `'${p}'`).join(', ') : 'none';
          context.report({ node, messageId: 'sharedPackage', data: { role, specifier, allowed } });
        }
        return;
      }
      if (layer === 'renderer' && name === 'electron') {
        context.report({ node, messageId: 'electronPackage', data: { role, specifier } });
      }
    }

    /** @param {any} source */
    function checkSource(source) {
      const specifier = staticString(source);
      if (specifier !== undefined) check(source, specifier);
    }

    return {
      Program(node) {
        if (rendererFolder && !(rendererFolder in RENDERER_FOLDERS)) {
          context.report({ node, messageId: 'unknownRendererFolder', data: { folder: rendererFolder } });
        }
      },
      ImportDeclaration: (node) => checkSource(node.source),
      ExportNamedDeclaration: (node) => checkSource(node.source),
      ExportAllDeclaration: (node) => checkSource(node.source),
      ImportExpression: (node) => checkSource(node.source),
      CallExpression(node) {
        const callee = /** @type {any} */ (node.callee);
        const isRequire =
          (callee.type === 'Identifier' && callee.name === 'require') ||
          (callee.type === 'MemberExpression' &&
            callee.object.type === 'Identifier' &&
            callee.object.name === 'require' &&
            callee.property.type === 'Identifier' &&
            callee.property.name === 'resolve');
        if (isRequire) checkSource(node.arguments[0]);
      },
      /** @param {any} node */
      TSImportEqualsDeclaration(node) {
        if (node.moduleReference?.type === 'TSExternalModuleReference') checkSource(node.moduleReference.expression);
      },
      /** @param {any} node */
      TSImportType(node) {
        // typescript-eslint 8.x has `source`; older versions only the (now deprecated) `argument`.
        checkSource(node.source !== undefined ? node.source : node.argument);
      },
    };
  },
};

/** @type {import('eslint').ESLint.Plugin} */
const plugin = {
  meta: { name: 'powermap', version: '0.1.0' },
  rules: { layers: layersRule },
};

export default plugin;
