/**
 * The editor driven headless, as the UI drives it: edits, selection, undo and redo,
 * merging of typing, the what-if mode, and what the save listener is told.
 */
import { describe, expect, it } from 'vitest';
import { changeSet, isEmpty, mergeChanges, NO_CHANGES, type ChangeSet } from '../../../renderer/editor/changeSet';
import { addLines, deleteLines, lineProblem } from '../../../renderer/editor/commands/lines';
import { addPeople, deletePeople, movePeople, newPerson, updatePeople } from '../../../renderer/editor/commands/people';
import { addTeamMember, removeTeamMember, updateDeal } from '../../../renderer/editor/commands/deal';
import { EditorStore, MERGE_WINDOW_MS, type ChangeOrigin } from '../../../renderer/editor/store';
import { makeDocument, member, person, relationship } from '../../support/builders';

function setup() {
  let now = 1_000;
  const doc = makeDocument({
    team: [member('t1')],
    stakeholders: [person('a', { ownerId: 't1' }), person('b'), person('c')],
    relationships: [relationship('r1', 'reports-to', 'a', 'b')],
  });
  const store = new EditorStore(doc, () => now);
  const saved: { changes: ChangeSet; origin: ChangeOrigin; tentative: boolean }[] = [];
  store.onDocumentChange((_doc, changes, origin, tentative) => saved.push({ changes, origin, tentative }));
  return { store, saved, tick: (ms: number) => (now += ms), doc };
}

describe('EditorStore', () => {
  it('applies an edit, tells the saver which rows changed, and undoes and redoes it', () => {
    const { store, saved, doc } = setup();
    expect(store.apply(updatePeople(['b'], { attitude: 'supporter' }))).toBe(true);
    expect(store.getState().doc.stakeholders[1]!.attitude).toBe('supporter');
    // The other people are the very same objects: nothing else needs writing.
    expect(store.getState().doc.stakeholders[0]).toBe(doc.stakeholders[0]);
    expect(saved.at(-1)!.changes.people).toEqual({ put: ['b'], del: [] });
    expect(store.getState().canUndo).toBe(true);

    store.undo();
    expect(store.getState().doc).toBe(doc);
    expect(saved.at(-1)).toMatchObject({ origin: 'undo', changes: { people: { put: ['b'], del: [] } } });
    store.redo();
    expect(store.getState().doc.stakeholders[1]!.attitude).toBe('supporter');
    expect(store.getState().canRedo).toBe(false);
  });

  it('records nothing for an edit that changes nothing', () => {
    const { store, saved } = setup();
    expect(store.apply(updatePeople(['a'], { attitude: 'unknown' }))).toBe(false);
    expect(store.getState().canUndo).toBe(false);
    expect(saved).toEqual([]);
  });

  it('merges typing in one field into one undo step, but not across the merge window', () => {
    const { store, tick, doc } = setup();
    for (const name of ['Z', 'Zh', 'Zha', 'Zhan']) {
      store.apply(updatePeople(['a'], { name }), { mergeKey: 'person:a:name' });
      tick(200);
    }
    tick(MERGE_WINDOW_MS + 1);
    store.apply(updatePeople(['a'], { name: 'Zhang' }), { mergeKey: 'person:a:name' });
    store.undo();
    expect(store.getState().doc.stakeholders[0]!.name).toBe('Zhan');
    store.undo();
    expect(store.getState().doc.stakeholders[0]!.name).toBe(doc.stakeholders[0]!.name);
    expect(store.getState().canUndo).toBe(false);
  });

  it('deleting people removes their lines, and undo brings both back', () => {
    const { store, saved } = setup();
    store.select({ people: ['a'], lines: ['r1'] });
    store.apply(deletePeople(['a']));
    expect(store.getState().doc.relationships).toEqual([]);
    expect(store.getState().selection).toEqual({ people: [], lines: [] });
    expect(saved.at(-1)!.changes).toMatchObject({ people: { del: ['a'] }, lines: { del: ['r1'] } });
    store.undo();
    expect(store.getState().doc.stakeholders.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(store.getState().doc.relationships.map((r) => r.id)).toEqual(['r1']);
  });

  it('refuses self-lines, lines to nobody and the same line twice (ally lines either way round)', () => {
    const { store } = setup();
    const people = new Set(['a', 'b', 'c']);
    const lines = store.getState().doc.relationships;
    expect(lineProblem(lines, people, { kind: 'influences', from: 'a', to: 'a' })).toBe('self');
    expect(lineProblem(lines, people, { kind: 'influences', from: 'a', to: 'x' })).toBe('missing');
    expect(lineProblem(lines, people, { kind: 'reports-to', from: 'a', to: 'b' })).toBe('duplicate');
    store.apply(addLines([relationship('r2', 'ally', 'b', 'c')]));
    expect(lineProblem(store.getState().doc.relationships, people, { kind: 'ally', from: 'c', to: 'b' })).toBe(
      'duplicate',
    );
    expect(store.apply(addLines([relationship('r3', 'ally', 'c', 'b')]))).toBe(false);
    store.apply(deleteLines(['r2']));
    expect(store.getState().doc.relationships.map((r) => r.id)).toEqual(['r1']);
  });

  it('moves people as one step, rounding to whole pixels', () => {
    const { store } = setup();
    store.apply(
      movePeople(
        new Map([
          ['a', { x: 10.4, y: 20.6 }],
          ['b', { x: 5, y: 5 }],
        ]),
      ),
    );
    expect(
      store
        .getState()
        .doc.stakeholders.slice(0, 2)
        .map((p) => p.position),
    ).toEqual([
      { x: 10, y: 21 },
      { x: 5, y: 5 },
    ]);
    store.undo();
    expect(store.getState().doc.stakeholders[0]!.position).toEqual({ x: 0, y: 0 });
  });

  it('removing a team member leaves their people without an owner', () => {
    const { store } = setup();
    store.apply(addTeamMember(member('t2')));
    store.apply(removeTeamMember('t1'));
    expect(store.getState().doc.stakeholders[0]!.ownerId).toBeNull();
    expect(store.getState().doc.team.map((m) => m.id)).toEqual(['t2']);
  });

  it('what-if: changes are tentative (not saved), dropping returns to the start as if nothing happened', () => {
    const { store, saved, doc } = setup();
    store.startWhatIf();
    store.apply(updatePeople(['b'], { attitude: 'champion' }));
    store.apply(addPeople([newPerson('d', 'New', { x: 0, y: 0 })]));
    expect(saved.every((s) => s.tentative)).toBe(true);
    store.dropWhatIf();
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().whatIf).toBeNull();
    expect(store.getState().canUndo).toBe(false);
    // Nothing tentative was written, so dropping writes nothing either.
    expect(saved.filter((s) => !s.tentative)).toEqual([]);
  });

  it('what-if: keeping saves everything that changed since the start, in one write', () => {
    const { store, saved } = setup();
    store.apply(updateDeal({ name: 'Before the what-if' }));
    store.startWhatIf();
    store.apply(updatePeople(['b'], { attitude: 'champion' }));
    store.apply(updatePeople(['c'], { closeness: 'close' }));
    // Undo inside a what-if stops at its start.
    store.undo();
    store.undo();
    expect(store.undo()).toBe(false);
    store.redo();
    store.redo();
    store.keepWhatIf();
    const kept = saved.at(-1)!;
    expect(kept).toMatchObject({ origin: 'whatIf.keep', tentative: false });
    expect([...kept.changes.people.put].sort()).toEqual(['b', 'c']);
    expect(kept.changes.deal).toBe(false);
    // After keeping, the what-if edits are ordinary undo steps.
    store.undo();
    expect(store.getState().doc.stakeholders[2]!.closeness).toBe('none');
  });

  it('replace() loads another version without an undo step and keeps only a valid selection', () => {
    const { store, saved } = setup();
    store.apply(updatePeople(['a'], { attitude: 'neutral' }));
    store.select({ people: ['a', 'c'], lines: [] });
    store.replace(makeDocument({ stakeholders: [person('c')] }));
    expect(store.getState().selection).toEqual({ people: ['c'], lines: [] });
    expect(store.getState().canUndo).toBe(false);
    expect(saved).toHaveLength(1);
  });
});

