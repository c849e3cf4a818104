import { translatePlural } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import type { PipelineExportKind } from './exportModel';
import type { PipelineViewState } from './viewState';

interface HeaderProps {
  /** How many deals there are and show; null while not every row is read. */
  readonly counts: { readonly all: number; readonly shown: number } | null;
  readonly today: string;
  readonly view: PipelineViewState;
  readonly onView: (view: PipelineViewState) => void;
  readonly onLibrary: () => void;
  readonly onExport: ((kind: PipelineExportKind) => void) | undefined;
}

/** The board's heading: back to the library, the title, the count, "since" and the exports. */
export function PipelineBoardHeader({ counts, today, view, onView, onLibrary, onExport }: HeaderProps) {
  const { t, lang } = useLang();
  return (
    <header className="pl-header">
      <button type="button" onClick={onLibrary}>
        {t('pipelineApp.back')}
      </button>
      <h1 id="pipeline-title">{t('pipelineApp.title')}</h1>
      {counts && (
        <p className="muted pl-count" role="status">
          {translatePlural(lang, 'pipelineApp.count', counts.all, { shown: counts.shown })}
        </p>
      )}
      <label className="pl-field pl-since">
        <span>{t('pipelineApp.filter.since')}</span>
        <input
          type="date"
          value={view.since ?? ''}
          max={today}
          onChange={(e) => onView({ ...view, since: e.target.value || null })}
        />
      </label>
      {onExport && counts && (
        <div className="pl-exports" role="group" aria-label={t('exportApp.export')}>
          <button type="button" onClick={() => onExport('pack')} title={t('action.pipeline.exportPack')}>
            {t('pipelineExportApp.button.pack')}
          </button>
          <button type="button" onClick={() => onExport('csv')} title={t('action.pipeline.exportCsv')}>
            {t('pipelineExportApp.button.csv')}
          </button>
        </div>
      )}
    </header>
  );
}
