import { useCallback, useState } from 'react';

/**
 * One request to the team server at a time, as a dialog runs them: `busy` while it runs (the
 * dialog's buttons wait), and what it threw kept in `error` until the next one starts.
 */
export function useTeamTask(): {
  busy: boolean;
  error: unknown;
  setError: (error: unknown) => void;
  run: (work: () => Promise<void>) => Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
