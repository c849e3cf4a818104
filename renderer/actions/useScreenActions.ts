/**
 * The actions of a screen beside the library (the pipeline, the win/loss review): back to
 * the library and switch the language, from the shortcuts and the desktop menu alike.
 */
import { useMemo } from 'react';
import type { Lang } from '../../shared/i18n';
import type { Platform } from '../platform/platform';
import { actionRunner } from './registry';
import { useActionKeys } from './useActionKeys';
import { useMenuActions } from './useMenuActions';

export interface ScreenActionsContext {
  readonly platform: Platform;
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
}

export function useScreenActions(onLibrary: () => void, { platform, lang, setLang }: ScreenActionsContext): void {
  const runner = useMemo(
    () =>
      actionRunner({
        'deal.library': { run: onLibrary },
        'view.language': { run: () => setLang(lang === 'en' ? 'zh-CN' : 'en') },
      }),
    [onLibrary, setLang, lang],
  );
  useActionKeys(runner, platform.isMac);
  useMenuActions(platform, runner);
}
