import type { Lang } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import type { TeamAnswerStatus } from './cachedAnswer';
import './team.css';

const timeFormats = new Map<Lang, Intl.DateTimeFormat>();

/** When the server answered, in the user's time zone and language. */
export function formatAnswered(at: string, lang: Lang): string {
  let format = timeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    timeFormats.set(lang, format);
  }
  return format.format(new Date(at));
}

/** Where the team's deals come from: the server now, or what was kept from it, as of when. */
export function TeamAnswerNote({ status }: { status: TeamAnswerStatus }) {
  const { t, lang } = useLang();
  if (!status.offline) {
    return status.at === null ? null : (
      <p className="muted team-answer-note">{t('team.answer.live', { time: formatAnswered(status.at, lang) })}</p>
    );
  }
  return (
    <p className="team-answer-note is-offline" role="status">
      {status.at === null
        ? t('team.answer.offlineNone')
        : t('team.answer.offline', { time: formatAnswered(status.at, lang) })}
    </p>
  );
}
