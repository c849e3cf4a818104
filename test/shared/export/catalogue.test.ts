/** The export wording: complete in both languages, same placeholders, the glossary's terms in Chinese. */
import { describe, expect, it } from 'vitest';
import { exportMessages as en } from '../../../shared/i18n/en/export';
import { exportMessages as zh } from '../../../shared/i18n/zh-CN/export';
import { translate } from '../../../shared/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the export catalogue', () => {
  it('has the same keys in both languages, none empty, each with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(key.startsWith('export.') || key.startsWith('csvImport.'), key).toBe(true);
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('is registered in the catalogues', () => {
    expect(translate('zh-CN', 'export.column.name')).toBe('姓名');
    expect(translate('en', 'export.anon.person', { n: 3 })).toBe('Person 3');
  });

  it("uses the glossary's Chinese terms for the table's columns", () => {
    expect([
      zh['export.column.title'],
      zh['export.column.department'],
      zh['export.column.function'],
      zh['export.column.level'],
      zh['export.column.roles'],
      zh['export.column.attitude'],
      zh['export.column.closeness'],
      zh['export.column.stage'],
      zh['export.column.style'],
      zh['export.column.interests.organizational'],
      zh['export.column.interests.position'],
      zh['export.column.interests.personal'],
      zh['export.column.owner'],
    ]).toEqual([
      '职务',
      '部门',
      '职能',
      '层级',
      '采购角色',
      '态度',
      '联系',
      '关系阶段',
      '个性风格',
      '组织利益',
      '职位利益',
      '个人利益',
      '负责人',
    ]);
    expect(zh['export.column.influence']).toContain('影响项目的比重');
  });
});
