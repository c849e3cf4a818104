import { useEffect, useRef } from 'react';
import { useLang } from '../i18n/LangContext';

/** Lists every problem of a file that could not be opened, each with its path. */
export function ProblemsDialog({
  title,
  problems,
  onClose,
}: {
  title: string;
  problems: readonly string[];
  onClose: () => void;
}) {
  const { t } = useLang();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="problems-dialog" aria-labelledby="problems-title" onClose={onClose}>
      <h2 id="problems-title">{title}</h2>
      <ul className="problems-list">
        {problems.slice(0, 200).map((problem, index) => (
          <li key={index}>{problem}</li>
        ))}
      </ul>
      <button type="button" onClick={() => ref.current?.close()} autoFocus>
        {t('library.dismiss')}
      </button>
    </dialog>
  );
}
