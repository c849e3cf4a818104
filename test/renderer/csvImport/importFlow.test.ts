/**
 * The import dialog's logic without React: checking the mapping, the samples a column
 * shows, the preview's rows, and the import through a real EditorStore (one edit, one
 * undo, the new people selected), with the toast's Undo.
 */
import { describe, expect, it } from 'vitest';
import { encodeCsvUtf8 } from '../../../shared/csv';
import { guessMapping, type StakeholderColumn } from '../../../shared/contactsImport';
import { translator } from '../../../shared/i18n';
import { updatePeople } from '../../../renderer/editor/commands/people';
import { EditorStore } from '../../../renderer/editor/store';
import {
  columnName,
  columnSamples,
  describeMappingProblem,
  importedMessage,
  importInto,
  mappingProblems,
  planFor,
  PREVIEW_LIMIT,
  previewRows,
  setField,
  undoImport,
  visibleRows,
} from '../../../renderer/csvImport/importFlow';
import { readCsvSource, withEncoding } from '../../../renderer/csvImport/source';
import { makeDocument, person } from '../../support/builders';
import { encodeGb18030 } from '../../shared/csv/gb18030';

const en = translator('en');
const zh = translator('zh-CN');

function ids() {
  let n = 0;
  return (prefix: string) => `${prefix}-imp-${++n}`;
}

const CSV = [
  '姓名,职务,部门,态度,邮箱',
  '王桑,技术员,科技处,支持者,w@example.com',
  ',科长,设备科,中立者,',
  '张华,采购专员,设备科,支持者,',
  '李明,处长,科技处,很喜欢我们,',
  '王桑,技术员,科技处,支持者,',
  ',,,,',
].join('\r\n');

function setup() {
  const doc = makeDocument({
    stakeholders: [person('s-1', { name: '张华', title: '采购专员', position: { x: 0, y: 0 } })],
  });
  const store = new EditorStore(doc);
  const source = readCsvSource('客户联系人.csv', encodeGb18030(CSV));
  return { doc, store, source, mapping: guessMapping(source.headers) };
}

describe('the mapping step', () => {
  it('takes the guessed mapping of Chinese headers, leaving contact details out', () => {
    const { mapping } = setup();
    expect(mapping).toEqual(['name', 'title', 'department', 'attitude', null]);
    expect(mappingProblems(mapping)).toEqual([]);
  });

  it('stops when no column feeds the name, in words that say what to do', () => {
    const problems = mappingProblems([null, 'title']);
    expect(problems).toEqual([{ kind: 'noName' }]);
    expect(describeMappingProblem(problems[0]!, ['A', 'B'], en, 'en')).toBe(
      'No column is matched to Name: choose the column that holds each person’s name.',
    );
    expect(describeMappingProblem(problems[0]!, ['A', 'B'], zh, 'zh-CN')).toBe(
      '没有列对应到姓名: 请选择存放每个人姓名的列。',
    );
  });

  it('stops when two columns feed the same field, naming both columns', () => {
    const mapping: (StakeholderColumn | null)[] = ['name', 'title', 'title', null, 'notes', 'notes'];
    const problems = mappingProblems(mapping);
    expect(problems).toEqual([
      { kind: 'sameField', field: 'title', columns: [1, 2] },
      { kind: 'sameField', field: 'notes', columns: [4, 5] },
    ]);
    const headers = ['Name', 'Title', 'Job', 'Email', 'Notes', ''];
    expect(describeMappingProblem(problems[0]!, headers, en, 'en')).toBe(
      'Columns “Title”, “Job” all feed Title: keep one and set the others to “Do not import”.',
    );
    expect(describeMappingProblem(problems[1]!, headers, zh, 'zh-CN')).toBe(
      '“Notes”、“第 6 列” 都对应到备注: 请只保留一列, 其余设为“不导入”。',
    );
  });

  it('changes one column at a time without touching the others', () => {
    const mapping = ['name', null] as const;
    const next = setField(mapping, 1, 'title');
    expect(next).toEqual(['name', 'title']);
    expect(mapping).toEqual(['name', null]);
    expect(setField(next, 0, null)).toEqual([null, 'title']);
  });

  it('shows two non-blank sample values per column and names a column without header by number', () => {
    const { source } = setup();
    expect(columnSamples(source.rows, 0)).toEqual(['王桑', '张华']);
    expect(columnSamples(source.rows, 4)).toEqual(['w@example.com']);
    expect(columnSamples(source.rows, 9)).toEqual([]);
    expect(columnName(['Name', '  '], 1, en)).toBe('Column 2');
    expect(columnName(['Name'], 0, en)).toBe('Name');
  });

  it('re-decodes the same bytes when the encoding changes, so the mapping can be guessed again', () => {
    const { source } = setup();
    const garbled = withEncoding(source, 'utf-8');
    expect(guessMapping(garbled.headers)).not.toContain('name');
    expect(mappingProblems(guessMapping(garbled.headers))).toContainEqual({ kind: 'noName' });
    const again = withEncoding(garbled, 'gb18030');
    expect(guessMapping(again.headers)).toEqual(setup().mapping);
  });
});

