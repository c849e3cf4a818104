import type { Outcome } from '../../shared/pipeline/onRows';
import { useLang } from '../i18n/LangContext';
import { outcomeWord } from './closeVocabulary';
import { formatDay } from './format';
import './closeDialog.css';

/** Says that the open deal is closed, how and when, with Reopen (one undoable edit). */
export function ClosedBanner({ outcome, onReopen }: { outcome: Outcome; onReopen: () => void }) {
  const { t, lang } = useLang();
  return (
    <div className="closed-banner" role="status">
      <span>
        {t('close.banner', { outcome: outcomeWord(t, outcome.result), date: formatDay(outcome.closedOn, lang) })}
      </span>
      <button type="button" onClick={onReopen}>
        {t('close.reopen')}
      </button>
    </div>
  );
}
