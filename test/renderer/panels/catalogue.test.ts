/** The panels' message catalogue: complete in both languages, same placeholders, the glossary's terms. */
import { describe, expect, it } from 'vitest';
import { panels as en } from '../../../shared/i18n/en/panels';
import { panels as zh } from '../../../shared/i18n/zh-CN/panels';
import { STYLES } from '../../../shared/document';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the panels catalogue', () => {
  it('has the same keys in English and Chinese, none empty, and no placeholder key left', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of [...Object.entries(en), ...Object.entries(zh)]) expect(text.trim(), key).not.toBe('');
    expect(en).not.toHaveProperty('panels.placeholder');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('has a tip for every known personality style', () => {
    for (const style of STYLES.filter((s) => s !== 'unknown')) {
      expect(en).toHaveProperty(`panels.tips.${style}`);
      expect(en).toHaveProperty(`panels.tips.axes.${style}`);
    }
  });

  it('words the fields with the glossary’s Chinese terms', () => {
    expect(zh['panels.person.influence']).toContain('影响项目的比重');
    expect(zh['panels.person.roles']).toBe('采购角色');
    expect(zh['panels.person.stage']).toBe('关系阶段');
    expect(zh['panels.person.style']).toBe('个性风格');
    expect(zh['panels.person.owner']).toBe('负责人');
    expect(zh['panels.person.interests.organizational']).toBe('组织利益');
    expect(zh['panels.person.interests.position']).toBe('职位利益');
    expect(zh['panels.person.interests.personal']).toBe('个人利益');
    expect(zh['panels.deal.qualification']).toBe('评估销售机会');
  });
});
