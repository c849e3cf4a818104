import { Fragment, useCallback, useId, useMemo } from 'react';
import { computeWeights } from '../../shared/analysis';
import type { EditorStore } from '../editor/store';
import { useEditor } from '../hooks/useEditor';
import { useLang } from '../i18n/LangContext';
import { GridChip } from './grid/GridChip';
import { QuadrantLabel } from './grid/QuadrantLabel';
import { useRovingFocus } from './hooks/useRovingFocus';
import { BANDS, GRID_COLUMNS, INFLUENTIAL_FROM, moveFrom, placePeople, type BandId, type GridMove } from './logic/grid';
import { choosePerson } from './logic/selection';
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
  const roving = useRovingFocus();

  const layout = useMemo(
    () => placePeople(doc.stakeholders, computeWeights(doc.stakeholders, doc.deal.purchaseStage).shares),
    [doc.stakeholders, doc.deal.purchaseStage],
  );
  const selected = useMemo(() => new Set(selection.people), [selection.people]);
  const highlighted = useMemo(() => new Set(highlight), [highlight]);

  const tabbable =
    (roving.current !== null && layout.byId.has(roving.current) ? roving.current : null) ??
    selection.people.find((id) => layout.byId.has(id)) ??
    layout.chips[0]?.id ??
    null;

  const { focus, register, setCurrent } = roving;
  const onChoose = useCallback(
    (id: string, additive: boolean) => {
      store.select(choosePerson(store.getState().selection, id, additive));
      setCurrent(id);
    },
    [store, setCurrent],
  );
  const onMove = useCallback(
    (id: string, move: GridMove) => {
      const target = moveFrom(layout, id, move);
      if (target !== null) focus(target);
    },
    [layout, focus],
  );

  const bandLabel = (id: BandId) =>
    id === 'mid'
      ? t('panels.grid.band.mid', { from: INFLUENTIAL_FROM })
      : id === 'low'
        ? t('panels.grid.band.low', { to: INFLUENTIAL_FROM - 1 })
        : t(`panels.grid.band.${id}`);

  return (
    <div
      className="pn-panel pn-grid-view"
      role="region"
      aria-label={t('panels.grid.label')}
      aria-describedby={legendId}
    >
      {layout.chips.length === 0 && <p className="pn-muted">{t('panels.grid.empty')}</p>}
      <div className="pn-grid">
        <p className="pn-grid__corner pn-col-1 pn-row-1">
          <span>{t('panels.grid.attitude')} →</span>
          <span>{t('panels.grid.influence')} ↓</span>
        </p>
        {GRID_COLUMNS.map((attitude, column) => (
          <p key={attitude} className={`pn-grid__head pn-grid__head--${attitude} pn-col-${column + 2} pn-row-1`}>
            {t(`attitude.${attitude}`)}
          </p>
        ))}
        <QuadrantLabel className="pn-quadrant--win-over pn-cols-left pn-row-2">
          {t('panels.grid.quadrant.winOver')}
        </QuadrantLabel>
        <QuadrantLabel className="pn-quadrant--keep-close pn-cols-right pn-row-2">
          {t('panels.grid.quadrant.keepClose')}
        </QuadrantLabel>
        <QuadrantLabel className="pn-quadrant--find-out pn-col-7 pn-row-2">
          {t('panels.grid.quadrant.findOut')}
        </QuadrantLabel>
        <QuadrantLabel className="pn-quadrant--watch pn-cols-left pn-row-5">
          {t('panels.grid.quadrant.watch')}
        </QuadrantLabel>
        <QuadrantLabel className="pn-quadrant--build-on pn-cols-right pn-row-5">
          {t('panels.grid.quadrant.buildOn')}
        </QuadrantLabel>
        {BANDS.map((band, b) => {
          const row = BAND_ROWS[b]!;
          const label = bandLabel(band.id);
          return (
            <Fragment key={band.id}>
              <p className={`pn-grid__band pn-col-1 pn-row-${row}`}>{label}</p>
              {GRID_COLUMNS.map((attitude, column) => (
                <div
                  key={attitude}
                  role="group"
                  aria-label={t('panels.grid.cell', { attitude: t(`attitude.${attitude}`), band: label })}
                  className={`pn-grid__cell pn-grid__cell--${attitude} pn-col-${column + 2} pn-row-${row}`}
                >
                  {layout.cells[b]![column]!.map((chip) => (
                    <GridChip
                      key={chip.id}
                      chip={chip}
                      selected={selected.has(chip.id)}
                      highlighted={highlighted.has(chip.id)}
                      tabbable={chip.id === tabbable}
                      onChoose={onChoose}
                      onMove={onMove}
                      onFocus={setCurrent}
                      register={register}
                    />
                  ))}
                </div>
              ))}
            </Fragment>
          );
        })}
      </div>
      <p id={legendId} className="pn-muted pn-grid__legend">
        {t('panels.grid.legend')}
      </p>
    </div>
  );
}
