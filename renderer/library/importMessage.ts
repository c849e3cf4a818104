import { autoSnapshotLabel } from '../../shared/history';
import type { Lang } from '../../shared/i18n';
import type { Translator } from '../../shared/i18n';
import type { ImportOutcome } from './importDecision';

/**
 * What the toast says after an import (importDecision), the same for the library's Import
 * and for Open: `created` is the caller's own sentence for a plain import.
 */
export function importMessage(
  outcome: Exclude<ImportOutcome, { status: 'cancelled' }>,
  t: Translator,
  lang: Lang,
  created: string,
): { text: string; tone?: 'error' } {
  const name = outcome.document.deal.name;
  if (outcome.status === 'replaced') {
    return { text: t('importOver.replaced', { name, label: autoSnapshotLabel({ reason: 'import' }, lang) }) };
  }
  if (outcome.unreadable) return { text: t('importOver.unreadable', { name }), tone: 'error' };
  return { text: created };
}
