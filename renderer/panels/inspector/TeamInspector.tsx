import { useId } from 'react';
import type { PowermapDocument } from '../../../shared/document';
import { removeTeamMember, updateTeamMember } from '../../editor/commands/deal';
import type { EditorStore } from '../../editor/store';
import { useLang } from '../../i18n/LangContext';
import { DraftField } from '../fields/DraftField';
import { ownedCount } from '../logic/lists';
import { parseAnyText, parseRequiredText } from '../logic/parse';
import { AddMemberForm } from './AddMemberForm';

const text = (value: string) => value;

/** Our team: rename, change role, remove (which leaves their people without an owner), add. */
export function TeamInspector({ store, doc }: { store: EditorStore; doc: PowermapDocument }) {
  const { t } = useLang();
  const headingId = useId();
  return (
    <section className="pn-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="pn-heading">
        {t('panels.team.heading')}
      </h2>
      {doc.team.length === 0 ? (
        <p className="pn-muted">{t('panels.team.empty')}</p>
      ) : (
        <p className="pn-muted">{t('panels.team.removeHint')}</p>
      )}
      <ul className="pn-list">
        {doc.team.map((member, index) => {
          const name = member.name.trim() || t('panels.team.unnamed');
          const owns = ownedCount(doc, member.id);
          return (
            <li key={member.id} className="pn-member">
              <fieldset className="pn-group">
                <legend className="visually-hidden">{t('panels.team.member', { index: index + 1 })}</legend>
                <DraftField
                  label={t('panels.team.name')}
                  value={member.name}
                  format={text}
                  parse={parseRequiredText}
                  required
                  apply={(value) =>
                    store.apply(updateTeamMember(member.id, { name: value }), { mergeKey: `team:${member.id}:name` })
                  }
                />
                <DraftField
                  label={t('panels.team.role')}
                  value={member.role}
                  format={text}
                  parse={parseAnyText}
                  placeholder={t('panels.team.rolePlaceholder')}
                  apply={(value) =>
                    store.apply(updateTeamMember(member.id, { role: value }), { mergeKey: `team:${member.id}:role` })
                  }
                />
                <div className="pn-member__footer">
                  <span className="pn-muted">{t('panels.team.owns', { count: owns })}</span>
                  <button
                    type="button"
                    className="pn-button pn-button--danger"
                    aria-label={t('panels.team.remove', { name })}
                    onClick={() => store.apply(removeTeamMember(member.id))}
                  >
                    {t('panels.team.removeButton')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <AddMemberForm store={store} />
    </section>
  );
}
