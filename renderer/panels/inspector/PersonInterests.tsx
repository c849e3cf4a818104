import type { Stakeholder } from '../../../shared/document';
import { useLang } from '../../i18n/LangContext';
import { DraftField } from '../fields/DraftField';
import { parseAnyText } from '../logic/parse';
import { asText, type SetPersonField } from './personField';

type InterestPart = 'organizational' | 'position' | 'personal';

/** The person's interests: the organisation's, their position's and their own. */
export function PersonInterests({ person, set }: { person: Stakeholder; set: SetPersonField }) {
  const { t } = useLang();
  const interest = (part: InterestPart) => (
    <DraftField
      label={t(`panels.person.interests.${part}`)}
      value={person.interests[part]}
      format={asText}
      parse={parseAnyText}
      multiline
      apply={(value) => set(`interests.${part}`, { interests: { ...person.interests, [part]: value } })}
    />
  );
  return (
    <fieldset className="pn-group">
      <legend className="pn-field__label">{t('panels.person.interests')}</legend>
      {interest('organizational')}
      {interest('position')}
      {interest('personal')}
    </fieldset>
  );
}
