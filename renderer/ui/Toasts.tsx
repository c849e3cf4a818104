import { useSyncExternalStore } from 'react';
import { useLang } from '../i18n/LangContext';
import type { ToastStore } from './toasts';

/**
 * The toasts, announced politely to screen readers. Over the print view only errors are
 * shown (`errorsOnly`), so no message covers the sheet; none is ever printed.
 */
export function Toasts({ store, errorsOnly = false }: { store: ToastStore; errorsOnly?: boolean }) {
  const all = useSyncExternalStore(store.subscribe, store.getToasts);
  const toasts = errorsOnly ? all.filter((toast) => toast.tone === 'error') : all;
  const { t } = useLang();
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone}`}>
          <span>{toast.text}</span>
          {toast.action && (
            <button
              type="button"
              onClick={() => {
                toast.action?.run();
                store.dismiss(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            className="toast-close"
            aria-label={t('toast.close')}
            onClick={() => store.dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
