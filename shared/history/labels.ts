/** The labels of the snapshots taken automatically, worded in the user's language. */
import type { Lang } from '../i18n/catalogue';
import { translate } from '../i18n/translate';

export type AutoSnapshot =
  /** Before a file is imported over an existing deal. */
  | { readonly reason: 'import' }
  /** Before the automatic org-chart layout moves every card. */
  | { readonly reason: 'layout' }
  /** The map a restore replaces; `restored` names the snapshot restored (its label, or its date). */
  | { readonly reason: 'restore'; readonly restored: string }
  /** At the first edit of a new day; `day` is today, YYYY-MM-DD. */
  | { readonly reason: 'daily'; readonly day: string };

export function autoSnapshotLabel(what: AutoSnapshot, lang: Lang = 'en'): string {
  switch (what.reason) {
    case 'import':
      return translate(lang, 'history.auto.import');
    case 'layout':
      return translate(lang, 'history.auto.layout');
    case 'restore':
      return translate(lang, 'history.auto.restore', { label: what.restored });
    case 'daily':
      return translate(lang, 'history.auto.daily', { date: what.day });
  }
}
