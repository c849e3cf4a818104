// ESLint flat config for Powermap. Run with `npm run lint`.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import powermap from './build/eslint/layers.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Globals of Node's ESM scope, for plain JS files (TypeScript files get them from @types/node). */
const nodeGlobals = Object.fromEntries(
  [
    'AbortController',
    'AbortSignal',
    'Buffer',
    'URL',
    'URLSearchParams',
    'TextDecoder',
    'TextEncoder',
    'clearImmediate',
    'clearInterval',
    'clearTimeout',
    'console',
    'fetch',
    'performance',
    'process',
    'queueMicrotask',
    'setImmediate',
    'setInterval',
    'setTimeout',
    'structuredClone',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig([
  globalIgnores(['**/node_modules/', '**/dist/', '**/out/', '**/coverage/', '**/*.tmp.ts']),

  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: {
        // Each file is checked with the nearest tsconfig.json (shared/ has its own, with no Node types).
        projectService: true,
        tsconfigRootDir: root,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Plain JS (config, build scripts, bin) is not part of any tsconfig: lint it without type information.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
  },

  // Layering: shared/ is pure; renderer/, electron/, cli/ and server/ do not import each other.
  {
    files: ['{shared,renderer,electron,cli,server}/**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    plugins: { powermap },
    // root: this folder, so the layers are found even when ESLint runs from a subfolder.
    rules: { 'powermap/layers': ['error', { root, sharedAllowedPackages: ['zod', 'fflate', 'yjs'] }] },
  },

  // Must stay last: turns off the stylistic rules Prettier owns.
  prettier,
]);
