/**
 * What the deal screen's action handlers are given (the editor's dialogs and views), and what
 * every group of them reads when it runs: the store, never a copy, so the runner built once
 * (useDealActions) always acts on the deal as it is now.
 */
import type { Lang, Translator } from '../../shared/i18n';
import type { Services } from '../services/services';
import type { CanvasApi } from '../canvas/MapCanvas';
import type { EditorState, EditorStore } from '../editor/store';
import type { HistoryCommandContext } from '../history/commands';
import type { DealSummary } from '../persistence/repository';
import type { ImportChoice } from '../library/importDecision';

export type View = 'map' | 'grid' | 'history';

export interface DealActionContext {
  readonly store: EditorStore;
  readonly services: Services;
  readonly lang: Lang;
  readonly t: Translator;
  readonly canvas: () => CanvasApi | null;
  readonly setView: (view: View) => void;
  readonly openPalette: () => void;
  readonly onLibrary: () => void;
  readonly onOpen: (id: string) => void;
  readonly showProblems: (title: string, problems: readonly string[]) => void;
  /** Opens the contacts import from a CRM's CSV export (CsvImportDialog). */
  readonly openCsvImport: () => void;
  /** Asks what to export and exports it (ExportDialog). */
  readonly openExportDialog: () => void;
  /** Publishes the deal to the team server and manages its members (team/ShareDialog). */
  readonly openShareDialog: () => void;
  /** Asks for a label and takes a snapshot (SnapshotDialog). */
  readonly openSnapshotDialog: () => void;
  /** How history edits are made: automatic snapshots, the day's first snapshot. */
  readonly history: HistoryCommandContext;
  /** Asks what to do with an opened file whose deal is in the library (ImportOverDialog). */
  readonly askImportOver: (existing: DealSummary, file: string) => Promise<ImportChoice>;
  /** Opens the activity trail beside the map, for everyone (null) or one person; absent when the deal has no trail. */
  readonly openTrail?: (personId: string | null) => void;
  /** Writes the open deal's pending edits, so a snapshot taken from the database holds them. */
  readonly flushSaves: () => Promise<unknown>;
  /** Asks how the deal ended and closes it (CloseDealDialog). */
  readonly openCloseDialog: () => void;
  /** Opens the closed deal again, as one undoable edit. */
  readonly reopen: () => void;
}

/** The context and the store as they are when a handler runs. */
export interface DealReads {
  readonly get: () => DealActionContext;
  readonly store: () => EditorStore;
  readonly state: () => EditorState;
  /** People are selected (the person actions apply to them). */
  readonly hasPeople: () => boolean;
  /** People or lines are selected (Delete applies to them). */
  readonly hasSelection: () => boolean;
}

export function dealReads(get: () => DealActionContext): DealReads {
  const store = () => get().store;
  const state = () => get().store.getState();
  const hasPeople = () => state().selection.people.length > 0;
  const hasSelection = () => hasPeople() || state().selection.lines.length > 0;
  return { get, store, state, hasPeople, hasSelection };
}
