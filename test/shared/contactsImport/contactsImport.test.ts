/** Importing contacts from a CRM's CSV: the column mapping, reading values, the preview, and the round trip. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ATTITUDES,
  BUYING_ROLES,
  CLOSENESS,
  FUNCTIONS,
  LEVELS,
  RELATIONSHIP_STAGES,
  STYLES,
  type PowermapDocument,
  type Stakeholder,
} from '../../../shared/document';
import { decodeCsvBytes, encodeCsvUtf8, parseCsvTable } from '../../../shared/csv';
import {
  applyImport,
  describeImportProblem,
  guessMapping,
  importSummary,
  planImport,
} from '../../../shared/contactsImport';
import { readDate, readEnumValue, readPercent } from '../../../shared/values';
import { CARD_HEIGHT } from '../../../shared/export/geometry';
import { translate } from '../../../shared/i18n';
import { documentArb } from '../../support/arbitraries';
import { makeDocument, member, person } from '../../support/builders';
import { encodeGb18030 } from '../csv/gb18030';
import { reparse } from '../export/helpers';
import { csvOf } from '../export/exporters';

/** Ids s-new-1, s-new-2…, as the renderer's newId would give (but predictable). */
function counter(prefix = 'new') {
  let n = 0;
  return (kind: string) => `${kind}-${prefix}-${++n}`;
}

describe('guessMapping', () => {
  it('maps English CRM headers, ignoring contact details and unknown columns', () => {
    expect(
      guessMapping([
        'Full Name',
        'Job Title',
        'Department',
        'Email',
        'Mobile Phone',
        'Attitude',
        'Influence %',
        'Account Owner',
        'Last Contact Date',
        'Notes',
        'Company',
        'Lead source',
        'Buying Role',
        'Seniority',
      ]),
    ).toEqual([
      'name',
      'title',
      'department',
      null,
      null,
      'attitude',
      'influence',
      'owner',
      'lastContact',
      'notes',
      null,
      null,
      'roles',
      'level',
    ]);
  });

  it('maps Chinese CRM headers', () => {
    expect(
      guessMapping([
        '姓名',
        '职位',
        '部门',
        '职能',
        '层级',
        '采购角色',
        '态度',
        '联系频率',
        '关系阶段',
        '影响',
        '个性风格',
        '客户经理',
        '最近联系时间',
        '联系电话',
        '邮箱',
        '备注',
      ]),
    ).toEqual([
      'name',
      'title',
      'department',
      'function',
      'level',
      'roles',
      'attitude',
      'closeness',
      'stage',
      'influence',
      'style',
      'owner',
      'lastContact',
      null,
      null,
      'notes',
    ]);
    expect(guessMapping(['联系人', '职务', '比重', '负责人', '上次联系', '联系'])).toEqual([
      'name',
      'title',
      'influence',
      'owner',
      'lastContact',
      'closeness',
    ]);
  });

  it('ignores case, spaces, punctuation and full-width forms', () => {
    expect(guessMapping([' NAME ', 'job_title', '姓 名', 'Ｄｅｐａｒｔｍｅｎｔ', 'last-contact', '（备注）'])).toEqual([
      'name',
      'title',
      null, // a second name column: the first one feeds the name
      'department',
      'lastContact',
      'notes',
    ]);
  });

  it('falls back to words a header contains', () => {
    expect(
      guessMapping(['Contact Name', 'Department name', 'Primary email', 'Customer hobbies', '客户经理(负责人)']),
    ).toEqual(['name', 'department', null, 'interests.personal', 'owner']);
  });

  it("maps the stakeholder table's own headers back exactly, in both languages", () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const doc = makeDocument({ stakeholders: [person('a')] });
      const { headers } = parseCsvTable(csvOf(doc, { lang, includePersonal: true, anonymous: false }));
      expect(guessMapping(headers)).toEqual([
        'name',
        'title',
        'department',
        'function',
        'level',
        'roles',
        'attitude',
        'closeness',
        'stage',
        'influence',
        'style',
        'owner',
        'lastContact',
        'interests.organizational',
        'interests.position',
        'interests.personal',
        'notes',
      ]);
    }
  });
});

