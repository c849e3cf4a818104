import { deleteLines } from '../../editor/commands/lines';
import type { EditorStore } from '../../editor/store';
import { useLang } from '../../i18n/LangContext';

/** Several lines selected: how many, and delete them together. */
export function LinesInspector({ store, ids }: { store: EditorStore; ids: readonly string[] }) {
  const { t } = useLang();
  return (
    <section className="pn-section" aria-labelledby="pn-lines-heading">
      <h2 id="pn-lines-heading" className="pn-heading">
        {t('panels.inspector.lines', { count: ids.length })}
      </h2>
      <button type="button" className="pn-button pn-button--danger" onClick={() => store.apply(deleteLines(ids))}>
        {t('panels.inspector.deleteLines')}
      </button>
    </section>
  );
}
