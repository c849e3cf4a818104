/**
 * The team's closed deals for the review, when signed in: GET /api/review, kept in the
 * database for reading offline (kind `review` of the team cache), reloaded when the user
 * signs in or out. Null while signed out.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { cachedAnswer, cacheOwner } from '../team/cachedAnswer';
import type { TeamAnswerStatus } from '../team/cachedAnswer';
import { useTeam } from '../team/TeamContext';
import { fetchTeamReview } from '../team/teamApi';
import { readTeamReview, type TeamReview } from './teamReview';

export interface TeamReviewState {
  readonly review: TeamReview | null;
  readonly status: TeamAnswerStatus;
}

export function useTeamReview(): TeamReviewState | null | 'loading' {
  const { store, cache } = useTeam();
  const session = store.session;
  const state = useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.current(),
  );
  const owner = state ? cacheOwner(state) : null;
  const [answer, setAnswer] = useState<TeamReviewState | null | 'loading'>(owner ? 'loading' : null);
  useEffect(() => {
    if (owner === null) {
      setAnswer(null);
      return;
    }
    let live = true;
    setAnswer('loading');
    void cachedAnswer({ cache, kind: 'review', owner, ask: () => fetchTeamReview(session), read: readTeamReview }).then(
      (got) => live && setAnswer({ review: got.value, status: { at: got.at, offline: got.offline } }),
    );
    return () => {
      live = false;
    };
  }, [owner, cache, session]);
  return answer;
}
