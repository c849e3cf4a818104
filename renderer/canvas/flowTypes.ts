/**
 * What the canvas's mapping (toFlow.ts) gives React Flow and takes from the view: the node of
 * a card, the edge of a line, and the selection, highlight, marks and peers they show.
 */
import type { Edge, Node, useStoreApi } from '@xyflow/react';
import type { RelationshipKind, Stakeholder } from '../../shared/document';
import type { WholeTexts } from '../../shared/mapLayout/cardWhole';
import type { Point } from '../../shared/mapLayout/lineRoute';
import type { CanvasMarks, LineMark, PeerMark, PersonMark } from './marks';

export interface CanvasSelection {
  readonly people: readonly string[];
  readonly lines: readonly string[];
}

export interface OwnerLabel {
  readonly name: string;
  readonly initials: string;
}

/** What a card shows. A type alias (not an interface) so it satisfies React Flow's `Record<string, unknown>`. */
export type PersonData = {
  readonly person: Stakeholder;
  /** Our team member covering this person; null when nobody does. */
  readonly owner: OwnerLabel | null;
  readonly highlighted: boolean;
  /** Which texts surely fit (shared/mapLayout/cardWhole.ts): the card draws them without the clip of their ellipsis. */
  readonly whole: WholeTexts;
  /** Outside the rendered region (region.ts): the card draws nothing. */
  readonly far?: boolean;
  /** How the person changed between two compared versions (marks.ts); absent when unchanged. */
  readonly mark?: PersonMark;
  /** Teammates who have this person selected (presence); absent when none. */
  readonly peer?: PeerMark;
};
export type PersonNode = Node<PersonData, 'person'>;

export type LineData = {
  readonly kind: RelationshipKind;
  readonly strength: 1 | 2 | 3;
  /** Added or removed between two compared versions (marks.ts); absent when unchanged. */
  readonly mark?: LineMark;
  /**
   * Where the line runs (lineRoute.ts), for the cards where they were: the top-left corners
   * of its two cards then, and the polyline. While a card is dragged elsewhere the line
   * drawer sees other corners and draws a straight line between the floating ends instead.
   */
  readonly route?: {
    readonly from: Point;
    readonly to: Point;
    readonly points: readonly Point[];
  };
};
export type LineEdge = Edge<LineData>;

/** React Flow's store, as the canvas reads it (the multi-selection key, a selection box). */
export type FlowStore = ReturnType<typeof useStoreApi<PersonNode, LineEdge>>;

export type Side = 't' | 'r' | 'b' | 'l';

/** The arrays are React Flow's props: treat them as read-only (they are reused between calls). */
export interface Flow {
  readonly nodes: PersonNode[];
  readonly edges: LineEdge[];
}

export interface FlowView {
  readonly selection: CanvasSelection;
  readonly highlight: readonly string[];
  /** A comparison's marks; a mark is part of a node's (line's) identity, like its selection. */
  readonly marks?: CanvasMarks;
  /** Teammates' selections (presence), by person id; part of a node's identity too. */
  readonly peers?: ReadonlyMap<string, PeerMark>;
}
