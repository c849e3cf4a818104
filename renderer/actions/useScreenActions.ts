/**
 * The actions of a screen beside the library (the pipeline, the win/loss review): back to
 * the library and switch the language, plus the screen's own (`more`: the pipeline's
 * exports, its command palette), from the shortcuts, the desktop menu and the palette alike.
 */
import { useMemo } from 'react';
import type { Lang } from '../../shared/i18n';
import type { Platform } from '../platform/platform';
import { actionRunner, type ActionHandlers, type ActionRunner } from './registry';
import { useActionKeys } from './useActionKeys';
import { useMenuActions } from './useMenuActions';

export interface ScreenActionsContext {
  readonly platform: Platform;
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  /** False while the screen is hidden under another (a print view): no keys, no menu actions. */
  readonly active?: boolean;
}

const NONE: ActionHandlers = {};

/** The handlers of a screen beside the library: back to the library, the language, and its own. */
export function screenHandlers(
  onLibrary: () => void,
  { lang, setLang }: Pick<ScreenActionsContext, 'lang' | 'setLang'>,
  more: ActionHandlers = NONE,
): ActionHandlers {
  return {
    'deal.library': { run: onLibrary },
    'view.language': { run: () => setLang(lang === 'en' ? 'zh-CN' : 'en') },
    ...more,
  };
}

/** Binds the screen's actions; `more` should keep its identity between renders (useMemo). */
export function useScreenActions(
  onLibrary: () => void,
  { platform, lang, setLang, active = true }: ScreenActionsContext,
  more: ActionHandlers = NONE,
): ActionRunner {
  const runner = useMemo(
    () => actionRunner(screenHandlers(onLibrary, { lang, setLang }, more)),
    [onLibrary, setLang, lang, more],
  );
  useActionKeys(runner, platform.isMac, active);
  useMenuActions(platform, runner, active);
  return runner;
}
