/**
 * Every language's catalogue, loaded at once: the command line, the team server, Electron's
 * main process and the tests import this module, which registers them all for `translate`
 * (loaded.ts). The app's window does not: it loads only the language it shows.
 */
import { en } from './en';
import { LANGS, type Lang } from './langs';
import { registerCatalogue } from './loaded';
import type { Catalogue } from './messageKeys';
import { zhCN } from './zh-CN';

export * from './langs';
export type { Catalogue, MessageKey } from './messageKeys';

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en, 'zh-CN': zhCN };

for (const lang of LANGS) registerCatalogue(lang, CATALOGUES[lang]);
