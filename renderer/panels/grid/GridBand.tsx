import { useLang } from '../../i18n/LangContext';
import type { GridChipEvents } from '../hooks/useGridFocus';
import { GRID_COLUMNS, INFLUENTIAL_FROM, type BandId, type GridChip as Chip } from '../logic/grid';
import { GridChip } from './GridChip';

/**
 * One band of influence across the grid: its name, then a cell per attitude with the people
 * in it, top to bottom.
 */
export function GridBand({
  band,
  row,
  cells,
  selected,
  highlighted,
  tabbable,
  events,
}: {
  band: BandId;
  /** The grid row it is drawn in. */
  row: number;
  /** The band's cells, one per column of GRID_COLUMNS. */
  cells: readonly (readonly Chip[])[];
  selected: ReadonlySet<string>;
  highlighted: ReadonlySet<string>;
  tabbable: string | null;
  events: GridChipEvents;
}) {
  const { t } = useLang();
  const label =
    band === 'mid'
      ? t('panels.grid.band.mid', { from: INFLUENTIAL_FROM })
      : band === 'low'
        ? t('panels.grid.band.low', { to: INFLUENTIAL_FROM - 1 })
        : t(`panels.grid.band.${band}`);
  return (
    <>
      <p className={`pn-grid__band pn-col-1 pn-row-${row}`}>{label}</p>
      {GRID_COLUMNS.map((attitude, column) => (
        <div
          key={attitude}
          role="group"
          aria-label={t('panels.grid.cell', { attitude: t(`attitude.${attitude}`), band: label })}
          className={`pn-grid__cell pn-grid__cell--${attitude} pn-col-${column + 2} pn-row-${row}`}
        >
          {cells[column]!.map((chip) => (
            <GridChip
              key={chip.id}
              chip={chip}
              selected={selected.has(chip.id)}
              highlighted={highlighted.has(chip.id)}
              tabbable={chip.id === tabbable}
              {...events}
            />
          ))}
        </div>
      ))}
    </>
  );
}
