/** The shapes of a card's layout (see cardLayout.ts): boxes and texts in map units from the card's top-left corner. */
import type { BuyingRole } from '../document/vocabulary';
import type { TextStyle } from '../mapStyle/tokens';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A line of text: what is shown (already truncated), its box (height: the line height) and style. */
export interface TextRun {
  readonly text: string;
  readonly box: Box;
  readonly style: TextStyle;
  readonly align: 'start' | 'middle' | 'end';
  readonly italic: boolean;
  /** Drawn in the muted text colour. */
  readonly muted: boolean;
}

export interface RoleBadge {
  readonly role: BuyingRole;
  readonly box: Box;
  readonly label: TextRun;
  /** The decision-maker's badge is filled dark. */
  readonly filled: boolean;
}

export interface CardLayout {
  readonly width: number;
  readonly height: number;
  readonly name: TextRun;
  /** The attitude word in a pill at the right of the first row. */
  readonly attitude: { readonly box: Box; readonly label: TextRun };
  /** Title · department; null when empty or when the name already says it (the anonymous variant). */
  readonly subtitle: TextRun | null;
  readonly roles: readonly RoleBadge[];
  /** "+N" when the badges do not all fit. */
  readonly moreRoles: TextRun | null;
  /** The influence bar: its box, the filled share (0..1, in steps of 5%), or null when not judged (a dashed empty bar). */
  readonly influence: { readonly bar: Box; readonly share: number | null; readonly label: TextRun };
  /** The owner's initials badge and name; `none` when nobody on our team covers the person. */
  readonly owner: { readonly badge: Box; readonly initials: TextRun; readonly name: TextRun; readonly none: boolean };
}
