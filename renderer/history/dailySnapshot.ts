/**
 * The snapshot taken at the first edit of a new day (issue 4): the map as it stood when
 * the user came back to it, kept before anything changes it, in the same undo step as the
 * edit. Armed on the editor store when a deal opens; it checks again when the edit comes
 * (`needsDailySnapshot`), since a snapshot may have been taken by then.
 *
 * Edits of the history itself (taking, restoring, renaming or deleting a snapshot) and
 * the automatic layout, which keeps its own snapshot, go `around` it: a snapshot taken
 * today (by hand, by a restore or before the layout) then counts as the day's one, and a
 * rename or a delete leaves it armed for the next edit of the map.
 */
import type { PowermapDocument } from '../../shared/document';
import { autoSnapshotLabel, needsDailySnapshot, takeSnapshot } from '../../shared/history';
import type { Lang } from '../../shared/i18n';
import type { EditorStore } from '../editor/store';
import { localTakenAt } from './dates';

export interface DailySnapshotOptions {
  /** The day of the last edit before this session (the library summary's `updatedAt`, local), or null. */
  readonly lastEditDay: string | null;
  /** Today, YYYY-MM-DD, local. */
  readonly today: () => string;
  readonly lang: () => Lang;
  readonly newId: () => string;
  readonly now?: () => Date;
}

export class DailySnapshot {
  private armed = false;

  constructor(
    private readonly store: Pick<EditorStore, 'getState' | 'setBeforeNextEdit'>,
    private readonly options: DailySnapshotOptions,
  ) {}

  /** Whether the next edit would take the day's snapshot. */
  isArmed(): boolean {
    return this.armed;
  }

  /** Arms the store when today's snapshot is due for its document; disarms it otherwise. */
  arm(): void {
    this.armed = this.due(this.store.getState().doc);
    this.store.setBeforeNextEdit(this.armed ? this.prepare : null);
  }

  /** Runs an edit of the history (or one that keeps its own snapshot) without the day's snapshot. */
  around<T>(run: () => T): T {
    this.store.setBeforeNextEdit(null);
    try {
      return run();
    } finally {
      if (this.armed) this.arm();
    }
  }

  private due(doc: PowermapDocument): boolean {
    return needsDailySnapshot(doc, this.options.today(), this.options.lastEditDay);
  }

  private readonly prepare = (doc: PowermapDocument): PowermapDocument => {
    this.armed = false;
    if (!this.due(doc)) return doc;
    const day = this.options.today();
    return takeSnapshot(doc, {
      id: this.options.newId(),
      takenAt: localTakenAt(this.options.now?.() ?? new Date()),
      label: autoSnapshotLabel({ reason: 'daily', day }, this.options.lang()),
    });
  };
}
