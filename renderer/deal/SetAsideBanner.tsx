import { useServices } from '../services/services';
import { describeSetAside } from '../../shared/collab/wording';
import { setAsideJson, type SetAsidePart } from '../../shared/collab/setAside';
import { translatePlural } from '../../shared/i18n';
import type { EditorStore } from '../editor/store';
import { useLang } from '../i18n/LangContext';
import { repairEdit } from './repairEdit';

/**
 * A deal opened with parts set aside (its stored rows were damaged): says which, in words;
 * offers to save them as JSON, and to repair, which stores the deal as shown in one edit.
 */
export function SetAsideBanner({
  store,
  parts,
  onRepaired,
}: {
  store: EditorStore;
  parts: readonly SetAsidePart[];
  onRepaired: () => void;
}) {
  const { platform, repository, toasts } = useServices();
  const { t, lang } = useLang();
  const save = () => {
    const { deal } = store.getState().doc;
    void platform.saveDocumentFile({
      suggestedName: `${deal.name}.set-aside.json`,
      text: setAsideJson(deal.id, parts),
    });
  };
  const repair = () => {
    // The rows set aside were kept in the database until now; the repair's save removes them.
    repository.releaseSetAside(store.getState().doc.deal.id);
    store.apply(repairEdit(parts));
    onRepaired();
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
