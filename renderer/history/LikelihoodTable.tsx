import type { TimelinePoint } from '../../shared/history';
import { useLang } from '../i18n/LangContext';
import { signedPoints } from './chart';
import { formatTakenAt, shortDate } from './dates';

/** The chart's figures as a table: every version with its likelihood and main change. */
export function LikelihoodTable({ points }: { points: readonly TimelinePoint[] }) {
  const { t, lang } = useLang();
  return (
    <table className="ph-table">
      <caption className="visually-hidden">{t('historyApp.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('historyApp.table.version')}</th>
          <th scope="col">{t('historyApp.table.when')}</th>
          <th scope="col" className="num">
            {t('historyApp.table.likelihood')}
          </th>
          <th scope="col">{t('historyApp.table.change')}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.id}>
            <th scope="row">{point.label || t('history.unlabelled')}</th>
            <td className="ph-table__when">
              {point.takenAt === null ? (
                t('historyApp.table.now')
              ) : (
                <time dateTime={point.takenAt} title={formatTakenAt(lang, point.takenAt)}>
                  {shortDate(lang, new Date(point.takenAt))}
                </time>
              )}
            </td>
            <td className="num">{point.winLikelihood}%</td>
            <td>{point.mainChange ? `${point.mainChange.label} ${signedPoints(point.mainChange.points)}` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
