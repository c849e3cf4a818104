/**
 * The export dialog's steps after the choices: the deals being read (the team's deals never
 * opened here fetched from the server, "3 of 5", with Cancel), and, when some could not be
 * had, which and why, with the choice to export the others or nothing.
 */
import { translatePlural } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import type { FetchProgress } from '../team/fetchSharedDeals';

export function ReadingStep({ progress, onCancel }: { progress: FetchProgress | null; onCancel: () => void }) {
  const { t } = useLang();
  const fetching = progress !== null && progress.total > 0;
  return (
    <div className="pl-export-step" aria-live="polite">
      {fetching ? (
        <>
          <p>{t('pipelineExportApp.fetching', { done: progress.done, total: progress.total })}</p>
          <progress max={progress.total} value={progress.done} aria-label={t('pipelineExportApp.reading')} />
          <p className="muted">{t('pipelineExportApp.fetchingHint')}</p>
        </>
      ) : (
        <p>{t('pipelineExportApp.reading')}</p>
      )}
      <div className="ph-dialog__buttons">
        <button type="button" onClick={onCancel} autoFocus>
          {t('exportApp.cancel')}
        </button>
      </div>
    </div>
  );
}

export function MissingStep({
  messages,
  rest,
  onExportRest,
  onCancel,
}: {
  messages: readonly string[];
  /** How many deals were read and would be exported. */
  rest: number;
  onExportRest: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useLang();
  return (
    <div className="pl-export-step">
      <div role="alert">
        {messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
      <p>
        {rest > 0
          ? translatePlural(lang, 'pipelineExportApp.missing.confirm', rest)
          : t('pipelineExportApp.missing.nothing')}
      </p>
      <div className="ph-dialog__buttons">
        <button type="button" onClick={onCancel} autoFocus={rest === 0}>
          {t('exportApp.cancel')}
        </button>
        {rest > 0 && (
          <button type="button" className="primary" onClick={onExportRest} autoFocus>
            {t('pipelineExportApp.missing.exportRest')}
          </button>
        )}
      </div>
    </div>
  );
}
