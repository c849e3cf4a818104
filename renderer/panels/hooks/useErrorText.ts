import { useLang } from '../../i18n/LangContext';
import type { FieldError } from '../logic/parse';

/** Words a field error in the interface language. */
export function useErrorText(): (error: FieldError) => string {
  const { t } = useLang();
  return (error) => t(`panels.error.${error}`);
}