describe('reading values', () => {
  const fields = [
    ['function', FUNCTIONS, 'function'],
    ['level', LEVELS, 'level'],
    ['roles', BUYING_ROLES, 'role'],
    ['attitude', ATTITUDES, 'attitude'],
    ['closeness', CLOSENESS, 'closeness'],
    ['stage', RELATIONSHIP_STAGES, 'stage'],
    ['style', STYLES, 'style'],
  ] as const;

  it('reads every vocabulary word in both languages, and the format values, back to the same value', () => {
    for (const [field, values, prefix] of fields) {
      for (const value of values) {
        expect(readEnumValue(field, value), `${field} ${value}`).toBe(value);
        for (const lang of ['en', 'zh-CN'] as const) {
          const word = translate(lang, `${prefix}.${value}` as never);
          expect(readEnumValue(field, word), `${field} ${word}`).toBe(value);
          expect(readEnumValue(field, ` ${word.toUpperCase()} `), `${field} ${word}`).toBe(value);
        }
      }
    }
  });

  it('reads the short role labels and common synonyms', () => {
    expect(readEnumValue('roles', 'DM')).toBe('decision-maker');
    expect(readEnumValue('roles', '经济')).toBe('decision-maker');
    expect(readEnumValue('roles', '决策者')).toBe('decision-maker');
    expect(readEnumValue('roles', 'Tech')).toBe('technical');
    expect(readEnumValue('roles', '线人')).toBe('coach');
    expect(readEnumValue('attitude', '支持')).toBe('supporter');
    expect(readEnumValue('attitude', '中立')).toBe('neutral');
    expect(readEnumValue('closeness', 'Very close')).toBe('close');
    expect(readEnumValue('attitude', 'maybe')).toBeUndefined();
  });

  it('reads percentages', () => {
    expect(readPercent('30%')).toBe(30);
    expect(readPercent(' 12.5 % ')).toBe(12.5);
    expect(readPercent('３０％')).toBe(30);
    expect(readPercent('70')).toBe(70);
    // One rule with the inspector (shared/values): no exponents; a sign reads, the range is the import's check.
    expect(readPercent('1e-7')).toBeNull();
    expect(readPercent('thirty')).toBeNull();
    expect(readPercent('-5')).toBe(-5);
  });

  it('reads dates written YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日, with or without a time', () => {
    expect(readDate('2026-11-20')).toBe('2026-11-20');
    expect(readDate('2026/1/5')).toBe('2026-01-05');
    expect(readDate('2026.1.5')).toBe('2026-01-05');
    expect(readDate('2026年11月20日')).toBe('2026-11-20');
    expect(readDate('2026/11/20 14:30')).toBe('2026-11-20');
    expect(readDate('2024-02-29')).toBe('2024-02-29');
    expect(readDate('2026-02-29')).toBeNull();
    expect(readDate('20/11/2026')).toBeNull();
    expect(readDate('next week')).toBeNull();
  });
});

