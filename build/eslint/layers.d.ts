// Types for the plain-JS plugin in layers.js, so TypeScript tests can import it.
import type { ESLint, Rule } from 'eslint';

declare const plugin: ESLint.Plugin & { rules: { layers: Rule.RuleModule } };
export default plugin;
