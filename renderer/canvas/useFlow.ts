/**
 * The document as React Flow's nodes and lines (toFlow), recomputed when the document, the
 * selection, the highlight or a comparison's or teammates' marks change. The cache lives as
 * long as the words do: nodes and lines unchanged since the last call are the same objects,
 * so React Flow and the cards skip them (flowCache.ts).
 */
import { useMemo } from 'react';
import type { Translator } from '../../shared/i18n';
import type { MapCanvasProps } from './mapCanvasProps';
import { FlowCache, toFlow } from './toFlow';

type FlowInputs = Pick<MapCanvasProps, 'doc' | 'selection' | 'highlight' | 'compareMarks' | 'peerMarks'>;

export function useFlow({ doc, selection, highlight, compareMarks, peerMarks }: FlowInputs, t: Translator) {
  const cache = useMemo(() => new FlowCache(t), [t]);
  return useMemo(
    () =>
      toFlow(
        doc,
        {
          selection,
          highlight,
          ...(compareMarks ? { marks: compareMarks } : {}),
          ...(peerMarks ? { peers: peerMarks } : {}),
        },
        cache,
      ),
    [doc, selection, highlight, compareMarks, peerMarks, cache],
  );
}
