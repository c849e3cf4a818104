import { useEffect, useState } from 'react';
import type { TeamSession } from './session';
import { listTeams, type MyTeam } from './teamApi';
import { defaultTeam, NO_TEAM } from './teamChoice';

/**
 * The user's teams once signed in, for the choice of team (null until fetched), and the team
 * chosen to publish into, first the default one. When the teams cannot be fetched there are
 * none, the deal goes into no team, and `onError` is told why.
 */
export function useMyTeams(
  session: TeamSession,
  signedIn: boolean,
  onError: (error: unknown) => void,
): { teams: readonly MyTeam[] | null; publishTeam: string; setPublishTeam: (team: string) => void } {
  const [teams, setTeams] = useState<readonly MyTeam[] | null>(null);
  const [publishTeam, setPublishTeam] = useState<string>(NO_TEAM);
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    listTeams(session).then(
      (mine) => {
        if (!live) return;
        setTeams(mine);
        setPublishTeam(defaultTeam(mine));
      },
      (caught: unknown) => {
        if (!live) return;
        setTeams([]);
        onError(caught);
      },
    );
    return () => {
      live = false;
    };
  }, [signedIn, session, onError]);
  return { teams, publishTeam, setPublishTeam };
}
