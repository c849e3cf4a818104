import { useLang } from '../i18n/LangContext';
import '../ui/firstRun.css';

/**
 * Over an empty map: how to add a person and how to draw a line. It lets every click and
 * double-click through to the map below.
 */
export function EmptyMapHint() {
  const { t } = useLang();
  return (
    <div className="empty-map-hint" role="note">
      <p className="empty-map-hint__title">{t('firstRun.canvas.title')}</p>
      <p>{t('firstRun.canvas.addPerson')}</p>
      <p>{t('firstRun.canvas.drawLine')}</p>
    </div>
  );
}
