import { useMemo } from 'react';
import {
  ATTITUDES,
  BUYING_ROLES,
  CLOSENESS,
  FUNCTIONS,
  LEVELS,
  PURCHASE_STAGES,
  QUALIFICATION_ANSWERS,
  RELATIONSHIP_KINDS,
  RELATIONSHIP_STAGES,
  STYLES,
} from '../../../shared/document';
import { useLang } from '../../i18n/LangContext';

/** The methodology's closed lists as labelled options, in the interface language. */
export function useVocabulary() {
  const { t } = useLang();
  return useMemo(
    () => ({
      attitudes: ATTITUDES.map((value) => ({ value, label: t(`attitude.${value}`) })),
      closeness: [...CLOSENESS].reverse().map((value) => ({ value, label: t(`closeness.${value}`) })),
      stages: RELATIONSHIP_STAGES.map((value) => ({ value, label: t(`stage.${value}`) })),
      levels: [...LEVELS].reverse().map((value) => ({ value, label: t(`level.${value}`) })),
      functions: FUNCTIONS.map((value) => ({ value, label: t(`function.${value}`) })),
      roles: BUYING_ROLES.map((value) => ({ value, label: t(`role.${value}`) })),
      styles: STYLES.map((value) => ({ value, label: t(`style.${value}`) })),
      purchaseStages: PURCHASE_STAGES.map((value) => ({ value, label: t(`purchaseStage.${value}`) })),
      answers: QUALIFICATION_ANSWERS.map((value) => ({ value, label: t(`answer.${value}`) })),
      kinds: RELATIONSHIP_KINDS.map((value) => ({ value, label: t(`kind.${value}`) })),
    }),
    [t],
  );
}
