/**
 * The editor: the document being edited, the selection, undo and redo, and the what-if
 * mode. Framework-free, so tests drive it headless with the same calls the UI makes; React
 * reads it through useSyncExternalStore (see ../hooks/useEditor.ts).
 *
 * Every edit is a pure function from one document to the next; the store keeps whole
 * document versions for undo (cheap: unchanged people are shared between versions) and
 * tells its document listeners which rows changed, so saving writes only those.
 */
import type { PowermapDocument } from '../../shared/document';
import { changeSet, isEmpty, type ChangeSet } from './changeSet';
import type { Edit } from './edit';
import { Subscriptions } from './subscriptions';

export interface Selection {
  readonly people: readonly string[];
  readonly lines: readonly string[];
}

export interface WhatIf {
  /** The document as it was when the what-if started. */
  readonly base: PowermapDocument;
  /** How deep the undo stack was then: dropping returns to it. */
  readonly depth: number;
}

export interface EditorState {
  readonly doc: PowermapDocument;
  readonly selection: Selection;
  /** People to highlight (a chosen gap's people); empty for none. */
  readonly highlight: readonly string[];
  readonly whatIf: WhatIf | null;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /**
   * A deal the user may read but not change (a viewer or team lead of a shared deal): edits,
   * undo and keeping a what-if change nothing. Trying a what-if stays open, since it is never saved.
   */
  readonly readOnly: boolean;
}

export type ChangeOrigin = 'edit' | 'undo' | 'redo' | 'whatIf.keep' | 'whatIf.drop';

/**
 * Told of every change made in this editor; `tentative` while a what-if is open (not to be
 * saved); `previous` is the document before the change (what the deal's Y.Doc writer
 * compares with, so only the change is written). Remote changes (`applyRemote`) are not told.
 */
export type DocumentListener = (
  doc: PowermapDocument,
  changes: ChangeSet,
  origin: ChangeOrigin,
  tentative: boolean,
  previous: PowermapDocument,
) => void;

interface Step {
  readonly before: PowermapDocument;
  readonly after: PowermapDocument;
  readonly mergeKey: string | undefined;
  readonly at: number;
}

export interface EditOptions {
  /** Consecutive edits with the same key within MERGE_WINDOW_MS undo as one (typing in a field). */
  readonly mergeKey?: string;
  /** The selection after the edit. */
  readonly select?: Selection;
}

export const MERGE_WINDOW_MS = 1500;
export const UNDO_LIMIT = 500;
const NOTHING: Selection = { people: [], lines: [] };

export class EditorStore {
  private state: EditorState;
  private undoStack: Step[] = [];
  private redoStack: Step[] = [];
  private readonly listeners = new Subscriptions<() => void>();
  private readonly documentListeners = new Subscriptions<DocumentListener>();
  /** Runs once before the next edit (the day's first snapshot), then clears itself. */
  private beforeNextEdit: Edit | null = null;

  constructor(
    doc: PowermapDocument,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.state = {
      doc,
      selection: NOTHING,
      highlight: [],
      whatIf: null,
      canUndo: false,
      canRedo: false,
      readOnly: false,
    };
  }

  getState = (): EditorState => this.state;

  /** Each call is its own subscription, even for a function already subscribed (subscriptions.ts). */
  subscribe = (listener: () => void): (() => void) => this.listeners.add(listener);

  /** Each call is its own subscription: closing one never ends another (subscriptions.ts). */
  onDocumentChange(listener: DocumentListener): () => void {
    return this.documentListeners.add(listener);
  }

  /**
   * Prepares the document before the next edit that changes something, in the same undo
   * step: the snapshot taken at the first edit of a new day goes here.
   */
  setBeforeNextEdit(prepare: Edit | null): void {
    this.beforeNextEdit = prepare;
  }

  /** Applies an edit; returns false when it changed nothing (and nothing is recorded). */
  apply(edit: Edit, options: EditOptions = {}): boolean {
    if (this.locked()) {
      if (options.select) this.select(options.select);
      return false;
    }
    const before = this.state.doc;
    let after = edit(before);
    if (after === before) {
      if (options.select) this.select(options.select);
      return false;
    }
    if (this.beforeNextEdit && !this.state.whatIf) {
      const prepare = this.beforeNextEdit;
      this.beforeNextEdit = null;
      after = edit(prepare(before));
    }
    const at = this.now();
    const last = this.undoStack.at(-1);
    const depth = this.state.whatIf?.depth ?? 0;
    if (
      last &&
      options.mergeKey !== undefined &&
      last.mergeKey === options.mergeKey &&
      at - last.at <= MERGE_WINDOW_MS &&
      this.undoStack.length > depth
    ) {
      this.undoStack[this.undoStack.length - 1] = { before: last.before, after, mergeKey: options.mergeKey, at };
    } else {
      this.undoStack.push({ before, after, mergeKey: options.mergeKey, at });
      if (this.undoStack.length > UNDO_LIMIT && !this.state.whatIf) this.undoStack.shift();
    }
    this.redoStack = [];
    this.commit(after, options.select ?? this.pruneSelection(after, this.state.selection), before, 'edit');
    return true;
  }

  /** Makes the document read-only or editable again (a role given or taken by the team server). */
  setReadOnly(readOnly: boolean): void {
    if (readOnly !== this.state.readOnly) this.set({ readOnly });
  }

