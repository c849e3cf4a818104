import { useLang } from '../i18n/LangContext';
import { COURSE_EXAMPLE_NAME } from './courseExample';

/** What an empty library says at the first start, with the course's example to open. */
export function EmptyLibrary({ onOpenExample }: { onOpenExample: () => void }) {
  const { t } = useLang();
  return (
    <section className="library-first" aria-labelledby="library-first-title">
      <h2 id="library-first-title">{t('firstRun.library.title')}</h2>
      <p>{t('firstRun.library.body')}</p>
      <p className="library-first__example">
        <button type="button" onClick={onOpenExample}>
          {t('firstRun.example.open')}
        </button>{' '}
        <span className="muted">{t('firstRun.example.hint', { name: COURSE_EXAMPLE_NAME })}</span>
      </p>
    </section>
  );
}
