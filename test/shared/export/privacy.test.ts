/** What exports may show of people: personal fields only when included, and an anonymous variant without names. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeDocument } from '../../../shared/document';
import { prepareExport } from '../../../shared/export/privacy';
import { documentArb } from '../../support/arbitraries';
import { makeDocument, member, person, relationship, snapshot } from '../../support/builders';
import { markNames, reparse } from './helpers';

const langArb = fc.constantFrom('en' as const, 'zh-CN' as const);

function example() {
  return makeDocument({
    deal: {
      id: 'd-first-city',
      name: 'First City Bank core upgrade',
      account: 'First City Bank',
      competitors: ['Acme'],
    },
    team: [member('t-lina', { name: 'Li Na', role: 'client manager' }), member('t-wang', { name: '王小明' })],
    stakeholders: [
      person('s-zhanghua', {
        name: 'Zhang Hua',
        title: 'Procurement officer',
        department: 'Equipment',
        roles: ['coach'],
        ownerId: 't-lina',
        notes: 'Reports to Wang Sang; Li Na met him twice. Limited budget.',
        interests: { organizational: 'cost', position: 'promotion', personal: 'golf with 王桑' },
        'x-crm': 'Zhang Hua <zhang@example.com>',
      }),
      person('s-wangsang', { name: '王桑', title: '', department: '', roles: ['technical', 'user'] }),
      person('s-li', { name: 'Li', title: 'Procurement officer', department: 'Equipment' }),
      person('s-nobody', { name: 'Nobody Known' }),
    ],
    relationships: [relationship('r-zw', 'reports-to', 's-zhanghua', 's-wangsang')],
    history: [
      snapshot('h-first', '2026-10-01T09:00:00Z', {
        label: 'after meeting Zhang Hua',
        stakeholders: [
          person('s-gone', { name: 'Former Person', title: '' }),
          person('s-zhanghua', { name: 'Zhang Hua' }),
        ],
      }),
    ],
  });
}

describe('prepareExport: personal fields', () => {
  it('empties interests and notes unless they are included, in the map and in every snapshot', () => {
    const doc = example();
    const out = prepareExport(doc, { includePersonal: false, anonymous: false, lang: 'en' }).doc;
    for (const content of [out, ...out.history]) {
      for (const p of content.stakeholders) {
        expect(p.notes).toBe('');
        expect(p.interests).toEqual({ organizational: '', position: '', personal: '' });
      }
    }
    // Everything else is untouched, unknown fields included.
    expect(out.stakeholders.map((p) => p.name)).toEqual(doc.stakeholders.map((p) => p.name));
    expect(out.stakeholders[0]!['x-crm']).toBe('Zhang Hua <zhang@example.com>');
    expect(out.deal).toBe(doc.deal);
    // The input is not changed.
    expect(doc.stakeholders[0]!.notes).toContain('Wang Sang');
  });

  it('keeps everything when personal fields are included and names are kept', () => {
    fc.assert(
      fc.property(documentArb({ maxStakeholders: 4 }), (doc) => {
        const out = prepareExport(doc, { includePersonal: true, anonymous: false, lang: 'en' }).doc;
        expect(out).not.toBe(doc);
        expect(serializeDocument(out)).toBe(serializeDocument(doc));
      }),
      { numRuns: 40 },
    );
  });

  it('changes nothing but interests and notes when they are left out', () => {
    fc.assert(
      fc.property(documentArb({ maxStakeholders: 4 }), (doc) => {
        const out = prepareExport(doc, { includePersonal: false, anonymous: false, lang: 'en' }).doc;
        const blank = <T extends typeof doc>(d: T) => ({
          ...d,
          stakeholders: d.stakeholders.map((p) => ({ ...p, interests: {}, notes: '' })),
          history: d.history.map((s) => ({
            ...s,
            stakeholders: s.stakeholders.map((p) => ({ ...p, interests: {}, notes: '' })),
          })),
        });
        expect(blank(out)).toEqual(blank(doc));
      }),
      { numRuns: 40 },
    );
  });
});

describe('prepareExport: the anonymous variant', () => {
  const anonymous = (lang: 'en' | 'zh-CN' = 'en', includePersonal = false) =>
    prepareExport(example(), { includePersonal, anonymous: true, lang }).doc;

  it('names people by title and department, numbered by role when both are empty, and tells repeats apart', () => {
    expect(anonymous().stakeholders.map((p) => p.name)).toEqual([
      'Procurement officer · Equipment',
      'Person 2 (technical buyer)',
      'Procurement officer · Equipment (2)',
      'Person 4',
    ]);
    expect(anonymous('zh-CN').stakeholders.map((p) => p.name)).toEqual([
      'Procurement officer · Equipment',
      '人物 2 (技术买家)',
      'Procurement officer · Equipment (2)',
      '人物 4',
    ]);
  });

  it('replaces team members and the account, keeps the deal name with the account replaced', () => {
    const out = anonymous();
    expect(out.team.map((m) => [m.id, m.name, m.role])).toEqual([
      ['t1', 'Our team member 1', 'client manager'],
      ['t2', 'Our team member 2', ''],
    ]);
    expect(out.deal).toMatchObject({
      id: 'deal',
      name: 'Client core upgrade',
      account: 'Client',
      competitors: ['Acme'],
    });
    expect(anonymous('zh-CN').team[0]!.name).toBe('我方成员 1');
    expect(anonymous('zh-CN').deal.account).toBe('客户');
  });

  it('replaces ids consistently (people, owners, lines, snapshots) and keeps the map valid', () => {
    const out = reparse(anonymous());
    expect(out.stakeholders.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(out.stakeholders[0]!.ownerId).toBe('t1');
    expect(out.relationships).toEqual([{ id: 'r1', kind: 'reports-to', from: 'p1', to: 'p2', strength: 2 }]);
    expect(out.history[0]!.id).toBe('h1');
    // The same person keeps the same number in a snapshot; one only there gets the next.
    expect(out.history[0]!.stakeholders.map((p) => p.id)).toEqual(['p5', 'p1']);
    expect(out.history[0]!.label).toBe('after meeting Person 1');
  });

  it('drops unknown fields, which could hold names', () => {
    expect(anonymous().stakeholders[0]).not.toHaveProperty('x-crm');
    expect(JSON.stringify(anonymous(), null, 0)).not.toContain('zhang@example.com');
  });

  it('keeps judgements, positions and lines', () => {
    const doc = example();
    const out = anonymous();
    out.stakeholders.forEach((p, i) => {
      const original = doc.stakeholders[i]!;
      expect([
        p.roles,
        p.attitude,
        p.closeness,
        p.stage,
        p.influence,
        p.style,
        p.level,
        p.function,
        p.lastContact,
      ]).toEqual([
        original.roles,
        original.attitude,
        original.closeness,
        original.stage,
        original.influence,
        original.style,
        original.level,
        original.function,
        original.lastContact,
      ]);
      expect(p.position).toEqual(original.position);
    });
  });

  it('when personal fields are included, replaces the names written in them (Latin names as whole words only)', () => {
    const out = anonymous('en', true);
    // "Wang Sang" is nobody's name on this map, so it stays; "Li" (a person) is not found inside "Limited".
    expect(out.stakeholders[0]!.notes).toBe('Reports to Wang Sang; Our team member 1 met him twice. Limited budget.');
    // 王桑 is a person's name: found anywhere, as Chinese has no spaces between words.
    expect(out.stakeholders[0]!.interests.personal).toBe('golf with Person 2');
  });

  it('finds Chinese names anywhere in prose, but only as whole words in titles, where they may be part of a word', () => {
    const doc = makeDocument({
      deal: { id: 'd', name: '示例客户设备采购', account: '示例客户' },
      stakeholders: [
        person('s-vp', { name: '副总', title: '副总经理', department: '总经理办公室' }),
        person('s-zh', { name: '张华', title: '张华', department: '设备科', notes: '张华的上级是副总。' }),
      ],
    });
    const out = prepareExport(doc, { includePersonal: true, anonymous: true, lang: 'zh-CN' }).doc;
    expect(out.deal).toMatchObject({ name: '客户设备采购', account: '客户' });
    expect(out.stakeholders.map((p) => [p.name, p.title, p.notes])).toEqual([
      ['副总经理 · 总经理办公室', '副总经理', ''],
      ['人物 2 · 设备科', '人物 2', '人物 2的上级是人物 1。'],
    ]);
  });

  it('holds no name of a person, a team member or the account anywhere, for generated maps', () => {
    fc.assert(
      fc.property(documentArb({ maxStakeholders: 5 }), fc.boolean(), langArb, (generated, includePersonal, lang) => {
        const { doc, names } = markNames(generated);
        const out = prepareExport(doc, { includePersonal, anonymous: true, lang }).doc;
        const text = JSON.stringify(out);
        for (const name of names) expect(text).not.toContain(name);
        expect(reparse(out).stakeholders).toHaveLength(doc.stakeholders.length);
      }),
      { numRuns: 150 },
    );
  });
});
