import type { LikelihoodModelSetting } from '../../shared/document';
import { useLang } from '../i18n/LangContext';

/** The model the team uses now: the standard one, or the one adopted (by whom, when, from what), with its undo. */
export function CurrentModel({ current, onUndo }: { current: LikelihoodModelSetting | null; onUndo: () => void }) {
  const { t, lang } = useLang();
  if (current === null) return <p>{t('review.model.standard')}</p>;
  return (
    <p className="rv-model">
      {t('review.model.team', {
        base: current.base,
        by: current.adoptedBy,
        at: new Date(current.adoptedAt).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' }),
        won: current.fittedFrom.won,
        lost: current.fittedFrom.lost,
      })}{' '}
      <button type="button" onClick={onUndo}>
        {t('review.model.undo')}
      </button>
    </p>
  );
}
