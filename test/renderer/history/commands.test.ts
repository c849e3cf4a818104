/**
 * History edits on the editor store, as the history view makes them: each one undo step,
 * the replaced map kept on restore, delete undone from its toast, the layout's snapshot in
 * the layout's undo step, and the day's first snapshot.
 */
import { describe, expect, it } from 'vitest';
import { movePeople, updatePeople } from '../../../renderer/editor/commands/people';
import { EditorStore } from '../../../renderer/editor/store';
import {
  applyWithAutoSnapshot,
  defaultSnapshotLabel,
  deleteVersion,
  renameVersion,
  restoreVersion,
  snapshotName,
  takeSnapshotNow,
  type HistoryCommandContext,
} from '../../../renderer/history/commands';
import { DailySnapshot } from '../../../renderer/history/dailySnapshot';
import type { Toast } from '../../../renderer/ui/toasts';
import { translator } from '../../../shared/i18n';
import { makeDocument, person } from '../../support/builders';

function setup(options: { lastEditDay?: string | null; today?: string } = {}) {
  const store = new EditorStore(makeDocument({ stakeholders: [person('a', { attitude: 'neutral' }), person('b')] }));
  const toasts: { text: string; action?: Toast['action'] }[] = [];
  let n = 0;
  const newId = () => `h-${++n}`;
  const now = () => new Date(2026, 10, 26, 9, 30);
  const daily = new DailySnapshot(store, {
    lastEditDay: options.lastEditDay ?? null,
    today: () => options.today ?? '2026-11-26',
    lang: () => 'en',
    newId,
    now,
  });
  daily.arm();
  const context: HistoryCommandContext = {
    store,
    daily,
    lang: 'en',
    t: translator('en'),
    toasts: {
      show: (text, opts = {}) => {
        toasts.push({ text, ...(opts.action ? { action: opts.action } : {}) });
        return toasts.length;
      },
    },
    newId,
    now,
  };
  const doc = () => store.getState().doc;
  return { store, context, toasts, doc, daily };
}

describe('history commands', () => {
  it('offers a label with the day, and names an unlabelled snapshot by its time', () => {
    expect(defaultSnapshotLabel(translator('en'), 'en', new Date(2026, 10, 26))).toBe('Snapshot 26 Nov 2026');
    expect(defaultSnapshotLabel(translator('zh-CN'), 'zh-CN', new Date(2026, 10, 26))).toBe('快照 2026年11月26日');
    expect(snapshotName({ label: ' ', takenAt: '2026-11-26T09:30:00+00:00' }, 'en')).toMatch(/2026/);
  });

  it('takes a snapshot with its label and local time, as one undo step', () => {
    const { store, context, toasts, doc } = setup();
    expect(takeSnapshotNow(context, '  before the visit ')).toBe(true);
    expect(doc().history).toHaveLength(1);
    expect(doc().history[0]).toMatchObject({ id: 'h-1', label: 'before the visit' });
    expect(doc().history[0]!.takenAt).toMatch(/^2026-11-26T09:30:00[+-]\d\d:\d\d$/);
    expect(doc().history[0]!.stakeholders).toBe(doc().stakeholders);
    expect(toasts.at(-1)!.text).toBe('Snapshot “before the visit” taken.');
    store.undo();
    expect(doc().history).toHaveLength(0);
  });

  it('restores a snapshot and keeps the map it replaced as a new snapshot', () => {
    const { store, context, doc } = setup();
    takeSnapshotNow(context, 'before the visit');
    store.apply(updatePeople(['a'], { attitude: 'champion' }));
    const replaced = doc().stakeholders;
    expect(restoreVersion(context, 'h-1')).toBe(true);
    expect(doc().stakeholders[0]!.attitude).toBe('neutral');
    expect(doc().history.map((s) => s.label)).toEqual(['before the visit', 'Replaced by restoring “before the visit”']);
    expect(doc().history[1]!.stakeholders).toBe(replaced);
    store.undo();
    expect(doc().stakeholders[0]!.attitude).toBe('champion');
    expect(doc().history).toHaveLength(1);
    expect(restoreVersion(context, 'nope')).toBe(false);
  });

  it('renames a snapshot, and does nothing for the same label', () => {
    const { store, context, doc } = setup();
    takeSnapshotNow(context, 'first');
    expect(renameVersion(context, 'h-1', ' after the visit ')).toBe(true);
    expect(doc().history[0]!.label).toBe('after the visit');
    expect(renameVersion(context, 'h-1', 'after the visit')).toBe(false);
    store.undo();
    expect(doc().history[0]!.label).toBe('first');
  });

  it('deletes a snapshot and puts it back in its place from the toast, even after other edits', () => {
    const { store, context, toasts, doc } = setup();
    takeSnapshotNow(context, 'one');
    takeSnapshotNow(context, 'two');
    takeSnapshotNow(context, 'three');
    expect(deleteVersion(context, 'h-2')).toBe(true);
    expect(doc().history.map((s) => s.label)).toEqual(['one', 'three']);
    const toast = toasts.at(-1)!;
    expect(toast.text).toBe('Deleted snapshot “two”.');
    store.apply(updatePeople(['b'], { attitude: 'supporter' }));
    toast.action!.run();
    expect(doc().history.map((s) => s.label)).toEqual(['one', 'two', 'three']);
    expect(doc().stakeholders[1]!.attitude).toBe('supporter');
    // A second Undo changes nothing.
    toast.action!.run();
    expect(doc().history).toHaveLength(3);
    expect(deleteVersion(context, 'nope')).toBe(false);
  });

  it('keeps the map before the automatic layout, in the layout’s undo step', () => {
    const { store, context, doc } = setup();
    const before = doc();
    const moved = applyWithAutoSnapshot(context, { reason: 'layout' }, movePeople(new Map([['a', { x: 500, y: 0 }]])));
    expect(moved).toBe(true);
    expect(doc().history.map((s) => s.label)).toEqual(['Before automatic layout']);
    expect(doc().history[0]!.stakeholders).toBe(before.stakeholders);
    expect(doc().stakeholders[0]!.position).toEqual({ x: 500, y: 0 });
    store.undo();
    expect(doc()).toBe(before);
    // A layout that moves nothing keeps nothing.
    const same = new Map([['a', before.stakeholders[0]!.position]]);
    expect(applyWithAutoSnapshot(context, { reason: 'layout' }, movePeople(same))).toBe(false);
    expect(doc().history).toHaveLength(0);
  });
});

