import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { useLang } from '../../i18n/LangContext';
import { formatInfluence, moveForKey, type GridChip as Chip, type GridMove } from '../logic/grid';

export interface GridChipProps {
  readonly chip: Chip;
  readonly selected: boolean;
  readonly highlighted: boolean;
  /** The one chip reached with Tab (roving focus). */
  readonly tabbable: boolean;
  readonly onChoose: (id: string, additive: boolean) => void;
  readonly onMove: (id: string, move: GridMove) => void;
  readonly onFocus: (id: string) => void;
  readonly register: (id: string, element: HTMLButtonElement | null) => void;
}

const additive = (event: KeyboardEvent | MouseEvent) => event.shiftKey || event.ctrlKey || event.metaKey;

/** A person on the grid: name, role badges, attitude colour, influence; a toggle for the shared selection. */
export const GridChip = memo(function GridChip({
  chip,
  selected,
  highlighted,
  tabbable,
  onChoose,
  onMove,
  onFocus,
  register,
}: GridChipProps) {
  const { t } = useLang();
  const value = formatInfluence(chip);
  const roles =
    chip.roles.length > 0
      ? chip.roles.map((role) => t(`role.${role}`)).join(t('list.separator'))
      : t('panels.grid.noRoles');
  const attitude = t(`attitude.${chip.attitude}`);
  let label = chip.estimated
    ? t('panels.grid.chipEstimated', { name: chip.name, roles, attitude, value })
    : t('panels.grid.chip', { name: chip.name, roles, attitude, value: t('panels.grid.value', { value }) });
  if (highlighted) label += `; ${t('panels.grid.highlighted')}`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      // Handled here rather than by the button's click, so that Shift and Ctrl are seen.
      event.preventDefault();
      event.stopPropagation();
      onChoose(chip.id, additive(event));
      return;
    }
    const move = moveForKey(event.key);
    if (move) {
      event.preventDefault();
      event.stopPropagation();
      onMove(chip.id, move);
    }
  };

  const classes = ['pn-chip', `pn-chip--${chip.attitude}`];
  if (chip.estimated) classes.push('is-estimated');
  if (selected) classes.push('is-selected');
  if (highlighted) classes.push('is-highlighted');
  return (
    <button
      ref={(element) => register(chip.id, element)}
      type="button"
      className={classes.join(' ')}
      tabIndex={tabbable ? 0 : -1}
      aria-pressed={selected}
      aria-label={label}
      onKeyDown={onKeyDown}
      onKeyUp={(event) => {
        if (event.key === ' ') event.preventDefault();
      }}
      onClick={(event) => onChoose(chip.id, additive(event))}
      onFocus={() => onFocus(chip.id)}
    >
      <span className="pn-chip__name">{chip.name}</span>
      {chip.roles.length > 0 && (
        <span className="pn-chip__roles" aria-hidden="true">
          {chip.roles.map((role) => (
            <span key={role} className={`pn-badge pn-badge--${role}`}>
              {t(`canvas.roleShort.${role}`)}
            </span>
          ))}
        </span>
      )}
      <span className="pn-chip__value" aria-hidden="true">
        {chip.estimated ? t('panels.grid.valueEstimated', { value }) : t('panels.grid.value', { value })}
      </span>
    </button>
  );
});
