import { useId, useState, type FormEvent } from 'react';
import { addTeamMember } from '../../editor/commands/deal';
import { newId } from '../../editor/ids';
import type { EditorStore } from '../../editor/store';
import { useLang } from '../../i18n/LangContext';
import { FieldMessage } from '../fields/FieldMessage';
import { useErrorText } from '../hooks/useErrorText';
import { parseRequiredText, type FieldError } from '../logic/parse';

/** Adds a member to our team; a name is required. */
export function AddMemberForm({ store }: { store: EditorStore }) {
  const { t } = useLang();
  const errorText = useErrorText();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<FieldError | null>(null);
  const ids = { heading: useId(), name: useId(), role: useId(), error: useId() };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseRequiredText(name);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    store.apply(addTeamMember({ id: newId('t'), name: parsed.value.trim(), role: role.trim() }));
    setName('');
    setRole('');
    setError(null);
  };

  return (
    <form className="pn-add" aria-labelledby={ids.heading} onSubmit={submit}>
      <h3 id={ids.heading} className="pn-field__label">
        {t('panels.team.new')}
      </h3>
      <div className="pn-field">
        <label htmlFor={ids.name} className="visually-hidden">
          {t('panels.team.newName')}
        </label>
        <input
          id={ids.name}
          type="text"
          value={name}
          placeholder={t('panels.team.newName')}
          autoComplete="off"
          aria-invalid={error !== null ? true : undefined}
          aria-describedby={error !== null ? ids.error : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
        />
        {error !== null && (
          <FieldMessage id={ids.error} kind="error">
            {errorText(error)}
          </FieldMessage>
        )}
      </div>
      <div className="pn-field">
        <label htmlFor={ids.role} className="visually-hidden">
          {t('panels.team.newRole')}
        </label>
        <input
          id={ids.role}
          type="text"
          value={role}
          placeholder={t('panels.team.rolePlaceholder')}
          autoComplete="off"
          onChange={(event) => setRole(event.target.value)}
        />
      </div>
      <button type="submit" className="pn-button">
        {t('panels.team.add')}
      </button>
    </form>
  );
}