describe('planImport', () => {
  const doc = () =>
    makeDocument({
      team: [member('t-1', { name: 'Li Na' }), member('t-2', { name: '王小明' })],
      stakeholders: [
        person('s-1', { name: 'Zhang Hua', title: 'Procurement officer', position: { x: 100, y: 50 } }),
        person('s-2', { name: 'Wang Sang', title: '', position: { x: 400, y: 300 } }),
      ],
    });
  const csv = [
    '姓名,职务,部门,态度,采购角色,影响,负责人,最近联系,备注',
    '李建,采购,设备处,支持者,"经济买家、教练买家",70%,王小明,2026/11/2,筛选供应商',
    ',无名,,,,,,,',
    'zhang hua , procurement officer,Equipment,,,,,,',
    '副总,副总经理,总经理办公室,也许,"DM, 魔法师",很多,赵六,下周,',
    '',
    '李建,采购,另一个部门,,,,,,',
    '王桑,评标,科技处,中立者,技术,0,Li Na,2026-11-20,,extra',
  ].join('\r\n');

  function plan(lang: 'en' | 'zh-CN' = 'zh-CN') {
    const { headers, rows } = parseCsvTable(csv);
    return planImport(doc(), rows, guessMapping(headers), { lang, newId: counter(), headers });
  }

  it('plans the people to add, with new ids, read values, and positions in a grid below the map', () => {
    const result = plan();
    expect(result.people.map((p) => [p.id, p.name, p.title])).toEqual([
      ['s-new-1', '李建', '采购'],
      ['s-new-2', '副总', '副总经理'],
      ['s-new-3', '王桑', '评标'],
    ]);
    expect(result.people[0]).toMatchObject({
      department: '设备处',
      attitude: 'supporter',
      roles: ['decision-maker', 'coach'],
      influence: 70,
      ownerId: 't-2',
      lastContact: '2026-11-02',
      notes: '筛选供应商',
    });
    expect(result.people[2]).toMatchObject({ attitude: 'neutral', roles: ['technical'], influence: 0, ownerId: 't-1' });
    // Below everything on the map, left-aligned with it, in a grid.
    const top = 300 + CARD_HEIGHT + 80;
    expect(result.people.map((p) => p.position)).toEqual([
      { x: 100, y: top },
      { x: 348, y: top },
      { x: 100, y: top + 160 },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reports problems by row (the header is row 1) and column, and leaves unreadable values at their defaults', () => {
    const result = plan('en');
    expect(result.rowErrors.map((p) => [p.row, p.column, p.header, p.severity, p.code])).toEqual([
      [3, 1, '姓名', 'error', 'nameBlank'],
      [5, 4, '态度', 'warning', 'unknownValue'],
      [5, 5, '采购角色', 'warning', 'unknownRole'],
      [5, 6, '影响', 'warning', 'influenceNumber'],
      [5, 7, '负责人', 'warning', 'unknownOwner'],
      [5, 8, '最近联系', 'warning', 'date'],
      [8, null, '', 'warning', 'extraCells'],
    ]);
    const vp = result.people[1]!;
    expect(vp).toMatchObject({
      attitude: 'unknown',
      roles: ['decision-maker'],
      influence: null,
      lastContact: null,
      ownerId: null,
    });
    expect(describeImportProblem(result.rowErrors[1]!, 'en')).toBe(
      'Row 5, 态度: "也许" is not one of: champion, supporter, neutral, opponent, blocker, unknown. Left as unknown.',
    );
    expect(describeImportProblem(result.rowErrors[6]!, 'en')).toBe(
      'Row 8: this row has 10 cells, more than the 9 columns of the header; the extra cells are ignored.',
    );
    const zh = plan('zh-CN');
    expect(describeImportProblem(zh.rowErrors[4]!, 'zh-CN')).toBe(
      '第 5 行, 负责人: 我方团队中没有名为 "赵六" 的成员, 负责人保留为空。',
    );
  });

  it('reports duplicates of people on the map and of earlier rows (same name and title), and adds neither', () => {
    const result = plan('en');
    expect(result.duplicates.map((d) => [d.row, d.existingId, d.earlierRow])).toEqual([
      [4, 's-1', null],
      [7, null, 2],
    ]);
    expect(result.duplicates[1]!.message).toBe('李建 (采购) repeats row 2; not added again.');
    expect(result.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'add'],
      [3, 'error'],
      [4, 'duplicate'],
      [5, 'add'],
      [6, 'blank'],
      [7, 'duplicate'],
      [8, 'add'],
    ]);
    expect(importSummary(result, 'en')).toBe('3 to add, 2 duplicates, 1 row with errors, 6 warnings.');
  });

  it('is applied as one edit that adds every planned person, and the map stays valid', () => {
    const before = doc();
    const result = plan();
    const after = reparse(applyImport(before, result));
    expect(after.stakeholders.map((p) => p.id)).toEqual(['s-1', 's-2', 's-new-1', 's-new-2', 's-new-3']);
    // Undo is the document before: the import did not touch it.
    expect(before.stakeholders).toHaveLength(2);
  });

  it('never reuses an id already on the map', () => {
    const { headers, rows } = parseCsvTable('name\nA\nB');
    let n = 0;
    const ids = ['s-1', 's-2', 's-x', 's-x', 's-y'];
    const result = planImport(doc(), rows, guessMapping(headers), { lang: 'en', newId: () => ids[n++]! });
    expect(result.people.map((p) => p.id)).toEqual(['s-x', 's-y']);
  });

  it('says when no column feeds the name, and imports nobody', () => {
    const { headers, rows } = parseCsvTable('Email,Phone\na@b.c,123');
    const result = planImport(doc(), rows, guessMapping(headers), { lang: 'en', newId: counter() });
    expect(result.problems).toEqual(['No column is mapped to the name: every person needs a name.']);
    expect(result.people).toEqual([]);
  });

  it('places the first import on an empty map at the origin', () => {
    const { headers, rows } = parseCsvTable('name\nA\nB\nC\nD\nE');
    const result = planImport(makeDocument(), rows, guessMapping(headers), { lang: 'en', newId: counter() });
    expect(result.people.map((p) => p.position)).toEqual([
      { x: 0, y: 0 },
      { x: 248, y: 0 },
      { x: 496, y: 0 },
      { x: 0, y: 160 },
      { x: 248, y: 160 },
    ]);
  });

  it('reads a Chinese CRM export saved in GB18030', () => {
    const text = '联系人,职位,部门,态度,客户经理,联系电话\r\n张华,采购,设备科,支持者,王小明,13800000000\r\n';
    const decoded = decodeCsvBytes(encodeGb18030(text));
    expect(decoded.encoding).toBe('gb18030');
    const { headers, rows } = parseCsvTable(decoded.text);
    const result = planImport(doc(), rows, guessMapping(headers), { lang: 'zh-CN', newId: counter() });
    expect(result.rowErrors).toEqual([]);
    expect(result.people.map((p) => [p.name, p.title, p.department, p.attitude, p.ownerId])).toEqual([
      ['张华', '采购', '设备科', 'supporter', 't-2'],
    ]);
    expect(JSON.stringify(result.people)).not.toContain('13800000000');
  });
});

