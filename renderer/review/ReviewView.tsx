import { useMemo, useState } from 'react';
import {
  LAST_BEFORE_CLOSING,
  calibrate,
  describePoint,
  gapsVsOutcomes,
  type CalibrationPoint,
} from '../../shared/calibration';
import { useLang } from '../i18n/LangContext';
import { useServices } from '../services/services';
import { useScreenActions } from '../actions/useScreenActions';
import { AdviceSection } from './AdviceSection';
import { CalibrationSection } from './CalibrationSection';
import { GapsTable } from './GapsTable';
import { countsLine, teamModel } from './reviewModel';
import { TeamAnswerNote } from '../team/TeamAnswerNote';
import { reviewedDeals } from './teamReview';
import { LOCAL_TARGET, modelTargets } from './modelTarget';
import { useMyTeams } from './useMyTeams';
import { useTeamDeals } from './useTeamDeals';
import { useTeamReview } from './useTeamReview';
import './review.css';

/** The points the review offers: just before closing, and a month, two and three months before. */
const POINTS: readonly CalibrationPoint[] = [
  LAST_BEFORE_CLOSING,
  { kind: 'days-before', days: 30 },
  { kind: 'days-before', days: 60 },
  { kind: 'days-before', days: 90 },
];

/**
 * The win/loss review (issue 12, docs/CALIBRATION.md) over the closed deals of the local
 * library and, when signed in, the team's (their records from the server, kept for offline):
 * calibration at a chosen point and at each stage, gaps against outcomes, and the advice with
 * the team's model, adopted only when asked and confirmed: on the server for every deal of a
 * team the user leads there, else on the deals of the local library.
 */
export function ReviewView({ onLibrary }: { onLibrary: () => void }) {
  const services = useServices();
  const { t, lang } = useLang();
  const { deals, hold } = useTeamDeals();
  const team = useTeamReview();
  const [pointIndex, setPointIndex] = useState(0);
  const point = POINTS[pointIndex] ?? LAST_BEFORE_CLOSING;

  const closed = useMemo(
    () => (deals === null || team === 'loading' ? null : reviewedDeals(deals, team === null ? null : team.review)),
    [deals, team],
  );
  const calibration = useMemo(() => (closed === null ? null : calibrate(closed, point)), [closed, point]);
  const gaps = useMemo(() => (closed === null ? null : gapsVsOutcomes(closed.decided, point)), [closed, point]);
  const model = useMemo(() => teamModel((deals ?? []).map((d) => d.deal.likelihoodModel)), [deals]);
  const myTeams = useMyTeams();
  const targets = useMemo(() => modelTargets(myTeams.teams), [myTeams.teams]);
  const [targetIndex, setTargetIndex] = useState(0);
  const target = targets[targetIndex] ?? targets[0] ?? LOCAL_TARGET;
  // A server team's model is the one the server recorded; the local deals' otherwise.
  const current = target.kind === 'server' ? target.setting : model.setting;

  useScreenActions(onLibrary, { platform: services.platform, lang, setLang: services.setLang });

  return (
    <main className="review" aria-labelledby="rv-title">
      <header className="rv-header">
        <button type="button" onClick={onLibrary}>
          ← {t('review.back')}
        </button>
        <h1 id="rv-title">{t('review.title')}</h1>
        <p className="rv-point">
          <label htmlFor="rv-point">{t('review.point')}</label>{' '}
          <select id="rv-point" value={pointIndex} onChange={(e) => setPointIndex(Number(e.target.value))}>
            {POINTS.map((p, i) => (
              <option key={i} value={i}>
                {describePoint(p, lang)}
              </option>
            ))}
          </select>
        </p>
      </header>
      <p className="rv-note">{t('review.intro')}</p>
      {team !== null && team !== 'loading' && <TeamAnswerNote status={team.status} />}
      {deals === null || closed === null || calibration === null || gaps === null ? (
        <p role="status">{t('review.loading')}</p>
      ) : (
        <>
          <p className="rv-counts">{countsLine(closed, t)}</p>
          <CalibrationSection report={calibration} />
          <GapsTable gaps={gaps} />
          {target.kind === 'local' && model.mixed && <p className="rv-note">{t('review.model.mixed')}</p>}
          {targets.length > 1 && (
            <p className="rv-point">
              <label htmlFor="rv-target">{t('review.target')}</label>{' '}
              <select id="rv-target" value={targetIndex} onChange={(e) => setTargetIndex(Number(e.target.value))}>
                {targets.map((choice, i) => (
                  <option key={i} value={i}>
                    {choice.kind === 'server' ? choice.teamName : ''}
                  </option>
                ))}
              </select>
            </p>
          )}
          <AdviceSection
            deals={deals}
            decided={closed.decided}
            current={current}
            point={point}
            target={target}
            holdReads={hold}
            onWritten={myTeams.reload}
          />
        </>
      )}
    </main>
  );
}