describe('the day’s first snapshot', () => {
  it('is taken at the first edit of a new day, in the same undo step, and only once', () => {
    const { store, doc, daily } = setup({ lastEditDay: '2026-11-20' });
    expect(daily.isArmed()).toBe(true);
    const before = doc();
    store.apply(updatePeople(['a'], { attitude: 'supporter' }));
    expect(doc().history.map((s) => s.label)).toEqual(['Before the first edit of 2026-11-26']);
    expect(doc().history[0]!.stakeholders).toBe(before.stakeholders);
    store.apply(updatePeople(['a'], { attitude: 'champion' }));
    expect(doc().history).toHaveLength(1);
    store.undo();
    store.undo();
    expect(doc()).toBe(before);
  });

  it('is not due for a deal edited today, or never edited', () => {
    expect(setup({ lastEditDay: '2026-11-26' }).daily.isArmed()).toBe(false);
    expect(setup({ lastEditDay: null }).daily.isArmed()).toBe(false);
  });

  it('counts a snapshot taken by hand today, and stays armed through a rename', () => {
    const first = setup({ lastEditDay: '2026-11-20' });
    takeSnapshotNow(first.context, 'morning');
    expect(first.doc().history.map((s) => s.label)).toEqual(['morning']);
    expect(first.daily.isArmed()).toBe(false);
    first.store.apply(updatePeople(['a'], { attitude: 'supporter' }));
    expect(first.doc().history).toHaveLength(1);

    // A snapshot from an earlier day, renamed today: the next map edit still takes the day's snapshot.
    const second = setup({ lastEditDay: '2026-11-20' });
    const { deal, team, relationships } = second.doc();
    const old = { id: 'old', takenAt: '2026-11-20T10:00:00+00:00', label: 'old', deal, team, relationships };
    second.store.replace({ ...second.doc(), history: [{ ...old, stakeholders: [] }] });
    second.daily.arm();
    expect(second.daily.isArmed()).toBe(true);
    renameVersion(second.context, 'old', 'last week');
    expect(second.doc().history.map((s) => s.label)).toEqual(['last week']);
    expect(second.daily.isArmed()).toBe(true);
    second.store.apply(updatePeople(['a'], { attitude: 'supporter' }));
    expect(second.doc().history.map((s) => s.label)).toEqual(['last week', 'Before the first edit of 2026-11-26']);
  });
});
