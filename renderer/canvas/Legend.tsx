/**
 * What the colours, borders, lines and bars on the map mean, in the interface language.
 * A disclosure: a real button with aria-expanded that shows or hides the body (issue 8).
 * Line samples use the same classes as the lines on the canvas, so they cannot drift apart.
 */
import { memo, useId, useState } from 'react';
import { ATTITUDES, CLOSENESS, type RelationshipKind } from '../../shared/document';
import { useLang } from '../i18n/LangContext';
import { arrowHead, dashArray, LINE_ARROWS, lineClassName } from './toFlow';

function LineSample({ kind, strength = 2 }: { kind: RelationshipKind; strength?: 1 | 2 | 3 }) {
  return (
    <svg className="pm-legend__line" viewBox="0 0 48 12" aria-hidden="true" focusable="false">
      <g className={lineClassName(kind, strength)}>
        <path className="react-flow__edge-path" d="M2 6 H44" strokeDasharray={dashArray(kind, 42)} />
        {LINE_ARROWS[kind] && <path className="pm-arrow" d={arrowHead(46, 6, 'right')} />}
      </g>
    </svg>
  );
}

function LegendView() {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return (
    <div className={`pm-legend${open ? ' is-open' : ''}`}>
      <button
        type="button"
        className="pm-legend__toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        <span className="pm-legend__marker" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>{' '}
        {t('canvas.legend')}
      </button>
      <div className="pm-legend__body" id={bodyId} hidden={!open}>
        <section>
          <h3>{t('canvas.legend.attitude')}</h3>
          <ul>
            {ATTITUDES.map((attitude) => (
              <li key={attitude}>
                <span className={`pm-legend__swatch pm-att-${attitude}`} aria-hidden="true" />
                {t(`attitude.${attitude}`)}
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h3>{t('canvas.legend.closeness')}</h3>
          <ul>
            {[...CLOSENESS].reverse().map((closeness) => (
              <li key={closeness}>
                <span className={`pm-legend__box pm-close-${closeness}`} aria-hidden="true" />
                {t(`closeness.${closeness}`)}
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h3>{t('canvas.legend.lines')}</h3>
          <ul>
            <li>
              <LineSample kind="reports-to" />
              {t('canvas.legend.reportsTo')}
            </li>
            <li>
              <LineSample kind="influences" />
              {t('canvas.legend.influences')}
            </li>
            <li className="pm-legend__strengths">
              <span>
                <LineSample kind="influences" strength={1} />
                <LineSample kind="influences" strength={2} />
                <LineSample kind="influences" strength={3} />
              </span>
              {t('canvas.legend.strength')}
            </li>
            <li>
              <LineSample kind="ally" />
              {t('canvas.legend.ally')}
            </li>
            <li>
              <LineSample kind="conflict" />
              {t('canvas.legend.conflict')}
            </li>
          </ul>
        </section>
        <section>
          <h3>{t('canvas.legend.influence')}</h3>
          <ul>
            <li>
              <span className="pm-influence" aria-hidden="true">
                <span className="pm-influence__bar">
                  <span className="pm-influence__fill pm-w12" />
                </span>
                <span className="pm-influence__value">60%</span>
              </span>
              {t('canvas.legend.influenceSample')}
            </li>
            <li>
              <span className="pm-influence pm-influence--none" aria-hidden="true">
                <span className="pm-influence__bar" />
              </span>
              {t('canvas.legend.influenceNone')}
            </li>
          </ul>
        </section>
        <section>
          <h3>{t('canvas.legend.rings')}</h3>
          <ul>
            <li>
              <span className="pm-legend__box pm-legend__box--selected" aria-hidden="true" />
              {t('canvas.legend.selected')}
            </li>
            <li>
              <span className="pm-legend__box pm-legend__box--highlight" aria-hidden="true" />
              {t('canvas.legend.highlighted')}
            </li>
          </ul>
        </section>
      </div>
    </div>
  );
}

export const Legend = memo(LegendView);
Legend.displayName = 'Legend';
