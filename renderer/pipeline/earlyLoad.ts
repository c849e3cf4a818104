/**
 * The pipeline's rows asked for before the screen mounts (issue 12: the first draw under
 * 1 s). Reading thousands of cached rows is the longest step of the first draw; started by
 * the entry point, it runs while the bundle's first render (the board, still loading) takes
 * the main thread, instead of after it. The screen's first `load` with the same query takes
 * the read already under way; every other load reads afresh, as the source alone would.
 */
import type { FirstScreenListener, PipelineData, PipelineQuery, PipelineSource } from './source';

/** The source, and when its early read is over (read or failed), for work that should not compete with it. */
export interface EarlySource extends PipelineSource {
  readonly settled: Promise<void>;
}

function sameQuery(a: PipelineQuery, b: PipelineQuery): boolean {
  return a.asOf === b.asOf && a.since === b.since;
}

/**
 * `source` with `load(query)` started now. A change of the library before the screen takes
 * the early rows (a deal saved meanwhile) drops them: the screen then reads again, so it
 * never shows rows older than its own subscription. A failed early read is the screen's
 * to show, as its own read's would be. The early read's first screen (a source that gives
 * one) is kept until the screen asks, then told to it, at once when it came already.
 */
export function withEarlyLoad(source: PipelineSource, query: PipelineQuery): EarlySource {
  let firstScreen: PipelineData | null = null;
  let tellFirstScreen: FirstScreenListener | undefined;
  let early: Promise<PipelineData> | null = source.load(query, (data) => {
    firstScreen = data;
    tellFirstScreen?.(data);
  });
  // Handled here so a read the screen never takes is no unhandled rejection; the screen
  // still gets the failure from the promise it takes.
  const settled = early.then(
    () => undefined,
    () => undefined,
  );
  let watching = true;
  const unsubscribe = source.onChange(() => {
    early = null;
    stopWatching();
  });
  function stopWatching(): void {
    if (watching) unsubscribe();
    watching = false;
  }
  return {
    settled,
    load(asked, onFirstScreen) {
      const taken = early;
      early = null;
      stopWatching();
      if (taken === null || !sameQuery(asked, query)) return source.load(asked, onFirstScreen);
      if (firstScreen !== null) onFirstScreen?.(firstScreen);
      else tellFirstScreen = onFirstScreen;
      return taken;
    },
    movements: (since, asOf, lang) => source.movements(since, asOf, lang),
    documents: (dealIds, options) => source.documents(dealIds, options),
    onChange: (listener) => source.onChange(listener),
  };
}
