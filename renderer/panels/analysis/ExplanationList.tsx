import { useId, useMemo, useState } from 'react';
import type { Explanation, Gap } from '../../../shared/analysis';
import { useLang } from '../../i18n/LangContext';
import { foldTerms } from '../logic/explanation';
import { TermRow } from './TermRow';

/** The likelihood term by term: the base, the terms that move it, and those at 0 folded away. */
export function ExplanationList({
  explanation,
  teamModelBy = null,
  likelihood,
  shares,
  gaps,
  onSelectPerson,
  onChooseGap,
}: {
  explanation: Explanation;
  /** Who adopted the team's model the explanation used, when it used one. */
  teamModelBy?: string | null;
  likelihood: number;
  /** How the people's shares of the decision were found (Analysis.shares). */
  shares: string;
  gaps: readonly Gap[];
  onSelectPerson: (id: string) => void;
  onChooseGap: (gap: Gap) => void;
}) {
  const { t } = useLang();
  const headingId = useId();
  const zeroId = useId();
  const [open, setOpen] = useState(false);
  const { shown, zero } = useMemo(() => foldTerms(explanation.terms), [explanation.terms]);
  const gapByKey = useMemo(() => new Map(gaps.map((gap) => [gap.key, gap])), [gaps]);
  const gapOf = (source: (typeof explanation.terms)[number]['source']) =>
    source.kind === 'gap' ? gapByKey.get(source.gapKey) : undefined;
  const row = (term: (typeof explanation.terms)[number]) => (
    <TermRow
      key={term.key}
      term={term}
      gap={gapOf(term.source)}
      onSelectPerson={onSelectPerson}
      onChooseGap={onChooseGap}
    />
  );

  return (
    <section className="pn-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="pn-subheading">
        {t('panels.analysis.explanation')}
      </h3>
      {/* Never silent (docs/CALIBRATION.md): a figure from the team's adopted model says so. */}
      {explanation.model === 'team' && (
        <p className="pn-muted pn-model">
          {t('review.explanation.team', { base: explanation.base })}
          {teamModelBy ? ` ${t('review.explanation.teamBy', { by: teamModelBy })}` : ''}
        </p>
      )}
      <ul className="pn-terms">
        <li className="pn-term pn-term--base">
          <span className="pn-term__label">{t('term.base')}</span>
          <span className="pn-term__points">{explanation.base}</span>
        </li>
        {shown.map(row)}
      </ul>
      {zero.length > 0 && (
        <>
          <button
            type="button"
            className="pn-link pn-fold"
            aria-expanded={open}
            aria-controls={zeroId}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? t('panels.analysis.zeroLess') : t('panels.analysis.zeroMore', { count: zero.length })}
          </button>
          <ul id={zeroId} className="pn-terms pn-terms--zero" hidden={!open}>
            {open && zero.map(row)}
          </ul>
        </>
      )}
      <p className="pn-term pn-term--total">
        <span className="pn-term__label">{t('panels.analysis.total')}</span>
        <span className="pn-term__points">{likelihood}%</span>
      </p>
      <p className="pn-muted pn-shares">{shares}</p>
    </section>
  );
}
