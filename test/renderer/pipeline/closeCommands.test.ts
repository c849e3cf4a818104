import { describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n';
import { readOutcome, type Outcome } from '../../../shared/pipeline';
import { EditorStore } from '../../../renderer/editor/store';
import { closeOpenDeal, reopenClosedDeal, type CloseContext } from '../../../renderer/pipeline/closeCommands';
import { makeDocument, person } from '../../support/builders';

const LOST: Outcome = {
  result: 'lost',
  closedOn: '2026-12-01',
  reason: 'price',
  note: 'Undercut by 12%',
  competitor: 'Acme',
};

function setUp() {
  const store = new EditorStore(makeDocument({ stakeholders: [person('s-1')] }));
  const toasts: string[] = [];
  let id = 0;
  const context: CloseContext = {
    store,
    daily: null,
    t: translator('en'),
    toasts: { show: (text) => toasts.push(text) },
    newId: () => `h-${++id}`,
    now: () => new Date('2026-12-02T10:00:00Z'),
  };
  return { store, toasts, context };
}

describe('closing the open deal', () => {
  it('sets the outcome and takes a final snapshot in one undo step', () => {
    const { store, toasts, context } = setUp();
    expect(closeOpenDeal(context, LOST)).toBe(true);
    const doc = store.getState().doc;
    expect(readOutcome(doc.deal)).toEqual(LOST);
    expect(doc.history).toHaveLength(1);
    expect(doc.history[0]!.label).toBe('Closed: lost');
    expect(readOutcome(doc.history[0]!.deal)).toEqual(LOST);
    expect(toasts).toEqual(['“Core banking upgrade” closed as lost.']);

    expect(store.undo()).toBe(true);
    expect(readOutcome(store.getState().doc.deal)).toBeNull();
    expect(store.getState().doc.history).toHaveLength(0);
  });

  it('reopens in one undo step, keeping the final snapshot', () => {
    const { store, context } = setUp();
    closeOpenDeal(context, LOST);
    expect(reopenClosedDeal(context)).toBe(true);
    expect(readOutcome(store.getState().doc.deal)).toBeNull();
    expect(store.getState().doc.history).toHaveLength(1);
    store.undo();
    expect(readOutcome(store.getState().doc.deal)).toEqual(LOST);
  });

  it('refuses a malformed outcome and leaves the deal as it was', () => {
    const { store, context } = setUp();
    const before = store.getState().doc;
    expect(() => closeOpenDeal(context, { ...LOST, closedOn: '2026-13-40' })).toThrow(/date/);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().canUndo).toBe(false);
  });
});
