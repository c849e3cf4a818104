import { useLang } from '../i18n/LangContext';
import type { PlannedImport } from './useLazyPreview';

interface ImportButtonsProps {
  /** Whether there is a step before this one. */
  readonly canGoBack: boolean;
  readonly onCancel: () => void;
  readonly onBack: () => void;
  /** On the mapping step: to the preview, unless the mapping has problems. */
  readonly next: { readonly blocked: boolean; readonly onNext: () => void } | null;
  /** On the preview step: the import planned and "add to the map". */
  readonly add: { readonly planned: PlannedImport; readonly onAdd: () => void } | null;
}

/** The import dialog's buttons: cancel, back, and next or "add to the map". */
export function ImportButtons({ canGoBack, onCancel, onBack, next, add }: ImportButtonsProps) {
  const { t } = useLang();
  return (
    <div className="ci-dialog__buttons">
      <button type="button" onClick={onCancel}>
        {t('csvImportApp.cancel')}
      </button>
      {canGoBack && (
        <button type="button" onClick={onBack}>
          {t('csvImportApp.back')}
        </button>
      )}
      {next && (
        <button type="button" className="primary" disabled={next.blocked} onClick={next.onNext}>
          {t('csvImportApp.next')}
        </button>
      )}
      {add && (
        <button type="button" className="primary" disabled={add.planned.plan.people.length === 0} onClick={add.onAdd}>
          {t('csvImportApp.import', { count: add.planned.plan.people.length })}
        </button>
      )}
    </div>
  );
}