describe('the preview step', () => {
  it('gives each row its status and its problems worded, duplicates of the map and of earlier rows', () => {
    const { doc, source, mapping } = setup();
    const plan = planFor(doc, source, mapping, 'en', ids());
    const rows = previewRows(plan, 'en');
    expect(rows.map((row) => [row.row, row.status, row.warned])).toEqual([
      [2, 'add', false],
      [3, 'error', false],
      [4, 'duplicate', false],
      [5, 'add', true],
      [6, 'duplicate', false],
      [7, 'blank', false],
    ]);
    expect(rows[1]!.messages).toEqual(['Row 3, 姓名: the name is empty; this row is not imported.']);
    expect(rows[2]!.messages).toEqual(['张华 (采购专员) is already on the map; not added again.']);
    expect(rows[3]!.messages).toEqual([
      'Row 5, 态度: "很喜欢我们" is not one of: champion, supporter, neutral, opponent, blocker, unknown. Left as unknown.',
    ]);
    expect(rows[4]!.messages).toEqual(['王桑 (技术员) repeats row 2; not added again.']);
    expect(rows[5]!.messages).toEqual([]);
  });

  it('words the problems in Chinese too', () => {
    const { doc, source, mapping } = setup();
    const rows = previewRows(planFor(doc, source, mapping, 'zh-CN', ids()), 'zh-CN');
    expect(rows[1]!.messages).toEqual(['第 3 行, 姓名: 姓名为空, 此行不导入。']);
    expect(rows[4]!.messages).toEqual(['王桑 (技术员) 与第 2 行重复, 不再重复添加。']);
  });

  it('draws at most PREVIEW_LIMIT rows, says how many more, and can show only the rows with problems', () => {
    const lines = ['Name,Attitude'];
    for (let i = 0; i < 5000; i++) lines.push(i % 1000 === 999 ? `,neutral` : `Person ${i},supporter`);
    const source = readCsvSource('big.csv', encodeCsvUtf8(lines.join('\n')));
    const plan = planFor(makeDocument(), source, guessMapping(source.headers), 'en', ids());
    const rows = previewRows(plan, 'en');
    expect(rows).toHaveLength(5000);
    const all = visibleRows(rows, 'all');
    expect(all.shown).toHaveLength(PREVIEW_LIMIT);
    expect(all.more).toBe(5000 - PREVIEW_LIMIT);
    const problems = visibleRows(rows, 'problems');
    expect(problems.shown.map((row) => row.row)).toEqual([1001, 2001, 3001, 4001, 5001]);
    expect(problems.more).toBe(0);
  });
});

describe('importing', () => {
  it('adds the people as one edit, selects them, and one undo takes the whole import back', () => {
    const { doc, store, source, mapping } = setup();
    const result = importInto(store, source, mapping, 'en', ids())!;
    expect(result.ids).toEqual(['s-imp-1', 's-imp-2']);
    const state = store.getState();
    expect(state.doc.stakeholders.map((p) => p.name)).toEqual(['张华', '王桑', '李明']);
    expect(state.doc.stakeholders[1]).toMatchObject({ title: '技术员', department: '科技处', attitude: 'supporter' });
    expect(state.selection).toEqual({ people: ['s-imp-1', 's-imp-2'], lines: [] });
    expect(state.canUndo).toBe(true);
    expect(store.undo()).toBe(true);
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().canUndo).toBe(false);
    expect(store.redo()).toBe(true);
    expect(store.getState().doc.stakeholders).toHaveLength(3);
  });

  it('plans again against the document of the moment, so ids and duplicates are right', () => {
    const { store, source, mapping } = setup();
    const planned = planFor(store.getState().doc, source, mapping, 'en', ids());
    expect(planned.people).toHaveLength(2);
    // Meanwhile 王桑 was added in another window.
    store.replace(
      makeDocument({
        stakeholders: [...store.getState().doc.stakeholders, person('s-2', { name: '王桑', title: '技术员' })],
      }),
    );
    const result = importInto(store, source, mapping, 'en', ids())!;
    expect(result.ids).toHaveLength(1);
    expect(store.getState().doc.stakeholders.map((p) => p.name)).toEqual(['张华', '王桑', '李明']);
  });

  it('changes nothing when no row can be added', () => {
    const store = new EditorStore(makeDocument());
    const source = readCsvSource('a.csv', encodeCsvUtf8('Name,Title\n,CFO\n'));
    expect(importInto(store, source, guessMapping(source.headers), 'en', ids())).toBeNull();
    expect(store.getState().canUndo).toBe(false);
  });

  it("the toast's Undo is the store's undo while the import is the last edit", () => {
    const { doc, store, source, mapping } = setup();
    const result = importInto(store, source, mapping, 'en', ids())!;
    undoImport(store, result);
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().canRedo).toBe(true);
  });

  it("after other edits, the toast's Undo removes the imported people and keeps those edits", () => {
    const { store, source, mapping } = setup();
    const result = importInto(store, source, mapping, 'en', ids())!;
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    undoImport(store, result);
    const people = store.getState().doc.stakeholders;
    expect(people.map((p) => p.name)).toEqual(['张华']);
    expect(people[0]!.attitude).toBe('champion');
  });

  it('says what was added and what was left out, in both languages', () => {
    const { store, source, mapping } = setup();
    const result = importInto(store, source, mapping, 'en', ids())!;
    expect(importedMessage(result, 'contacts.csv', en)).toBe(
      'Added 2 people from “contacts.csv”. Left out: duplicates 2, rows with errors 1.',
    );
    expect(importedMessage(result, '客户.csv', zh)).toBe('已从“客户.csv”添加 2 人。未导入: 重复 2 行, 有错误 1 行。');
    const one = importInto(
      new EditorStore(makeDocument()),
      readCsvSource('a.csv', encodeCsvUtf8('Name\nAnn\n')),
      ['name'],
      'en',
      ids(),
    )!;
    expect(importedMessage(one, 'a.csv', en)).toBe('Added 1 person from “a.csv”.');
  });
});