const FIELDS = [
  'name',
  'title',
  'department',
  'function',
  'level',
  'roles',
  'attitude',
  'closeness',
  'stage',
  'influence',
  'style',
  'ownerId',
  'lastContact',
  'interests',
  'notes',
] as const;

/** Every field the table carries (all but the id and the position), interests without unknown keys. */
function fieldsOf(p: Stakeholder): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(FIELDS.map((field) => [field, p[field]]));
  out['interests'] = {
    organizational: p.interests.organizational,
    position: p.interests.position,
    personal: p.interests.personal,
  };
  return out;
}

/** Names unique (duplicates are not imported twice) and team names unique and set (owners are matched by name). */
function distinctNames(doc: PowermapDocument): PowermapDocument {
  return {
    ...doc,
    team: doc.team.map((m, i) => ({ ...m, name: `Member ${i}: ${m.name}` })),
    stakeholders: doc.stakeholders.map((p, i) => ({ ...p, name: `${p.name}#${i}` })),
  };
}

describe('the CSV round trip', () => {
  it('keeps every field: export with personal fields, import with the guessed mapping', () => {
    fc.assert(
      fc.property(
        documentArb({ maxStakeholders: 6, history: false }),
        fc.constantFrom('en' as const, 'zh-CN' as const),
        fc.boolean(),
        (generated, lang, bom) => {
          const doc = distinctNames(generated);
          const bytes = encodeCsvUtf8(csvOf(doc, { lang, includePersonal: true, anonymous: false }), bom);
          const { headers, rows } = parseCsvTable(decodeCsvBytes(bytes).text);
          const empty = { ...doc, stakeholders: [], relationships: [] };
          const result = planImport(empty, rows, guessMapping(headers), { lang, newId: counter() });
          expect(result.rowErrors).toEqual([]);
          expect(result.duplicates).toEqual([]);
          expect(result.people).toHaveLength(doc.stakeholders.length);
          expect(result.people.map(fieldsOf)).toEqual(doc.stakeholders.map(fieldsOf));
        },
      ),
      { numRuns: 150 },
    );
  });
});
