/**
 * How much of a deal's Yjs document a summary was made from, as one number that never goes
 * down as the document grows (docs/PIPELINE.md, "Summaries in order"): the sum of the state
 * vector's clocks (every insertion raises its client's clock) plus the total length of the
 * delete set (every deletion adds to it; a deletion raises no clock). A state that contains
 * another (a newer copy of the same deal, or a merge of it with more) has a strictly larger
 * version unless it is the same state. Two concurrent states may tie or compare either way;
 * neither is then older, and the merge of both, stored next, is larger than each.
 */
import * as Y from 'yjs';

export function documentVersion(doc: Y.Doc): number {
  const { sv, ds } = Y.snapshot(doc);
  let version = 0;
  for (const clock of sv.values()) version += clock;
  for (const items of ds.clients.values()) for (const item of items) version += item.len;
  return version;
}
