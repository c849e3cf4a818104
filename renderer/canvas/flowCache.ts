/**
 * What the canvas's mapping (toFlow.ts) remembers between calls: the node made for each
 * person and the edge for each line, with the view flags they were made for, the lines'
 * routes, the lines by person, and the last call itself.
 */
import type { PowermapDocument, Relationship, Stakeholder } from '../../shared/document';
import type { Translator } from '../../shared/i18n';
import type { EdgesTouching } from './edgesTouching';
import type { FlowView, LineEdge, PersonNode } from './flowTypes';
import { LineRoutes } from './lineRoutes';
import type { LineMark, PeerMark, PersonMark } from './marks';

export interface NodeEntry {
  readonly selected: boolean;
  readonly highlighted: boolean;
  readonly ownerName: string | null;
  readonly mark: PersonMark | undefined;
  readonly peer: PeerMark | undefined;
  readonly node: PersonNode;
}

export interface EdgeEntry {
  /** The line's two people (objects) when it was mapped: while they are the same, so are its ends. */
  readonly from: Stakeholder;
  readonly to: Stakeholder;
  readonly selected: boolean;
  /** What the edge shows of its ends: the sides it joins and the names in its label. */
  readonly ends: string;
  readonly mark: LineMark | undefined;
  readonly edge: LineEdge;
}

/**
 * The memo of one canvas: nodes keyed by Stakeholder object, edges by Relationship object.
 * Weak maps, so people and lines that left the document are forgotten with it. The words
 * are part of what a node is (its aria label), so a new language needs a new cache.
 */
export class FlowCache {
  readonly nodes = new WeakMap<Stakeholder, NodeEntry>();
  readonly edges = new WeakMap<Relationship, EdgeEntry>();
  /** The lines' routes, and what each was found from. */
  readonly routes = new LineRoutes();
  /** The lines of the last mapped document by id and by person (peopleOnly.ts). */
  private lineIndex: LineIndex | null = null;
  lastNodes: PersonNode[] = [];
  lastEdges: LineEdge[] = [];
  /** What the last call mapped, for a change of selection alone (`selectionOnly`). */
  last: LastCall | null = null;
  constructor(readonly words: Translator) {}

  /**
   * A list of lines by id and by the people they join, made once for each list: by the
   * whole mapping (toFlow.ts), so a drop (peopleOnly.ts) finds it made.
   */
  lineIndexOf(lines: readonly Relationship[]): LineIndex {
    if (this.lineIndex?.lines === lines) return this.lineIndex;
    const byId = new Map<string, Relationship>();
    const byPerson = new Map<string, Relationship[]>();
    const add = (id: string, line: Relationship) => {
      const list = byPerson.get(id);
      if (list) list.push(line);
      else byPerson.set(id, [line]);
    };
    for (const line of lines) {
      byId.set(line.id, line);
      add(line.from, line);
      if (line.to !== line.from) add(line.to, line);
    }
    this.lineIndex = { lines, byId, byPerson };
    return this.lineIndex;
  }
}

/** The last call's inputs and where each person's node and each line's edge sits in its arrays. */
export interface LastCall {
  readonly doc: PowermapDocument;
  readonly view: FlowView;
  readonly nodeAt: ReadonlyMap<string, number>;
  readonly edgeAt: ReadonlyMap<string, number>;
  /** Which edges touch a person (edgesTouching.ts), for every edge array with this call's lines. */
  readonly touching: EdgesTouching | undefined;
}

/** A document's lines by id and by the people they join, for one list of lines. */
export interface LineIndex {
  readonly lines: readonly Relationship[];
  readonly byId: ReadonlyMap<string, Relationship>;
  readonly byPerson: ReadonlyMap<string, readonly Relationship[]>;
}
