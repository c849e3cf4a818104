import { useState, type FormEvent } from 'react';
import { useLang } from '../i18n/LangContext';

/** Renames a snapshot in place: Enter or Save keeps the new label, Escape or Cancel leaves it. */
export function RenameForm({
  name,
  label,
  onRename,
  onDone,
}: {
  /** The snapshot's name as shown (its label, or its date). */
  name: string;
  label: string;
  onRename: (label: string) => void;
  onDone: () => void;
}) {
  const { t } = useLang();
  const [value, setValue] = useState(label);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onRename(value);
    onDone();
  };
  return (
    <form className="ph-rename" onSubmit={submit}>
      <input
        type="text"
        value={value}
        aria-label={t('historyApp.version.labelField', { label: name })}
        autoFocus
        onFocus={(e) => e.target.select()}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          e.stopPropagation();
          onDone();
        }}
      />
      <button type="submit" className="pn-button pn-button--primary">
        {t('historyApp.version.save')}
      </button>
      <button type="button" className="pn-button" onClick={onDone}>
        {t('historyApp.version.cancel')}
      </button>
    </form>
  );
}
