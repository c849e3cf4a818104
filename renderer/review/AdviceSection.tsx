import { useState } from 'react';
import { translatePlural } from '../../shared/i18n';
import {
  adoptionSetting,
  describeAdvice,
  type Advice,
  type CalibrationPoint,
  type ClosedDeal,
} from '../../shared/calibration';
import type { LikelihoodModelSetting, PowermapDocument } from '../../shared/document';
import { useLang } from '../i18n/LangContext';
import { ownName } from '../services/firstRun';
import { useServices } from '../services/services';
import { ConfirmModelDialog } from './ConfirmModelDialog';
import { ParametersTable } from './ParametersTable';
import { adoptionChanges } from './reviewModel';
import { TeamError, teamErrorText } from '../team/teamErrors';
import { useTeam } from '../team/TeamContext';
import type { ModelTarget } from './modelTarget';
import { useAdvice } from './useAdvice';
import { writeAdoption, writeServerAdoption, writeServerStandardModel, writeStandardModel } from './writeModel';

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
  onWritten,
}: {
  deals: readonly PowermapDocument[];
  /** Where an adoption is written. */
  target: ModelTarget;
  /** Reads the deals again: the library's change signal reaches the other windows, not this one. */
  onWritten: () => void;
  decided: readonly ClosedDeal[];
  current: LikelihoodModelSetting | null;
  point: CalibrationPoint;
}) {
  const { t, lang } = useLang();
  const { repository, toasts } = useServices();
  const { store } = useTeam();
  const { state, run } = useAdvice(decided, current, point);
  const [asking, setAsking] = useState<Asking>(null);
  const open = deals.filter((d) => d.deal.outcome === null).length;

  const write = async (job: () => Promise<number>, done: (count: number) => string) => {
    setAsking(null);
    try {
      toasts.show(done(await job()));
    } catch (error) {
      const reason =
        error instanceof TeamError ? teamErrorText(error, t) : error instanceof Error ? error.message : String(error);
      toasts.show(t('review.writeFailed', { reason }), { tone: 'error' });
    }
    // Also after a partial failure: the screen then shows what the deals hold.
    onWritten();
  };
  const adopt = (advice: Advice, name: string) =>
    void write(
      () => {
        const setting = adoptionSetting(advice, name, new Date().toISOString());
        return target.kind === 'server'
          ? writeServerAdoption(store.session, target.teamId, setting)
          : writeAdoption(repository, deals, setting);
      },
      (count) => translatePlural(lang, 'review.adopted', count),
    );
  const undo = () =>
    void write(
      () =>
        target.kind === 'server'
          ? writeServerStandardModel(store.session, target.teamId)
          : writeStandardModel(repository, deals),
      (count) => translatePlural(lang, 'review.undone', count),
    );
  const adoptBody =
    target.kind === 'server'
      ? t('review.confirm.adopt.server', { team: target.teamName })
      : translatePlural(lang, 'review.confirm.adopt.body', deals.length, { open });
  const undoBody =
    target.kind === 'server'
      ? t('review.confirm.undo.server', { team: target.teamName })
      : translatePlural(lang, 'review.confirm.undo.body', deals.length);

  return (
    <section className="rv-section" aria-labelledby="rv-advice-title" aria-busy={state.status === 'busy'}>
      <h2 id="rv-advice-title">{t('review.advice.title')}</h2>
      {target.kind === 'server' && <p className="rv-note">{t('review.target.server', { team: target.teamName })}</p>}
      {current === null ? (
        <p>{t('review.model.standard')}</p>
      ) : (
        <p className="rv-model">
          {t('review.model.team', {
            base: current.base,
            by: current.adoptedBy,
            at: new Date(current.adoptedAt).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' }),
            won: current.fittedFrom.won,
            lost: current.fittedFrom.lost,
          })}{' '}
          <button type="button" onClick={() => setAsking({ kind: 'undo' })}>
            {t('review.model.undo')}
          </button>
        </p>
      )}
      <p className="rv-note">{t('review.advice.note')}</p>
      <p>
        <button type="button" onClick={run} disabled={state.status === 'busy'}>
          {state.status === 'done' ? t('review.advice.again') : t('review.advice.run')}
        </button>{' '}
        {state.status === 'busy' && (
          <span role="status" className="rv-busy">
            {translatePlural(lang, 'review.advice.running', decided.length)}
          </span>
        )}
      </p>
      {state.status === 'failed' && <p role="alert">{t('review.advice.failed', { reason: state.message })}</p>}
      {state.status === 'done' && (
        <div role="status">
          <p className={`rv-verdict is-${state.advice.verdict}`}>{describeAdvice(state.advice, lang)}</p>
          {state.advice.parameters !== null && <ParametersTable advice={state.advice} />}
          {state.advice.verdict === 'advise' && (
            <p>
              <button
                type="button"
                className="primary"
                onClick={() => setAsking({ kind: 'adopt', advice: state.advice })}
              >
                {t('review.advice.adopt')}
              </button>
            </p>
          )}
        </div>
      )}
      {asking?.kind === 'adopt' && (
        <ConfirmModelDialog
          title={t('review.confirm.adopt.title')}
          body={adoptBody}
          changes={adoptionChanges(adoptionSetting(asking.advice, '', ''), asking.advice, lang, t)}
          confirmLabel={t('review.confirm.adopt')}
          askName
          initialName={ownName() ?? ''}
          onConfirm={(name) => adopt(asking.advice, name)}
          onCancel={() => setAsking(null)}
        />
      )}
      {asking?.kind === 'undo' && (
        <ConfirmModelDialog
          title={t('review.confirm.undo.title')}
          body={undoBody}
          changes={[]}
          confirmLabel={t('review.confirm.undo')}
          askName={false}
          initialName=""
          onConfirm={undo}
          onCancel={() => setAsking(null)}
        />
      )}
    </section>
  );
}
