/**
 * The user's teams on the server, for the review's choice of where a team model is adopted:
 * fetched when signed in and again after a write; an empty list while signed out or when the
 * server cannot be reached (the review then writes the local deals, as offline).
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useTeam } from '../team/TeamContext';
import { listTeams, type MyTeam } from '../team/teamApi';

export function useMyTeams(): { readonly teams: readonly MyTeam[] | null; readonly reload: () => void } {
  const { store } = useTeam();
  const session = store.session;
  const signedIn = useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.current() !== null,
  );
  const [teams, setTeams] = useState<readonly MyTeam[] | null>(signedIn ? null : []);
  const [asked, setAsked] = useState(0);
  const reload = useCallback(() => setAsked((n) => n + 1), []);
  useEffect(() => {
    if (!signedIn) {
      setTeams([]);
      return;
    }
    let live = true;
    listTeams(session).then(
      (mine) => live && setTeams(mine),
      () => live && setTeams([]),
    );
    return () => {
      live = false;
    };
  }, [signedIn, session, asked]);
  return { teams, reload };
}
