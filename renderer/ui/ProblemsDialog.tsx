import { useLang } from '../i18n/LangContext';
import { useModalDialog } from './useModalDialog';

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
  const ref = useModalDialog();
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
