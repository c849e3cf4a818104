/**
 * What the colours, borders, lines, bars, badges and rings on the map mean, in the interface
 * language. The sections, their words and samples are the legend model's
 * (shared/mapLayout/legend.ts), which the SVG drawing and the deck draw too, so the three
 * legends cannot drift apart; this file only turns each sample into HTML, with the very
 * classes of the cards and lines, so a sample cannot drift from what it explains either.
 * A disclosure: a real button with aria-expanded that shows or hides the body (issue 8).
 */
import { memo, useId, useState } from 'react';
import type { RelationshipKind } from '../../shared/document';
import { LEGEND_INFLUENCE_SAMPLE, legendSections, type LegendSample } from '../../shared/mapLayout/legend';
import { useLang } from '../i18n/LangContext';
import { arrowHead, dashArray, influenceStep, LINE_ARROWS, lineClassName } from './toFlow';

/** The judged influence sample as a percentage, the scale of a card's bar. */
const INFLUENCE_SAMPLE_PERCENT = Math.round(LEGEND_INFLUENCE_SAMPLE * 100);

/** A short stable name for a sample: the row's React key and its `data-sample` (what the tests compare). */
export function sampleKey(sample: LegendSample): string {
  switch (sample.kind) {
    case 'attitude':
      return `attitude:${sample.attitude}`;
    case 'closeness':
      return `closeness:${sample.closeness}`;
    case 'line':
      return `line:${sample.line}`;
    case 'strengths':
      return 'strengths';
    case 'influence':
      return `influence:${sample.judged ? 'judged' : 'none'}`;
    case 'role':
      return `role:${sample.role}`;
    case 'ring':
      return `ring:${sample.ring}`;
  }
}

function LineSample({ kind }: { kind: RelationshipKind }) {
  return (
    <svg className="pm-legend__line" viewBox="0 0 48 12" aria-hidden="true" focusable="false">
      <g className={lineClassName(kind, 2)}>
        <path className="react-flow__edge-path" d="M2 6 H44" strokeDasharray={dashArray(kind, 42)} />
        {/* The head ends the line at its right end, pointing right (it enters a card's left side). */}
        {LINE_ARROWS[kind] && <path className="pm-arrow" d={arrowHead(46, 6, 'left')} />}
      </g>
    </svg>
  );
}

/** The three strengths of influence side by side, thin to thick, as the exports draw them. */
function StrengthsSample() {
  return (
    <svg className="pm-legend__line" viewBox="0 0 48 12" aria-hidden="true" focusable="false">
      {([1, 2, 3] as const).map((strength, i) => (
        <g key={strength} className={lineClassName('influences', strength)}>
          <path className="react-flow__edge-path" d={`M${2 + i * 16} 6 H${14 + i * 16}`} />
        </g>
      ))}
    </svg>
  );
}

function Sample({ sample }: { sample: LegendSample }) {
  switch (sample.kind) {
    case 'attitude':
      return <span className={`pm-legend__swatch pm-att-${sample.attitude}`} />;
    case 'closeness':
      return <span className={`pm-legend__box pm-close-${sample.closeness}`} />;
    case 'line':
      return <LineSample kind={sample.line} />;
    case 'strengths':
      return <StrengthsSample />;
    case 'influence':
      // The bar alone, as the exports draw it: the heading says what it measures.
      return sample.judged ? (
        <span className="pm-influence">
          <span className="pm-influence__bar">
            <span className={`pm-influence__fill pm-w${influenceStep(INFLUENCE_SAMPLE_PERCENT)}`} />
          </span>
        </span>
      ) : (
        <span className="pm-influence pm-influence--none">
          <span className="pm-influence__bar" />
        </span>
      );
    case 'role':
      return <span className={`pm-role pm-role--${sample.role}`}>{sample.label}</span>;
    case 'ring':
      return <span className={`pm-legend__box pm-legend__box--${sample.ring}`} />;
  }
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
        {t('legend.title')}
      </button>
      <div className="pm-legend__body" id={bodyId} hidden={!open}>
        {legendSections(t, 'canvas').map((section) => (
          <section key={section.id} data-section={section.id}>
            <h3>{section.heading}</h3>
            <ul>
              {section.rows.map((row) => (
                <li key={sampleKey(row.sample)} data-sample={sampleKey(row.sample)}>
                  <span className="pm-legend__sample" aria-hidden="true">
                    <Sample sample={row.sample} />
                  </span>
                  <span className="pm-legend__label">{row.label}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}

export const Legend = memo(LegendView);
Legend.displayName = 'Legend';
