import { useMemo } from 'react';
import { useLang } from '../i18n/LangContext';
import type { CompareMarks } from './compareMarks';
import { marksStylesheet } from './marksStyle';

/** The marks of a comparison drawn on the map under `scope` (see marksStyle.ts). */
export function CompareMarksStyle({ scope, marks }: { scope: string; marks: CompareMarks }) {
  const { t } = useLang();
  const css = useMemo(
    () =>
      marksStylesheet(scope, marks, {
        added: t('historyApp.mark.added'),
        removed: t('historyApp.mark.removed'),
        improved: t('historyApp.mark.improved'),
        worsened: t('historyApp.mark.worsened'),
        changed: t('historyApp.mark.changed'),
      }),
    [scope, marks, t],
  );
  return <style>{css}</style>;
}
