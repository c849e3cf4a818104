import type { CollectionDiff } from '../../shared/diff';
import type { TeamMember } from '../../shared/document';
import { useLang } from '../i18n/LangContext';
import { AddedOrRemoved, ChangeGroup } from './ChangeGroup';
import { FieldChanges } from './FieldChanges';
import type { Names } from './wording';

/** Our team's members added, removed and changed; nothing at all when the team is as it was. */
export function TeamChanges({ team, names }: { team: CollectionDiff<TeamMember>; names: Names }) {
  const { t } = useLang();
  if (team.added.length + team.removed.length + team.changed.length === 0) return null;
  return (
    <ChangeGroup heading={t('historyApp.changes.team')}>
      <ul className="ph-change-list">
        {team.added.map((member) => (
          <AddedOrRemoved key={member.id} mark="added">
            {member.name}
          </AddedOrRemoved>
        ))}
        {team.removed.map((member) => (
          <AddedOrRemoved key={member.id} mark="removed">
            {member.name}
          </AddedOrRemoved>
        ))}
        {team.changed.map((entity) => (
          <li key={entity.id} className="ph-change ph-change--changed">
            <p className="ph-change__head">{entity.name}</p>
            <FieldChanges scope="team" changes={entity.changes} names={names} directionOf={() => undefined} />
          </li>
        ))}
      </ul>
    </ChangeGroup>
  );
}
