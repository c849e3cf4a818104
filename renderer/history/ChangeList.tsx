import { useId } from 'react';
import type { DocumentDiff } from '../../shared/diff';
import type { MapContent } from '../../shared/document';
import { useLang } from '../i18n/LangContext';
import { isLayoutField, meaningfulChanges, type CompareMarks } from './compareMarks';
import { FieldChanges } from './FieldChanges';
import { GapChanges } from './GapChanges';
import { MARK_SYMBOLS } from '../canvas/marks';
import { PersonChangeItem } from './PersonChangeItem';
import { lineName, namesOf } from './wording';

/**
 * What changed between two versions, grouped: the deal, our team, people (added, removed,
 * changed field by field), relationships, and the gaps opened and closed. Cards only moved
 * on the map are counted, not listed.
 */
export function ChangeList({
  old,
  next,
  diff,
  marks,
}: {
  old: MapContent;
  next: MapContent;
  diff: DocumentDiff;
  marks: CompareMarks;
}) {
  const { t } = useLang();
  const heading = useId();
  const names = namesOf(old, next);
  const newPeople = new Map(next.stakeholders.map((p) => [p.id, p]));
  const { stakeholders, relationships, team } = diff;
  const changedPeople = stakeholders.changed.filter((entity) => meaningfulChanges(entity).length > 0);
  const moved = stakeholders.changed.filter((entity) => entity.changes.some((c) => isLayoutField(c.field))).length;
  // The deal's id is bookkeeping (an import may give the deal a new one), not a change to show.
  const dealChanges = diff.deal.filter((change) => change.field !== 'id');
  const teamCount = team.added.length + team.removed.length + team.changed.length;
  const peopleCount = stakeholders.added.length + stakeholders.removed.length + changedPeople.length;
  const lineCount = relationships.added.length + relationships.removed.length + relationships.changed.length;
  const gapCount = diff.gaps.opened.length + diff.gaps.closed.length;

  return (
    <section className="ph-section ph-changes" aria-labelledby={heading}>
      <h3 id={heading} className="pn-subheading">
        {t('historyApp.changes.heading')}
      </h3>
      {dealChanges.length > 0 && (
        <div className="ph-group">
          <h4 className="ph-group__heading">{t('historyApp.changes.deal')}</h4>
          <FieldChanges scope="deal" changes={dealChanges} names={names} directionOf={(c) => c.direction} />
        </div>
      )}
      {teamCount > 0 && (
        <div className="ph-group">
          <h4 className="ph-group__heading">{t('historyApp.changes.team')}</h4>
          <ul className="ph-change-list">
            {team.added.map((member) => (
              <li key={member.id} className="ph-change ph-change--added">
                <span className="ph-mark ph-mark--added">
                  {MARK_SYMBOLS.added} {t('historyApp.mark.added')}
                </span>{' '}
                {member.name}
              </li>
            ))}
            {team.removed.map((member) => (
              <li key={member.id} className="ph-change ph-change--removed">
                <span className="ph-mark ph-mark--removed">
                  {MARK_SYMBOLS.removed} {t('historyApp.mark.removed')}
                </span>{' '}
                {member.name}
              </li>
            ))}
            {team.changed.map((entity) => (
              <li key={entity.id} className="ph-change ph-change--changed">
                <p className="ph-change__head">{entity.name}</p>
                <FieldChanges scope="team" changes={entity.changes} names={names} directionOf={() => undefined} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="ph-group ph-group--people">
        <h4 className="ph-group__heading">{t('historyApp.changes.people')}</h4>
        {peopleCount === 0 ? (
          <p className="pn-muted">{t('historyApp.changes.none')}</p>
        ) : (
          <ul className="ph-change-list">
            {stakeholders.added.map((person) => (
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
            {stakeholders.removed.map((person) => (
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
      </div>
      <div className="ph-group ph-group--lines">
        <h4 className="ph-group__heading">{t('historyApp.changes.relationships')}</h4>
        {lineCount === 0 ? (
          <p className="pn-muted">{t('historyApp.changes.none')}</p>
        ) : (
          <ul className="ph-change-list">
            {relationships.added.map((line) => (
              <li key={line.id} className="ph-change ph-change--added">
                <span className="ph-mark ph-mark--added">
                  {MARK_SYMBOLS.added} {t('historyApp.mark.added')}
                </span>{' '}
                {lineName(t, line, names)}
              </li>
            ))}
            {relationships.removed.map((line) => (
              <li key={line.id} className="ph-change ph-change--removed">
                <span className="ph-mark ph-mark--removed">
                  {MARK_SYMBOLS.removed} {t('historyApp.mark.removed')}
                </span>{' '}
                {lineName(t, line, names)}
              </li>
            ))}
            {relationships.changed.map((entity) => (
              <li key={entity.id} className="ph-change ph-change--changed">
                <p className="ph-change__head">
                  <span className="ph-mark ph-mark--changed">
                    {MARK_SYMBOLS.changed} {t('historyApp.mark.changed')}
                  </span>{' '}
                  {entity.name}
                </p>
                <FieldChanges
                  scope="relationship"
                  changes={entity.changes}
                  names={names}
                  directionOf={() => undefined}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="ph-group ph-group--gaps">
        <h4 className="ph-group__heading">{t('historyApp.changes.gaps')}</h4>
        {gapCount === 0 ? (
          <p className="pn-muted">{t('historyApp.changes.none')}</p>
        ) : (
          <>
            <GapChanges heading={t('historyApp.changes.gapsOpened')} gaps={diff.gaps.opened} kind="opened" />
            <GapChanges heading={t('historyApp.changes.gapsClosed')} gaps={diff.gaps.closed} kind="closed" />
          </>
        )}
      </div>
    </section>
  );
}
