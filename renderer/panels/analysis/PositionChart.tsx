import { useId, useMemo } from 'react';
import { positionOf } from '../../../shared/analysis';
import { PHASE_OF_STAGE } from '../../../shared/analysis/weights';
import { POSITION_SCORE_MAX, type PowermapDocument } from '../../../shared/document';
import { useLang } from '../../i18n/LangContext';

const percent = (score: number | null) => `${((score ?? 0) / POSITION_SCORE_MAX) * 100}%`;

/**
 * Our position against the best supplier on the course's eight criteria (客户选择供应商的
 * 要素): paired bars, ours and the best supplier's, 0..10, with the figures written out.
 */
export function PositionChart({ doc }: { doc: PowermapDocument }) {
  const { t } = useLang();
  const headingId = useId();
  const position = useMemo(() => positionOf(doc), [doc]);
  const phase = PHASE_OF_STAGE[doc.deal.purchaseStage];
  const shown = position.scored || position.suggested !== null;
  return (
    <section className="pn-section pn-position-view" aria-labelledby={headingId} data-testid="position-view">
      <h3 id={headingId} className="pn-subheading">
        {t('positionView.title')}
      </h3>
      {position.bestSupplier !== null && (
        <p className="pn-muted">{t('positionView.bestNamed', { name: position.bestSupplier })}</p>
      )}
      <p className="pn-muted">{t('positionView.weighs', { ...phase })}</p>
      {!shown ? (
        <p className="pn-muted">{t('positionView.empty')}</p>
      ) : (
        <>
          <p className="pn-chart-legend" aria-hidden="true">
            <span className="pn-chart-key pn-chart-key--ours" /> {t('positionView.ours')}
            <span className="pn-chart-key pn-chart-key--best" /> {t('positionView.best')}
          </p>
          <table className="pn-chart" aria-label={t('positionView.chart')}>
            <thead className="pn-visually-hidden">
              <tr>
                <th scope="col">{t('positionView.title')}</th>
                <th scope="col">{t('positionView.ours')}</th>
                <th scope="col">{t('positionView.best')}</th>
              </tr>
            </thead>
            <tbody>
              {position.criteria.map((c) => (
                <tr
                  key={c.criterion}
                  className={[
                    'pn-chart__row',
                    c.factor === position.weighing ? 'is-weighing' : '',
                    c.behind !== null && c.behind >= 3 && c.factor === position.weighing ? 'is-behind' : '',
                  ].join(' ')}
                >
                  <th scope="row" className="pn-chart__label">
                    {t(`criterion.${c.criterion}`)}
                    {c.fromMap && <span className="pn-muted"> ({t('positionView.fromMap')})</span>}
                  </th>
                  <td className="pn-chart__bars" colSpan={2}>
                    <span className="pn-bar">
                      <span className="pn-bar__fill pn-bar__fill--ours" style={{ width: percent(c.ours) }} />
                      <span className="pn-bar__value">{c.ours ?? t('positionView.notScored')}</span>
                    </span>
                    <span className="pn-bar">
                      <span className="pn-bar__fill pn-bar__fill--best" style={{ width: percent(c.best) }} />
                      <span className="pn-bar__value">{c.best ?? t('positionView.notScored')}</span>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {position.suggested === null ? (
            <p className="pn-muted">{t('positionView.noSuggestion')}</p>
          ) : (
            <p className="pn-muted">{t('positionView.suggested', { score: position.suggested })}</p>
          )}
        </>
      )}
    </section>
  );
}
