/**
 * A part of a deal that could not be read and was set aside, so the rest opens: which
 * entity, which field (or the whole entity), the raw value exactly as it was stored (kept,
 * and exportable as JSON), why, and what the reader did instead. No text here: the part
 * is worded in the user's language by ./setAsideWording.ts.
 */
export type SetAsideEntity = 'document' | 'deal' | 'team' | 'person' | 'line' | 'snapshot';

export type SetAsideReason =
  /** Not a record at all (null, a number, a list): nothing of it can be read. */
  | 'unreadable'
  /** A field whose value the format does not allow (an unknown attitude, a weight of 300). */
  | 'invalid_value'
  /** A record without a usable id. */
  | 'missing_id'
  /** A second record with an id already used. */
  | 'duplicate_id'
  /** A line whose end names nobody on the map (a removed person). */
  | 'unknown_person'
  /** A line from a person to that same person. */
  | 'self_line'
  /** An owner who is not a member of our team. */
  | 'unknown_owner';

/** What the reader did instead of the set-aside value. */
export type SetAsideRepair =
  /** The whole record is left out of the map. */
  | 'left_out'
  /** The field shows its default (for a person's attitude: unknown). */
  | 'default'
  /** A required name was missing: the person or deal is shown under a stand-in name. */
  | 'stand_in';

export interface SetAsidePart {
  readonly entity: SetAsideEntity;
  /** The record's id, when it has a usable one. */
  readonly id: string | null;
  /** A name a person recognises: the person's or deal's name, a line's two ends, a snapshot's label. */
  readonly name: string | null;
  /** The field set aside; null for the whole record. */
  readonly field: string | null;
  /** The value exactly as stored (JSON), kept so nothing is lost. */
  readonly value: unknown;
  readonly reason: SetAsideReason;
  readonly repair: SetAsideRepair;
  /** The value shown instead, for a field reset to its default or a stand-in name. */
  readonly shownAs?: unknown;
}

/** The set-aside parts as one JSON text, for the user to keep or send to support. */
export function setAsideJson(dealId: string, parts: readonly SetAsidePart[]): string {
  return `${JSON.stringify({ format: 'powermap-set-aside', dealId, parts }, null, 2)}\n`;
}
