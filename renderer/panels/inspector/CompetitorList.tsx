import { useId, useState, type FormEvent } from 'react';
import { useLang } from '../../i18n/LangContext';
import { DraftField } from '../fields/DraftField';
import { FieldMessage } from '../fields/FieldMessage';
import { useErrorText } from '../hooks/useErrorText';
import { addCompetitor, removeAt, renameCompetitor } from '../logic/lists';
import type { FieldError } from '../logic/parse';

const text = (value: string) => value;

/**
 * The deal's competitors as an editable list: rename in place, remove, add. `field` names
 * the edit for undo merging (typing in one name undoes as one step).
 */
export function CompetitorList({
  competitors,
  apply,
}: {
  competitors: readonly string[];
  apply: (competitors: string[], field: string) => void;
}) {
  const { t } = useLang();
  const errorText = useErrorText();
  const headingId = useId();
  const inputId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<FieldError | null>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const result = addCompetitor(competitors, draft);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    apply(result.value, 'add');
    setDraft('');
    setError(null);
  };

  return (
    <div className="pn-group" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="pn-field__label">
        {t('panels.deal.competitors')}
      </h3>
      {competitors.length === 0 && <p className="pn-muted">{t('panels.deal.noCompetitors')}</p>}
      <ul className="pn-list">
        {competitors.map((name, index) => (
          <li key={index} className="pn-list__item">
            <DraftField
              label={t('panels.deal.competitorName', { index: index + 1 })}
              hideLabel
              value={name}
              format={text}
              parse={(value) => {
                const result = renameCompetitor(competitors, index, value);
                return result.ok ? { ok: true, value } : result;
              }}
              apply={(value) => {
                const result = renameCompetitor(competitors, index, value);
                if (result.ok) apply(result.value, String(index));
              }}
              after={
                <button
                  type="button"
                  className="pn-button pn-button--quiet"
                  aria-label={t('panels.deal.competitorRemove', { name })}
                  onClick={() => apply(removeAt(competitors, index), 'remove')}
                >
                  ×
                </button>
              }
            />
          </li>
        ))}
      </ul>
      <form className="pn-field" onSubmit={add}>
        <label htmlFor={inputId} className="visually-hidden">
          {t('panels.deal.competitorNew')}
        </label>
        <div className="pn-field__row">
          <input
            id={inputId}
            type="text"
            value={draft}
            placeholder={t('panels.deal.competitorNew')}
            autoComplete="off"
            aria-invalid={error !== null ? true : undefined}
            aria-describedby={error !== null ? errorId : undefined}
            onChange={(event) => {
              setDraft(event.target.value);
              setError(null);
            }}
          />
          <button type="submit" className="pn-button">
            {t('panels.deal.competitorAdd')}
          </button>
        </div>
        {error !== null && (
          <FieldMessage id={errorId} kind="error">
            {errorText(error)}
          </FieldMessage>
        )}
      </form>
    </div>
  );
}
