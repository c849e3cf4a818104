/** The change list's words: field names, vocabulary values, names for ids, in both languages. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n';
import { fieldLabel, lineName, namesOf, valueText } from '../../../renderer/history/wording';
import { member, person, relationship } from '../../support/builders';

const names = namesOf({ stakeholders: [person('a', { name: 'Wang Wei' })], team: [member('t', { name: 'Anna' })] });

describe('wording a comparison', () => {
  it('names fields, and the questions of the qualification', () => {
    const t = translator('en');
    expect(fieldLabel(t, 'person', 'attitude')).toBe('attitude');
    expect(fieldLabel(t, 'person', 'interests.personal')).toBe('personal interest');
    expect(fieldLabel(t, 'deal', 'qualification.canWin')).toBe('Can we win?');
    expect(fieldLabel(t, 'person', 'somethingNew')).toBe('somethingNew');
  });

  it('words values with the glossary, in both languages', () => {
    const en = translator('en');
    const zh = translator('zh-CN');
    expect(valueText(en, 'en', 'attitude', 'supporter', names)).toBe('supporter');
    expect(valueText(zh, 'zh-CN', 'attitude', 'supporter', names)).toBe('支持者');
    expect(valueText(en, 'en', 'closeness', 'none', names)).toBe('no contact');
    expect(valueText(en, 'en', 'roles', ['decision-maker', 'coach'], names)).toBe('decision-maker, coach');
    expect(valueText(en, 'en', 'influence', 40, names)).toBe('40%');
    expect(valueText(en, 'en', 'influence', null, names)).toBe('(none)');
    expect(valueText(en, 'en', 'ownerId', 't', names)).toBe('“Anna”');
    expect(valueText(en, 'en', 'qualification.canWin', 'yes', names)).toBe('yes');
    expect(valueText(en, 'en', 'title', '', names)).toBe('(empty)');
    expect(valueText(en, 'en', 'notes', 'x'.repeat(100), names)).toHaveLength(62);
  });

  it('names a line by its people and kind', () => {
    const t = translator('en');
    expect(lineName(t, relationship('r', 'influences', 'a', 'b', { strength: 3 }), names)).toBe(
      'Wang Wei → b (influences, strong)',
    );
  });
});
