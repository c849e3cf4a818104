/** What the app hands the map canvas (MapCanvas.tsx) and hears back from it. */
import type { PowermapDocument, RelationshipKind } from '../../shared/document';
import type { CanvasApi } from './canvasApi';
import type { CanvasMarks, PeerMark } from './marks';

export interface MapCanvasProps {
  doc: PowermapDocument;
  selection: { people: readonly string[]; lines: readonly string[] };
  /** People to highlight (a chosen gap's people). */
  highlight: readonly string[];
  /** What a newly drawn line will be. */
  connectKind: RelationshipKind;
  readOnly?: boolean;
  /** A comparison's marks per person and line id; keep the same object while they do not change. */
  compareMarks?: CanvasMarks;
  /** Teammates' selections (presence) by person id; keep the same map while they do not change. */
  peerMarks?: ReadonlyMap<string, PeerMark>;
  onSelectionChange(selection: { people: string[]; lines: string[] }): void;
  /** Called once when a drag ends (or the arrow keys move the selection), not every frame. */
  onMove(positions: Map<string, { x: number; y: number }>): void;
  onConnect(line: { kind: RelationshipKind; from: string; to: string }): void;
  /** A line dropped where there is no person: the canvas says nothing itself. */
  onConnectMissed?(): void;
  /** A name typed on a card (trimmed, changed, not blank). */
  onRename?(id: string, name: string): void;
  /** Deletions React Flow itself reports; the Delete key is the app's shortcut, not React Flow's. */
  onDelete(selection: { people: string[]; lines: string[] }): void;
  /** Double-click on the empty canvas: the top-left corner for a new card centred on the click. */
  onAddPersonAt?(position: { x: number; y: number }): void;
  onReady?(api: CanvasApi): void;
}
