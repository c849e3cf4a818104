import { useState } from 'react';
import type { Advice, CalibrationPoint, ClosedDeal } from '../../shared/calibration';
import type { LikelihoodModelSetting, PowermapDocument } from '../../shared/document';
import { useLang } from '../i18n/LangContext';
import { CurrentModel } from './CurrentModel';
import { FitOnDemand } from './FitOnDemand';
import { ConfirmAdoption, ConfirmUndo } from './ModelConfirmations';
import type { ModelTarget } from './modelTarget';
import { useAdvice } from './useAdvice';
import { useModelWrites } from './useModelWrites';

type Asking = { readonly kind: 'adopt'; readonly advice: Advice } | { readonly kind: 'undo' } | null;

/**
 * Advice from the data: the model the team uses now, the fit on demand beside it, and the
 * explicit, confirmed, reversible adoption for every deal of the team: on the server for a
 * team the user leads there, else on the deals of the local library (modelTarget.ts).
 */
export function AdviceSection({
  deals,
  decided,
  current,
  point,
  target,
  holdReads,
  onWritten,
}: {
  deals: readonly PowermapDocument[];
  /** Where an adoption is written. */
  target: ModelTarget;
  /** Holds the review's reads of the deals while a model is written (useModelWrites). */
  holdReads: () => () => void;
  /** A write ended: what the review shows of the team is read again. */
  onWritten: () => void;
  decided: readonly ClosedDeal[];
  current: LikelihoodModelSetting | null;
  point: CalibrationPoint;
}) {
  const { t } = useLang();
  const { state, run } = useAdvice(decided, current, point);
  const [asking, setAsking] = useState<Asking>(null);
  const { adopt, undo, writing } = useModelWrites({
    deals,
    target,
    onStart: () => setAsking(null),
    holdReads,
    onWritten,
  });

  return (
    <section className="rv-section" aria-labelledby="rv-advice-title" aria-busy={state.status === 'busy' || writing}>
      <h2 id="rv-advice-title">{t('review.advice.title')}</h2>
      {target.kind === 'server' && <p className="rv-note">{t('review.target.server', { team: target.teamName })}</p>}
      <CurrentModel current={current} onUndo={() => setAsking({ kind: 'undo' })} />
      {writing && (
        <p className="rv-note" role="status">
          {t('review.writing')}
        </p>
      )}
      <p className="rv-note">{t('review.advice.note')}</p>
      <FitOnDemand
        state={state}
        run={run}
        decidedCount={decided.length}
        onAdopt={(advice) => setAsking({ kind: 'adopt', advice })}
      />
      {asking?.kind === 'adopt' && (
        <ConfirmAdoption
          advice={asking.advice}
          deals={deals}
          target={target}
          onConfirm={(name) => adopt(asking.advice, name)}
          onCancel={() => setAsking(null)}
        />
      )}
      {asking?.kind === 'undo' && (
        <ConfirmUndo deals={deals} target={target} onConfirm={undo} onCancel={() => setAsking(null)} />
      )}
    </section>
  );
}
