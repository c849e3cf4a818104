import { describe, expect, it } from 'vitest';
import { ACTIONS, actionMeta } from '../../../shared/actions/catalog';
import { translate, type MessageKey } from '../../../shared/i18n';
import type { Toast } from '../../../renderer/ui/toasts';
import { deleteWithUndo } from '../../../renderer/deal/deleteWithUndo';
import { updatePeople } from '../../../renderer/editor/commands/people';
import { EditorStore } from '../../../renderer/editor/store';
import { makeDocument, person } from '../../support/builders';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

function setup() {
  const doc = makeDocument({
    stakeholders: [
      { ...person('s-1'), name: 'Liu Yang' },
      { ...person('s-2'), name: 'Chen Jie' },
      { ...person('s-3'), name: 'Wang Wei' },
    ],
    relationships: [{ id: 'r-1', kind: 'reports-to', from: 's-1', to: 's-2', strength: 2 }],
  });
  const store = new EditorStore(doc);
  const shown: { text: string; action?: Toast['action'] }[] = [];
  const toasts = {
    show: (text: string, options: { action?: Toast['action'] } = {}) => shown.push({ text, ...options }),
  };
  return { store, shown, ctx: { store, toasts, t, lang: 'en' as const } };
}

describe('deleting people says so, with Undo (issue 8)', () => {
  it('one person: “Name” deleted, and Undo brings them and their lines back', () => {
    const { store, shown, ctx } = setup();
    expect(deleteWithUndo(ctx, { people: ['s-1'], lines: [] })).toBe(true);
    expect(store.getState().doc.stakeholders.map((p) => p.id)).toEqual(['s-2', 's-3']);
    expect(store.getState().doc.relationships).toEqual([]);
    expect(shown.map((s) => s.text)).toEqual(['“Liu Yang” deleted.']);
    expect(shown[0]?.action?.label).toBe('Undo');
    shown[0]?.action?.run();
    expect(store.getState().doc.stakeholders.map((p) => p.id)).toEqual(['s-1', 's-2', 's-3']);
    expect(store.getState().doc.relationships.map((r) => r.id)).toEqual(['r-1']);
  });

  it('Undo after later edits restores the deleted people and keeps the later edits', () => {
    const { store, shown, ctx } = setup();
    deleteWithUndo(ctx, { people: ['s-1', 's-2'], lines: [] });
    expect(shown.map((s) => s.text)).toEqual(['2 people deleted.']);
    store.apply(updatePeople(['s-3'], { attitude: 'champion' }));
    shown[0]?.action?.run();
    const doc = store.getState().doc;
    expect(doc.stakeholders.map((p) => p.id).sort()).toEqual(['s-1', 's-2', 's-3']);
    expect(doc.relationships.map((r) => r.id)).toEqual(['r-1']);
    expect(doc.stakeholders.find((p) => p.id === 's-3')?.attitude).toBe('champion');
  });

  it('deleting only lines, or nothing, raises no message', () => {
    const { shown, ctx } = setup();
    expect(deleteWithUndo(ctx, { people: [], lines: ['r-1'] })).toBe(true);
    expect(deleteWithUndo(ctx, { people: ['nobody'], lines: [] })).toBe(false);
    expect(shown).toEqual([]);
  });

  it('Person › Delete person is in the action catalogue, worded in both languages', () => {
    expect(actionMeta('person.delete').menu).toBe('person');
    expect(ACTIONS.filter((a) => a.id === 'person.delete')).toHaveLength(1);
    expect(translate('en', 'action.person.delete')).toBe('Delete person');
    expect(translate('zh-CN', 'action.person.delete')).toBe('删除人员');
  });
});
