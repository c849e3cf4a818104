import { useId, useMemo } from 'react';
import { computeWeights } from '../../shared/analysis';
import type { EditorStore } from '../editor/store';
import { useEditor } from '../hooks/useEditor';
import { useLang } from '../i18n/LangContext';
import { GridBand } from './grid/GridBand';
import { GridLabels } from './grid/GridLabels';
import { useGridFocus } from './hooks/useGridFocus';
import { BANDS, placePeople } from './logic/grid';
import './panels.css';

/** Grid rows: 1 headers, 2 top quadrants, 3-4 influential bands, 5 bottom quadrants, 6-7 the rest. */
const BAND_ROWS = [3, 4, 6, 7] as const;

/**
 * A second view of the people: influence (rows, most on top) against attitude (columns,
 * blocker to champion, unknown apart). Selection is shared with the map through the store.
 */
export function StakeholderGrid({ store }: { store: EditorStore }) {
  const { t } = useLang();
  const legendId = useId();
  const doc = useEditor(store, (state) => state.doc);
  const selection = useEditor(store, (state) => state.selection);
  const highlight = useEditor(store, (state) => state.highlight);

  const layout = useMemo(
    () => placePeople(doc.stakeholders, computeWeights(doc.stakeholders, doc.deal.purchaseStage).shares),
    [doc.stakeholders, doc.deal.purchaseStage],
  );
  const selected = useMemo(() => new Set(selection.people), [selection.people]);
  const highlighted = useMemo(() => new Set(highlight), [highlight]);
  const { tabbable, events } = useGridFocus(store, layout, selection.people);

  return (
    <div
      className="pn-panel pn-grid-view"
      role="region"
      aria-label={t('panels.grid.label')}
      aria-describedby={legendId}
    >
      {layout.chips.length === 0 && <p className="pn-muted">{t('panels.grid.empty')}</p>}
      <div className="pn-grid">
        <GridLabels />
        {BANDS.map((band, b) => (
          <GridBand
            key={band.id}
            band={band.id}
            row={BAND_ROWS[b]!}
            cells={layout.cells[b]!}
            selected={selected}
            highlighted={highlighted}
            tabbable={tabbable}
            events={events}
          />
        ))}
      </div>
      <p id={legendId} className="pn-muted pn-grid__legend">
        {t('panels.grid.legend')}
      </p>
    </div>
  );
}
