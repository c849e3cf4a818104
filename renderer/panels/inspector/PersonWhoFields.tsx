import type { Stakeholder } from '../../../shared/document';
import { useLang } from '../../i18n/LangContext';
import { CheckboxGroup } from '../fields/CheckboxGroup';
import { DraftField } from '../fields/DraftField';
import { SelectField } from '../fields/SelectField';
import { useVocabulary } from '../hooks/useVocabulary';
import { parseAnyText, parseRequiredText } from '../logic/parse';
import { asText, type SetPersonField } from './personField';

/** Who the person is: name, title, department, function, level and roles in the decision. */
export function PersonWhoFields({ person, set }: { person: Stakeholder; set: SetPersonField }) {
  const { t } = useLang();
  const vocabulary = useVocabulary();
  return (
    <>
      <DraftField
        label={t('panels.person.name')}
        value={person.name}
        format={asText}
        parse={parseRequiredText}
        required
        apply={(name) => set('name', { name })}
      />
      <DraftField
        label={t('panels.person.title')}
        value={person.title}
        format={asText}
        parse={parseAnyText}
        apply={(title) => set('title', { title })}
      />
      <DraftField
        label={t('panels.person.department')}
        value={person.department}
        format={asText}
        parse={parseAnyText}
        apply={(department) => set('department', { department })}
      />
      <SelectField
        label={t('panels.person.function')}
        value={person.function}
        options={vocabulary.functions}
        onChange={(value) => set('function', { function: value })}
      />
      <SelectField
        label={t('panels.person.level')}
        value={person.level}
        options={vocabulary.levels}
        onChange={(level) => set('level', { level })}
      />
      <CheckboxGroup
        legend={t('panels.person.roles')}
        values={person.roles}
        options={vocabulary.roles}
        onChange={(roles) => set('roles', { roles })}
      />
    </>
  );
}
