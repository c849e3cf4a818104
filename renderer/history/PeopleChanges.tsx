import type { CollectionDiff } from '../../shared/diff';
import type { MapContent, Stakeholder } from '../../shared/document';
import { useLang } from '../i18n/LangContext';
import { ChangeGroup, NoChanges } from './ChangeGroup';
import { isLayoutField, meaningfulChanges, type CompareMarks } from './compareMarks';
import { PersonChangeItem } from './PersonChangeItem';
import type { Names } from './wording';

/**
 * The people added, removed and changed field by field. Cards only moved on the map are
 * counted, not listed.
 */
export function PeopleChanges({
  people,
  next,
  marks,
  names,
}: {
  people: CollectionDiff<Stakeholder>;
  next: MapContent;
  marks: CompareMarks;
  names: Names;
}) {
  const { t } = useLang();
  const newPeople = new Map(next.stakeholders.map((p) => [p.id, p]));
  const changedPeople = people.changed.filter((entity) => meaningfulChanges(entity).length > 0);
  const moved = people.changed.filter((entity) => entity.changes.some((c) => isLayoutField(c.field))).length;
  const peopleCount = people.added.length + people.removed.length + changedPeople.length;
  return (
    <ChangeGroup className="ph-group ph-group--people" heading={t('historyApp.changes.people')}>
      {peopleCount === 0 ? (
        <NoChanges />
      ) : (
        <ul className="ph-change-list">
          {people.added.map((person) => (
            <PersonChangeItem
              key={person.id}
              id={person.id}
              name={person.name}
              mark="added"
              changes={[]}
              person={person}
              names={names}
            />
          ))}
          {people.removed.map((person) => (
            <PersonChangeItem
              key={person.id}
              id={person.id}
              name={person.name}
              mark="removed"
              changes={[]}
              person={undefined}
              names={names}
            />
          ))}
          {changedPeople.map((entity) => (
            <PersonChangeItem
              key={entity.id}
              id={entity.id}
              name={entity.name}
              mark={marks.people.get(entity.id) ?? 'changed'}
              changes={meaningfulChanges(entity)}
              person={newPeople.get(entity.id)}
              names={names}
            />
          ))}
        </ul>
      )}
      {moved > 0 && <p className="pn-muted">{t('historyApp.changes.moved', { count: moved })}</p>}
    </ChangeGroup>
  );
}
