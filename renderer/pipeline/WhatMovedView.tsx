import { signedPoints } from '../history/chart';
import { useLang } from '../i18n/LangContext';
import { formatAnswered } from '../team/TeamAnswerNote';
import { formatDay } from './format';
import type { MovementsData } from './source';

/**
 * "What moved this week": each deal whose likelihood moved, and the changes that moved it most;
 * the team's deals too when signed in, and when the server cannot be reached, as of when they were kept.
 */
export function WhatMovedView({
  data,
  since,
  onOpen,
}: {
  data: MovementsData | null;
  since: string;
  onOpen: (dealId: string) => void;
}) {
  const { t, lang } = useLang();
  const movements = data?.movements ?? null;
  const team = data?.team;
  return (
    <section className="pl-moved-list" aria-labelledby="pl-moved-title">
      <h2 id="pl-moved-title">{t('pipelineApp.moved')}</h2>
      {team?.offline && (
        <p className="muted pl-moved-team" role="status">
          {team.at === null
            ? t('pipelineApp.moved.teamNone')
            : t('pipelineApp.moved.teamOffline', { time: formatAnswered(team.at, lang) })}
        </p>
      )}
      {movements === null ? (
        <p className="muted">{t('pipelineApp.loading')}</p>
      ) : movements.length === 0 ? (
        <p className="muted">{t('pipelineApp.moved.none', { date: formatDay(since, lang) })}</p>
      ) : (
        <ol>
          {movements.map((m) => (
            <li key={m.dealId}>
              <button type="button" className="link" onClick={() => onOpen(m.dealId)}>
                {t('pipelineApp.moved.item', { name: m.name, from: m.before, to: m.after })}
              </button>{' '}
              <span className={`pl-delta ${m.delta > 0 ? 'is-up' : 'is-down'}`}>{signedPoints(m.delta)}</span>
              {m.changes.length > 0 && (
                <ul className="pl-moved-changes">
                  {m.changes.map((c) => (
                    <li key={`${c.kind}:${c.id ?? ''}`}>
                      {c.name} <span className="muted">{signedPoints(c.rounded)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
