// Types for the plain-JS plugin in layers.js, so TypeScript tests can import it.
import type { ESLint, Rule } from 'eslint';

declare const plugin: ESLint.Plugin & { rules: { layers: Rule.RuleModule } };
export default plugin;

/** The renderer's folders from the bottom up: what each is, and the folders it may import. */
export declare const RENDERER_FOLDERS: Readonly<
  Record<string, { readonly role: string; readonly mayImport: readonly string[] }>
>;
