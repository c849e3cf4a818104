import type { PowermapDocument } from '../../../shared/document';
import { updatePeople, type PersonPatch } from '../../editor/commands/people';
import type { EditorStore } from '../../editor/store';
import { useLang } from '../../i18n/LangContext';
import { KeyHints } from '../fields/KeyHints';
import { SelectField } from '../fields/SelectField';
import { useVocabulary } from '../hooks/useVocabulary';
import { attitudeKeys, closenessKeys } from '../logic/quickKeys';
import { peopleByIds, sharedValue, type SharedField, type SharedValue } from '../logic/shared';
import { OwnerField } from './OwnerField';

const ATTITUDE_KEYS = attitudeKeys();
const CLOSENESS_KEYS = closenessKeys();
const orMixed = <T,>(shared: SharedValue<T>): T | null => (shared.mixed ? null : shared.value);

/** The fields several people share; a change applies to all of them. */
export function PeopleInspector({
  store,
  doc,
  ids,
}: {
  store: EditorStore;
  doc: PowermapDocument;
  ids: readonly string[];
}) {
  const { t } = useLang();
  const vocabulary = useVocabulary();
  const people = peopleByIds(doc.stakeholders, ids);
  const key = people.map((p) => p.id).join(',');
  const set = (field: SharedField, patch: PersonPatch) =>
    store.apply(updatePeople(ids, patch), { mergeKey: `people:${key}:${field}` });
  const owner = sharedValue(people, 'ownerId');

  return (
    <section className="pn-section" aria-labelledby="pn-people-heading">
      <h2 id="pn-people-heading" className="pn-heading">
        {t('panels.inspector.people', { count: people.length })}
      </h2>
      <p className="pn-muted">{t('panels.inspector.peopleHint')}</p>
      <ul className="pn-names">
        {people.map((person) => (
          <li key={person.id}>{person.name}</li>
        ))}
      </ul>
      <SelectField
        label={t('panels.person.attitude')}
        value={orMixed(sharedValue(people, 'attitude'))}
        options={vocabulary.attitudes}
        onChange={(attitude) => set('attitude', { attitude })}
        hint={<KeyHints keys={ATTITUDE_KEYS} label={(value) => t(`attitude.${value}`)} />}
      />
      <SelectField
        label={t('panels.person.closeness')}
        value={orMixed(sharedValue(people, 'closeness'))}
        options={vocabulary.closeness}
        onChange={(closeness) => set('closeness', { closeness })}
        hint={<KeyHints keys={CLOSENESS_KEYS} label={(value) => t(`closeness.${value}`)} />}
      />
      <SelectField
        label={t('panels.person.stage')}
        value={orMixed(sharedValue(people, 'stage'))}
        options={vocabulary.stages}
        onChange={(stage) => set('stage', { stage })}
      />
      <SelectField
        label={t('panels.person.level')}
        value={orMixed(sharedValue(people, 'level'))}
        options={vocabulary.levels}
        onChange={(level) => set('level', { level })}
      />
      <OwnerField
        team={doc.team}
        value={owner.mixed ? undefined : owner.value}
        onChange={(ownerId) => set('ownerId', { ownerId })}
      />
    </section>
  );
}
