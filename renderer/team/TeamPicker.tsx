import { useId } from 'react';
import { useLang } from '../i18n/LangContext';
import type { MyTeam } from './teamApi';
import { teamOptions } from './teamChoice';

/**
 * The Share dialog's team: "No team" or one of the user's teams, with what it means (the
 * team's leads read the deal). Before publishing it picks the team to publish into; for the
 * owner of a shared deal, changing it moves the deal.
 */
export function TeamPicker({
  teams,
  value,
  current,
  disabled,
  onChange,
}: {
  /** Null while the user's teams are being fetched. */
  teams: readonly MyTeam[] | null;
  /** NO_TEAM or a team's name. */
  value: string;
  /** The deal's team on the server (kept on the list even when the user has left it). */
  current: string | null;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useLang();
  const ids = useId();
  const note = `${ids}-note`;
  if (teams === null) return <p className="muted">{t('app.loading')}</p>;
  return (
    <div className="team-share__team">
      <div className="fr-dialog__field">
        <label htmlFor={`${ids}-team`}>{t('team.share.team')}</label>
        <select
          id={`${ids}-team`}
          value={value}
          disabled={disabled}
          aria-describedby={note}
          onChange={(event) => onChange(event.target.value)}
        >
          {teamOptions(teams, current).map((option) => (
            <option key={option.value} value={option.value}>
              {option.name ?? t('team.share.noTeam')}
            </option>
          ))}
        </select>
      </div>
      <p id={note} className="muted">
        {teams.length === 0 ? t('team.share.noTeams') : t('team.share.teamNote')}
      </p>
    </div>
  );
}