describe('changeSet', () => {
  it('finds exactly the rows that differ by identity', () => {
    const { doc } = setup();
    const next = { ...doc, stakeholders: [doc.stakeholders[0]!, { ...doc.stakeholders[1]! }, person('d')] };
    expect(changeSet(doc, next).people).toEqual({ put: ['b', 'd'], del: ['c'] });
    expect(isEmpty(changeSet(doc, doc))).toBe(true);
  });

  it('merges so that a later delete wins over an earlier write and the other way round', () => {
    const first: ChangeSet = { ...NO_CHANGES, people: { put: ['a', 'b'], del: ['c'] } };
    const second: ChangeSet = { ...NO_CHANGES, deal: true, people: { put: ['c'], del: ['a'] } };
    const merged = mergeChanges(first, second);
    expect(merged.deal).toBe(true);
    expect([...merged.people.put].sort()).toEqual(['b', 'c']);
    expect(merged.people.del).toEqual(['a']);
  });
});

describe('EditorStore: history', () => {
  it('tells the saver about an edit of the history alone', () => {
    const { store, saved, doc } = setup();
    store.apply((d) => ({
      ...d,
      history: [
        ...d.history,
        {
          id: 'h1',
          takenAt: '2026-11-26T09:00:00Z',
          label: 'before',
          deal: d.deal,
          team: d.team,
          stakeholders: d.stakeholders,
          relationships: d.relationships,
        },
      ],
    }));
    expect(saved.at(-1)!.changes.history).toEqual({ put: ['h1'], del: [] });
    expect(saved.at(-1)!.changes.people).toEqual({ put: [], del: [] });
    expect(store.getState().doc.stakeholders).toBe(doc.stakeholders);
  });
});

describe('EditorStore: before the next edit', () => {
  it('prepares the document once, in the same undo step as the first real edit', () => {
    const { store, doc } = setup();
    let calls = 0;
    store.setBeforeNextEdit((d) => {
      calls++;
      return { ...d, deal: { ...d.deal, account: 'prepared' } };
    });
    store.apply(updatePeople(['a'], { attitude: 'unknown' })); // changes nothing: not yet
    expect(calls).toBe(0);
    store.apply(updatePeople(['a'], { attitude: 'neutral' }));
    store.apply(updatePeople(['b'], { attitude: 'neutral' }));
    expect(calls).toBe(1);
    expect(store.getState().doc.deal.account).toBe('prepared');
    store.undo();
    store.undo();
    expect(store.getState().doc).toBe(doc);
  });
});
