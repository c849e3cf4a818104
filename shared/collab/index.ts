/** The collaborative model of a deal: its Yjs shape, conversions, trail, snapshots and the salvage reader (docs/COLLAB_MODEL.md). */
export { COLLAB_SCHEMA_VERSION, originOf, rootsOf, type Actor, type CollabOrigin, type Deletion } from './shape';
export { applyDocumentToYDoc, documentToYDoc, restorePerson, type ApplyOptions, type ApplyResult } from './write';
export { holdsDeal, listDeletedButEdited, readDealFromYDoc, type DealRead, type DeletedButEdited } from './read';
export { salvageDocument, type SalvageOptions, type SalvageResult } from './salvage';
export {
  setAsideJson,
  type SetAsideEntity,
  type SetAsidePart,
  type SetAsideReason,
  type SetAsideRepair,
} from './setAside';
export { describeSetAside, describeTrailEntry } from './wording';
export {
  COALESCE_MS,
  MAX_TRAIL_ENTRIES,
  listTrail,
  restoreValue,
  type TrailAction,
  type TrailEntity,
  type TrailEntry,
} from './trail';
export { storedSnapshots, type StoredSnapshot } from './snapshots';
