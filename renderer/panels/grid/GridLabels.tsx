import { useLang } from '../../i18n/LangContext';
import { GRID_COLUMNS } from '../logic/grid';
import { QuadrantLabel } from './QuadrantLabel';

/** The grid's fixed labels: its axes in the corner, the attitude over each column and the quadrants' names. */
export function GridLabels() {
  const { t } = useLang();
  return (
    <>
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
    </>
  );
}
