import type { CollectionDiff } from '../../shared/diff';
import type { Relationship } from '../../shared/document';
import { useLang } from '../i18n/LangContext';
import { MARK_SYMBOLS } from '../canvas/marks';
import { AddedOrRemoved, ChangeGroup, NoChanges } from './ChangeGroup';
import { FieldChanges } from './FieldChanges';
import { lineName, type Names } from './wording';

/** The relationships drawn, removed and changed field by field. */
export function RelationshipChanges({ lines, names }: { lines: CollectionDiff<Relationship>; names: Names }) {
  const { t } = useLang();
  const lineCount = lines.added.length + lines.removed.length + lines.changed.length;
  return (
    <ChangeGroup className="ph-group ph-group--lines" heading={t('historyApp.changes.relationships')}>
      {lineCount === 0 ? (
        <NoChanges />
      ) : (
        <ul className="ph-change-list">
          {lines.added.map((line) => (
            <AddedOrRemoved key={line.id} mark="added">
              {lineName(t, line, names)}
            </AddedOrRemoved>
          ))}
          {lines.removed.map((line) => (
            <AddedOrRemoved key={line.id} mark="removed">
              {lineName(t, line, names)}
            </AddedOrRemoved>
          ))}
          {lines.changed.map((entity) => (
            <li key={entity.id} className="ph-change ph-change--changed">
              <p className="ph-change__head">
                <span className="ph-mark ph-mark--changed">
                  {MARK_SYMBOLS.changed} {t('historyApp.mark.changed')}
                </span>{' '}
                {entity.name}
              </p>
              <FieldChanges scope="relationship" changes={entity.changes} names={names} directionOf={() => undefined} />
            </li>
          ))}
        </ul>
      )}
    </ChangeGroup>
  );
}
