import { useEffect, useState } from 'react';
import type { Lang } from '../../shared/i18n';
import type { MovementsData, PipelineData, PipelineSource } from './source';

/**
 * The source's rows for the dates given, loaded again when the library changes. A source that
 * reads the first screen first gives it before the rest (`firstScreenOf` set); a later load
 * never goes back to a first screen once every row was shown.
 */
export function usePipelineData(
  source: PipelineSource,
  asOf: string,
  since: string | null,
): { data: PipelineData | null; error: string | null } {
  const [data, setData] = useState<PipelineData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let complete = false;
    const showFirstScreen = (first: PipelineData) => {
      if (live && !complete) setData(first);
    };
    const load = () =>
      source.load({ asOf, since }, showFirstScreen).then(
        (next) => {
          if (live) {
            complete = true;
            setData(next);
            setError(null);
          }
        },
        (failure: unknown) => {
          if (live) setError(failure instanceof Error ? failure.message : String(failure));
        },
      );
    void load();
    const stop = source.onChange(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [source, asOf, since]);
  return { data, error };
}

/** What moved since `since`; null while it is being read. A failure shows as nothing moved. */
export function useMovements(source: PipelineSource, since: string, asOf: string, lang: Lang): MovementsData | null {
  const [movements, setMovements] = useState<MovementsData | null>(null);
  useEffect(() => {
    let live = true;
    setMovements(null);
    source.movements(since, asOf, lang).then(
      (data) => live && setMovements(data),
      () => live && setMovements({ movements: [] }),
    );
    return () => {
      live = false;
    };
  }, [source, since, asOf, lang]);
  return movements;
}
