/** One set of rules words a comparison for every medium; the medium only chooses quotes, cuts and safety. */
import { describe, expect, it } from 'vitest';
import { fieldLabel, namesOf, valueText, type ValueStyle } from '../../../shared/diff/wording';
import { translator } from '../../../shared/i18n';
import { member, person } from '../../support/builders';

const names = namesOf(
  { stakeholders: [person('a', { name: 'Old name' })], team: [] },
  { stakeholders: [person('a', { name: 'Wang Wei' })], team: [member('t', { name: 'Anna' })] },
);

/** A medium that marks what it quoted and what it showed raw, so the test sees which path a value took. */
const marked: ValueStyle = {
  t: translator('en'),
  lang: 'en',
  quote: (text) => `<q>${text}</q>`,
  raw: (text) => `<raw>${text}</raw>`,
};

describe('shared wording of a comparison', () => {
  it('takes names from the newest version', () => {
    expect(names.person('a')).toBe('Wang Wei');
    expect(names.member('t')).toBe('Anna');
    expect(names.person('missing')).toBeUndefined();
  });

  it('quotes texts and names with the medium, and words vocabulary without quotes', () => {
    expect(valueText(marked, 'title', 'Vice president', names)).toBe('<q>Vice president</q>');
    expect(valueText(marked, 'from', 'a', names)).toBe('<q>Wang Wei</q>');
    expect(valueText(marked, 'ownerId', 'gone', names)).toBe('<q>gone</q>');
    expect(valueText(marked, 'attitude', 'blocker', names)).toBe('blocker');
    expect(valueText(marked, 'attitude', 'not-a-term', names)).toBe('<q>not-a-term</q>');
    expect(valueText(marked, 'roles', [], names)).toBe('(none)');
    expect(valueText(marked, 'influence', 35, names)).toBe('35%');
    expect(valueText(marked, 'strength', 3, names)).toBe(translator('en')('cli.strength.3'));
  });

  it('shows what it cannot word through the medium raw', () => {
    expect(valueText(marked, 'position', { x: 1, y: 2 }, names)).toBe('<raw>{"x":1,"y":2}</raw>');
    expect(fieldLabel(marked, 'person', 'somethingNew')).toBe('<raw>somethingNew</raw>');
    expect(fieldLabel(marked, 'deal', 'qualification.unknownQuestion')).toBe(
      '<raw>qualification.unknownQuestion</raw>',
    );
  });

  it('words the needs in writing and its parts by their labels, in both languages', () => {
    const record = { date: '2026-11-30', text: 'Two phases' };
    const zh: ValueStyle = { ...marked, t: translator('zh-CN'), lang: 'zh-CN' };
    expect(valueText(marked, 'needsRecord', record, names)).toBe('2026-11-30: <q>Two phases</q>');
    expect(valueText(zh, 'needsRecord', record, names)).toBe('2026-11-30: <q>Two phases</q>');
    expect(fieldLabel(marked, 'deal', 'needsRecord')).toBe('needs in writing');
    expect(fieldLabel(marked, 'deal', 'needsRecord.date')).toBe('date of the needs in writing');
    expect(fieldLabel(marked, 'deal', 'needsRecord.text')).toBe('text of the needs in writing');
    expect(fieldLabel(zh, 'deal', 'needsRecord')).toBe('书面需求');
    expect(fieldLabel(zh, 'deal', 'needsRecord.date')).toBe('书面需求的日期');
    expect(fieldLabel(zh, 'deal', 'needsRecord.text')).toBe('书面需求的内容');
    // A record that is not one (another version's shape) is still shown, raw, not lost.
    expect(valueText(marked, 'needsRecord', { text: 'no date' }, names)).toBe('<raw>{"text":"no date"}</raw>');
  });

  it('joins lists the way the language does', () => {
    const zh: ValueStyle = { ...marked, t: translator('zh-CN'), lang: 'zh-CN' };
    expect(valueText(zh, 'roles', ['decision-maker', 'coach'], names)).toBe('经济买家、教练买家');
  });
});