  undo(): boolean {
    if (this.locked()) return false;
    const floor = this.state.whatIf?.depth ?? 0;
    if (this.undoStack.length <= floor) return false;
    const step = this.undoStack.pop()!;
    this.redoStack.push(step);
    this.commit(step.before, this.pruneSelection(step.before, this.state.selection), step.after, 'undo');
    return true;
  }

  redo(): boolean {
    if (this.locked()) return false;
    const step = this.redoStack.pop();
    if (!step) return false;
    this.undoStack.push({ ...step, mergeKey: undefined });
    this.commit(step.after, this.pruneSelection(step.after, this.state.selection), step.before, 'redo');
    return true;
  }

  select(selection: Selection): void {
    const pruned = this.pruneSelection(this.state.doc, selection);
    if (sameSelection(pruned, this.state.selection)) return;
    this.set({ selection: pruned });
  }

  highlight(ids: readonly string[]): void {
    this.set({ highlight: ids });
  }

  /**
   * Replaces the document without an undo step: a load, or a change saved by another
   * window. Undo history is cleared, since it no longer describes this document.
   */
  replace(doc: PowermapDocument): void {
    this.undoStack = [];
    this.redoStack = [];
    this.set({
      doc,
      whatIf: null,
      selection: this.pruneSelection(doc, this.state.selection),
      canUndo: false,
      canRedo: false,
    });
  }

  /**
   * A change that did not come from this editor (another window, a server, a restore):
   * the document as the deal's Y.Doc now holds it. Not an undo step, and the undo history
   * stays: undoing a local edit then undoes that edit's own fields only (the Y.Doc writer
   * compares the step's two documents), and the document is read back from the Y.Doc.
   * Not told to document listeners: it is already stored.
   */
  applyRemote(doc: PowermapDocument): void {
    if (doc === this.state.doc) return;
    this.set({ doc, selection: this.pruneSelection(doc, this.state.selection) });
  }

  /** Starts trying changes that can be kept or dropped as a whole. */
  startWhatIf(): void {
    if (this.state.whatIf) return;
    this.set({ whatIf: { base: this.state.doc, depth: this.undoStack.length } });
  }

  /** Keeps the what-if changes: they become ordinary edits (and are saved now). */
  keepWhatIf(): void {
    const whatIf = this.state.whatIf;
    if (!whatIf) return;
    if (this.state.readOnly) return this.dropWhatIf();
    this.set({ whatIf: null });
    const changes = changeSet(whatIf.base, this.state.doc);
    this.emit(changes, 'whatIf.keep', false, whatIf.base);
  }

  /** Drops the what-if changes: back to the document as it was, as if they never happened. */
  dropWhatIf(): void {
    const whatIf = this.state.whatIf;
    if (!whatIf) return;
    const current = this.state.doc;
    this.undoStack.length = whatIf.depth;
    this.redoStack = [];
    this.state = { ...this.state, whatIf: null };
    this.commit(whatIf.base, this.pruneSelection(whatIf.base, this.state.selection), current, 'whatIf.drop', false);
  }

  private commit(
    doc: PowermapDocument,
    selection: Selection,
    previous: PowermapDocument,
    origin: ChangeOrigin,
    notify = true,
  ): void {
    this.set({ doc, selection });
    const changes = changeSet(previous, doc);
    // Changes made and undone inside a what-if were never saved, so dropping writes nothing.
    if (notify && !isEmpty(changes)) this.emit(changes, origin, this.state.whatIf !== null, previous);
  }

  private emit(changes: ChangeSet, origin: ChangeOrigin, tentative: boolean, previous: PowermapDocument): void {
    for (const listener of this.documentListeners.list()) {
      listener(this.state.doc, changes, origin, tentative, previous);
    }
  }

  /** Edits are refused: read-only, outside a what-if (whose changes are never saved). */
  private locked(): boolean {
    return this.state.readOnly && this.state.whatIf === null;
  }

  private set(patch: Partial<EditorState>): void {
    const whatIf = patch.whatIf !== undefined ? patch.whatIf : this.state.whatIf;
    const floor = whatIf?.depth ?? 0;
    const locked = (patch.readOnly ?? this.state.readOnly) && whatIf === null;
    this.state = {
      ...this.state,
      ...patch,
      canUndo: !locked && this.undoStack.length > floor,
      canRedo: !locked && this.redoStack.length > 0,
    };
    for (const listener of this.listeners.list()) listener();
  }

  private pruneSelection(doc: PowermapDocument, selection: Selection): Selection {
    if (selection.people.length === 0 && selection.lines.length === 0) return NOTHING;
    const people = new Set(doc.stakeholders.map((p) => p.id));
    const lines = new Set(doc.relationships.map((r) => r.id));
    const next = {
      people: selection.people.filter((id) => people.has(id)),
      lines: selection.lines.filter((id) => lines.has(id)),
    };
    return sameSelection(next, selection) ? selection : next;
  }
}

function sameSelection(a: Selection, b: Selection): boolean {
  return (
    a.people.length === b.people.length &&
    a.lines.length === b.lines.length &&
    a.people.every((id, i) => b.people[i] === id) &&
    a.lines.every((id, i) => b.lines[i] === id)
  );
}
