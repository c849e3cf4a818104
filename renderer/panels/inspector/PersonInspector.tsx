import { useId } from 'react';
import type { PowermapDocument, Stakeholder } from '../../../shared/document';
import { updatePeople, type PersonPatch } from '../../editor/commands/people';
import type { EditorStore } from '../../editor/store';
import { useLang } from '../../i18n/LangContext';
import { DateField } from '../fields/DateField';
import { DraftField } from '../fields/DraftField';
import { SelectField } from '../fields/SelectField';
import { useVocabulary } from '../hooks/useVocabulary';
import { parseAnyText } from '../logic/parse';
import { InfluenceField } from './InfluenceField';
import { OwnerField } from './OwnerField';
import { asText } from './personField';
import { PersonInterests } from './PersonInterests';
import { PersonStanceFields } from './PersonStanceFields';
import { PersonWhoFields } from './PersonWhoFields';

/** Every field of one person. Each change is one updatePeople, merged per field for undo. */
export function PersonInspector({
  store,
  doc,
  person,
  onDelete,
}: {
  store: EditorStore;
  doc: PowermapDocument;
  person: Stakeholder;
  /** Deletes this person, as Person › Delete person does. */
  onDelete?: (() => void) | undefined;
}) {
  const { t } = useLang();
  const vocabulary = useVocabulary();
  const id = person.id;
  const headingId = useId();
  const set = (field: string, patch: PersonPatch) =>
    store.apply(updatePeople([id], patch), { mergeKey: `person:${id}:${field}` });

  return (
    <section className="pn-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="pn-heading">
        {t('panels.inspector.person')}
      </h2>
      <PersonWhoFields person={person} set={set} />
      <PersonStanceFields person={person} set={set} />
      <InfluenceField doc={doc} person={person} set={set} />
      <SelectField
        label={t('panels.person.style')}
        value={person.style}
        options={vocabulary.styles}
        onChange={(style) => set('style', { style })}
      />
      <OwnerField team={doc.team} value={person.ownerId} onChange={(ownerId) => set('ownerId', { ownerId })} />
      <DateField
        label={t('panels.person.lastContact')}
        value={person.lastContact}
        apply={(lastContact) => set('lastContact', { lastContact })}
      />
      <PersonInterests person={person} set={set} />
      <DraftField
        label={t('panels.person.notes')}
        value={person.notes}
        format={asText}
        parse={parseAnyText}
        multiline
        apply={(notes) => set('notes', { notes })}
        hint={t('panels.person.privateHint')}
      />
      {onDelete && (
        <button type="button" className="pn-button pn-button--danger" onClick={onDelete}>
          {t('action.person.delete')}
        </button>
      )}
    </section>
  );
}
