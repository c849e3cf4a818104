import type { Stakeholder } from '../../../shared/document';
import { useLang } from '../../i18n/LangContext';
import { KeyHints } from '../fields/KeyHints';
import { SelectField } from '../fields/SelectField';
import { useVocabulary } from '../hooks/useVocabulary';
import { attitudeKeys, closenessKeys } from '../logic/quickKeys';
import type { SetPersonField } from './personField';

const ATTITUDE_KEYS = attitudeKeys();
const CLOSENESS_KEYS = closenessKeys();

/** Where the person stands with us: attitude and closeness (with their quick keys), and their stage. */
export function PersonStanceFields({ person, set }: { person: Stakeholder; set: SetPersonField }) {
  const { t } = useLang();
  const vocabulary = useVocabulary();
  return (
    <>
      <SelectField
        label={t('panels.person.attitude')}
        value={person.attitude}
        options={vocabulary.attitudes}
        onChange={(attitude) => set('attitude', { attitude })}
        hint={<KeyHints keys={ATTITUDE_KEYS} label={(value) => t(`attitude.${value}`)} />}
      />
      <SelectField
        label={t('panels.person.closeness')}
        value={person.closeness}
        options={vocabulary.closeness}
        onChange={(closeness) => set('closeness', { closeness })}
        hint={<KeyHints keys={CLOSENESS_KEYS} label={(value) => t(`closeness.${value}`)} />}
      />
      <SelectField
        label={t('panels.person.stage')}
        value={person.stage}
        options={vocabulary.stages}
        onChange={(stage) => set('stage', { stage })}
      />
    </>
  );
}
