/**
 * The interface language for the React tree. Words come from the shared catalogues
 * (shared/i18n), so the app, the command line and the exports say the same things.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Lang } from '../../shared/i18n';
import { translate, type Translator } from '../../shared/i18n';

interface LangValue {
  readonly lang: Lang;
  readonly t: Translator;
}

const LangContext = createContext<LangValue>({ lang: 'en', t: (key, params) => translate('en', key, params) });

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<LangValue>(() => ({ lang, t: (key, params) => translate(lang, key, params) }), [lang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

/** The current language and its translator. */
export function useLang(): LangValue {
  return useContext(LangContext);
}
