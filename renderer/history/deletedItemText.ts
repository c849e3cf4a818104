/**
 * The sentence that names a person deleted on one machine while edited on another: who
 * deleted them, when, who changed them meanwhile (when the trail knows) and which fields,
 * each by the label the inspector shows it under. The trail panel's list and the deal's
 * notice both say it.
 */
import type { DeletedButEdited } from '../../shared/collab';
import { fieldLabel } from '../../shared/diff/wording';
import { joinList, type Lang, type MessageKey, type Translator } from '../../shared/i18n';
import { formatTakenAt } from './dates';

/** A person's field by its label in the inspector ("Attitude toward us"); the shared field name otherwise. */
const LABEL_OF: Readonly<Record<string, MessageKey>> = {
  name: 'panels.person.name',
  title: 'panels.person.title',
  department: 'panels.person.department',
  function: 'panels.person.function',
  level: 'panels.person.level',
  roles: 'panels.person.roles',
  attitude: 'panels.person.attitude',
  closeness: 'panels.person.closeness',
  stage: 'panels.person.stage',
  influence: 'panels.person.influence',
  style: 'panels.person.style',
  ownerId: 'panels.person.owner',
  lastContact: 'panels.person.lastContact',
  interests: 'panels.person.interests',
  notes: 'panels.person.notes',
  position: 'trailApp.deleted.field.position',
};

export function personFieldLabel(field: string, t: Translator): string {
  const key = Object.prototype.hasOwnProperty.call(LABEL_OF, field) ? LABEL_OF[field] : undefined;
  return key ? t(key) : fieldLabel({ t, raw: (text) => text }, 'person', field);
}

export function deletedItemText(person: DeletedButEdited, t: Translator, lang: Lang): string {
  const editors = person.editedBy.map((actor) => actor.name.trim() || t('trailApp.unnamed'));
  return t('trailApp.deleted.item', {
    name: person.name,
    who: person.deletedBy.name.trim() || t('trailApp.unnamed'),
    when: formatTakenAt(lang, person.deletedAt),
    editors: editors.length === 0 ? t('trailApp.deleted.someoneElse') : joinList(lang, editors),
    fields: joinList(
      lang,
      person.fields.map((field) => personFieldLabel(field, t)),
    ),
  });
}
