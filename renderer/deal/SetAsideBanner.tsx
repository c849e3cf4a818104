import { useServices } from '../services/services';
import { describeSetAside } from '../../shared/collab/wording';
import { setAsideJson, type SetAsidePart } from '../../shared/collab/setAside';
import { translatePlural } from '../../shared/i18n';
import type { EditorStore } from '../editor/store';
import { useLang } from '../i18n/LangContext';

/**
 * A deal opened with parts set aside (its stored record was damaged): says which, in words;
 * offers to save them as JSON, and to repair, which stores the deal as shown.
 */
export function SetAsideBanner({
  store,
  parts,
  onRepair,
}: {
  store: EditorStore;
  parts: readonly SetAsidePart[];
  /** Stores the deal as shown and lets the parts set aside go. */
  onRepair: () => void;
}) {
  const { platform, toasts } = useServices();
  const { t, lang } = useLang();
  const save = () => {
    const { deal } = store.getState().doc;
    void platform.saveDocumentFile({
      suggestedName: `${deal.name}.set-aside.json`,
      text: setAsideJson(deal.id, parts),
    });
  };
  const repair = () => {
    onRepair();
    toasts.show(t('collab.banner.repaired'));
  };
  return (
    <section className="set-aside-banner" role="alert" aria-labelledby="set-aside-title">
      <p id="set-aside-title">{translatePlural(lang, 'collab.banner.title', parts.length)}</p>
      <ul className="set-aside-banner__list">
        {parts.map((part, i) => (
          <li key={i}>{describeSetAside(part, lang)}</li>
        ))}
      </ul>
      <p className="set-aside-banner__hint">{t('collab.banner.repairHint')}</p>
      <div className="set-aside-banner__actions">
        <button type="button" onClick={save}>
          {t('collab.banner.export')}
        </button>
        <button type="button" onClick={repair}>
          {t('collab.banner.repair')}
        </button>
      </div>
    </section>
  );
}
