/**
 * The sentence that names a person deleted on one machine while edited on another: who
 * deleted them, when, and what was changed since. The trail panel's list and the deal's
 * notice both say it.
 */
import type { DeletedButEdited } from '../../shared/collab';
import { fieldLabel } from '../../shared/diff/wording';
import { joinList, type Lang, type Translator } from '../../shared/i18n';
import { formatTakenAt } from './dates';

export function deletedItemText(person: DeletedButEdited, t: Translator, lang: Lang): string {
  const words = { t, raw: (text: string) => text };
  return t('trailApp.deleted.item', {
    name: person.name,
    who: person.deletedBy.name.trim() || t('trailApp.unnamed'),
    when: formatTakenAt(lang, person.deletedAt),
    fields: joinList(
      lang,
      person.fields.map((field) => fieldLabel(words, 'person', field)),
    ),
  });
}
