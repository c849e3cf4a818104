/**
 * A team error as the dialogs and the library show it: one sentence in the user's language,
 * announced as an alert. Nothing when there is no error.
 */
import type { Translator } from '../../shared/i18n';
import { teamErrorText } from './teamErrors';

export function TeamErrorAlert({ error, t }: { error: unknown; t: Translator }) {
  if (error === null || error === undefined || error === false) return null;
  return (
    <p className="team-error" role="alert">
      {teamErrorText(error, t)}
    </p>
  );
}
