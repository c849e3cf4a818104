/**
 * Times of snapshots: written with the user's local offset (so the day a snapshot names is
 * the day the user saw, see `dayOfTakenAt`), shown in the interface language.
 */
import type { Lang } from '../../shared/i18n';
import { localIsoDate } from '../../shared/values';

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** `2026-11-26T09:30:00+08:00`: the local date and time, with the local offset. */
export function localTakenAt(at: Date): string {
  const offset = -at.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
  return `${date}T${time}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** The local day (YYYY-MM-DD) of an ISO date-time, such as a summary's `updatedAt`; null if unreadable. */
export function localDayOf(iso: string): string | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  return localIsoDate(at);
}

/** The day in the label of a snapshot: `26 Nov 2026`, `2026年11月26日`. */
export function labelDate(lang: Lang, at: Date): string {
  return at.toLocaleDateString(lang === 'en' ? 'en-GB' : 'zh-CN', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** When a snapshot was taken, as the library shows times: `Nov 26, 2026, 9:30 AM`. */
export function formatTakenAt(lang: Lang, takenAt: string): string {
  const at = new Date(takenAt);
  if (Number.isNaN(at.getTime())) return takenAt;
  return at.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A short date for the chart's axis: `26 Nov`, `11月26日`. */
export function shortDate(lang: Lang, at: Date): string {
  return at.toLocaleDateString(lang === 'en' ? 'en-GB' : 'zh-CN', { day: 'numeric', month: 'short' });
}
