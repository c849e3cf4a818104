import type { Gap } from '../analysis/types';
import type { Relationship, Stakeholder, TeamMember } from '../document/schema';

/** How a move reads for us: attitude, closeness, stage and influence lines have a direction. */
export type Direction = 'improved' | 'worsened';

export interface FieldChange {
  /** Dot path inside the entity: `attitude`, `interests.personal`, `qualification.canWin`. */
  readonly field: string;
  readonly old: unknown;
  readonly new: unknown;
  readonly direction?: Direction;
}

export interface EntityChange {
  readonly id: string;
  /** The name in the newer version (for relationships: `from → to` names). */
  readonly name: string;
  readonly changes: readonly FieldChange[];
  /** Improved when every directed change improved, worsened when every one worsened. */
  readonly direction?: Direction;
}

export interface CollectionDiff<T> {
  readonly added: readonly T[];
  readonly removed: readonly T[];
  readonly changed: readonly EntityChange[];
}

export interface TermChange {
  readonly key: string;
  readonly label: string;
  /** Whole points in each version (0 where the term is absent). */
  readonly old: number;
  readonly new: number;
  /** Unrounded change, the figure attribution sorts by. */
  readonly delta: number;
}

export interface LikelihoodChange {
  readonly old: number;
  readonly new: number;
  readonly delta: number;
  /** The terms that moved, largest change first. */
  readonly terms: readonly TermChange[];
}

export interface DocumentDiff {
  readonly deal: readonly FieldChange[];
  readonly team: CollectionDiff<TeamMember>;
  readonly stakeholders: CollectionDiff<Stakeholder>;
  readonly relationships: CollectionDiff<Relationship>;
  readonly gaps: { readonly opened: readonly Gap[]; readonly closed: readonly Gap[] };
  readonly winLikelihood: LikelihoodChange;
  /** True when nothing at all differs. */
  readonly unchanged: boolean;
}
