import { useSyncExternalStore } from 'react';
import { useLang } from '../i18n/LangContext';
import type { AutoSaver } from '../persistence/autosave';

/** Whether the last edit is on disk; a storage error is shown with a way to retry. */
export function SaveStatus({ saver }: { saver: AutoSaver }) {
  const status = useSyncExternalStore(saver.subscribe, saver.getStatus);
  const { t } = useLang();
  if (status.state === 'error') {
    const message =
      status.kind === 'quota'
        ? t('editor.saveError.quota')
        : status.kind === 'blocked'
          ? t('editor.saveError.blocked')
          : t('editor.saveError.unknown', { message: status.message });
    return (
      <div className="save-status save-error" role="alert">
        <span>{message}</span>
        <button type="button" onClick={() => void saver.retry()}>
          {t('editor.retry')}
        </button>
      </div>
    );
  }
  return (
    <span className="save-status" aria-live="polite">
      {status.state === 'saving' ? t('editor.saving') : t('editor.saved')}
    </span>
  );
}
