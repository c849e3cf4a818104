import { useId } from 'react';
import type { DocumentDiff } from '../../shared/diff';
import type { MapContent } from '../../shared/document';
import { useLang } from '../i18n/LangContext';
import { ChangeGroup, NoChanges } from './ChangeGroup';
import type { CompareMarks } from './compareMarks';
import { FieldChanges } from './FieldChanges';
import { GapChanges } from './GapChanges';
import { PeopleChanges } from './PeopleChanges';
import { RelationshipChanges } from './RelationshipChanges';
import { TeamChanges } from './TeamChanges';
import { namesOf } from './wording';

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
  // The deal's id is bookkeeping (an import may give the deal a new one), not a change to show.
  const dealChanges = diff.deal.filter((change) => change.field !== 'id');
  const gapCount = diff.gaps.opened.length + diff.gaps.closed.length;

  return (
    <section className="ph-section ph-changes" aria-labelledby={heading}>
      <h3 id={heading} className="pn-subheading">
        {t('historyApp.changes.heading')}
      </h3>
      {dealChanges.length > 0 && (
        <ChangeGroup heading={t('historyApp.changes.deal')}>
          <FieldChanges scope="deal" changes={dealChanges} names={names} directionOf={(c) => c.direction} />
        </ChangeGroup>
      )}
      <TeamChanges team={diff.team} names={names} />
      <PeopleChanges people={diff.stakeholders} next={next} marks={marks} names={names} />
      <RelationshipChanges lines={diff.relationships} names={names} />
      <ChangeGroup className="ph-group ph-group--gaps" heading={t('historyApp.changes.gaps')}>
        {gapCount === 0 ? (
          <NoChanges />
        ) : (
          <>
            <GapChanges heading={t('historyApp.changes.gapsOpened')} gaps={diff.gaps.opened} kind="opened" />
            <GapChanges heading={t('historyApp.changes.gapsClosed')} gaps={diff.gaps.closed} kind="closed" />
          </>
        )}
      </ChangeGroup>
    </section>
  );
}
