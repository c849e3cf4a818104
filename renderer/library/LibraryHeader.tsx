import type { ActionId } from '../../shared/actions/catalog';
import { useLang } from '../i18n/LangContext';

/** The library's title with its search and its actions: new deal, import, the pipeline, the win/loss review. */
export function LibraryHeader({
  query,
  onQuery,
  run,
}: {
  query: string;
  onQuery: (query: string) => void;
  run: (action: ActionId) => void;
}) {
  const { t } = useLang();
  return (
    <header className="library-header">
      <h1 id="library-title">{t('library.title')}</h1>
      <div className="library-tools">
        <label className="visually-hidden" htmlFor="library-search">
          {t('library.search')}
        </label>
        <input
          id="library-search"
          type="search"
          value={query}
          placeholder={t('library.searchPlaceholder')}
          onChange={(e) => onQuery(e.target.value)}
        />
        <button type="button" className="primary" onClick={() => run('deal.new')}>
          {t('library.new')}
        </button>
        <button type="button" onClick={() => run('file.open')}>
          {t('library.import')}
        </button>
        <button type="button" onClick={() => run('deal.pipeline')}>
          {t('pipelineApp.open')}
        </button>
        <button type="button" onClick={() => run('deal.review')}>
          {t('review.open')}
        </button>
      </div>
    </header>
  );
}
