import { useEffect, useState } from 'react';
import type { Lang } from '../../shared/i18n';
import type { DealMovement } from '../../shared/pipeline/onRows';
import type { PipelineData, PipelineSource } from './source';

/** The source's rows for the dates given, loaded again when the library changes. */
export function usePipelineData(
  source: PipelineSource,
  asOf: string,
  since: string | null,
): { data: PipelineData | null; error: string | null } {
  const [data, setData] = useState<PipelineData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      source.load({ asOf, since }).then(
        (next) => {
          if (live) {
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
export function useMovements(source: PipelineSource, since: string, asOf: string, lang: Lang): DealMovement[] | null {
  const [movements, setMovements] = useState<DealMovement[] | null>(null);
  useEffect(() => {
    let live = true;
    setMovements(null);
    source.movements(since, asOf, lang).then(
      (list) => live && setMovements(list),
      () => live && setMovements([]),
    );
    return () => {
      live = false;
    };
  }, [source, since, asOf, lang]);
  return movements;
}
