/** The history view's catalogue: complete in both languages, with the same placeholders. */
import { describe, expect, it } from 'vitest';
import { historyApp as en } from '../../../shared/i18n/en/historyApp';
import { historyApp as zh } from '../../../shared/i18n/zh-CN/historyApp';
import { ACTIONS } from '../../../shared/actions/catalog';
import { translate } from '../../../shared/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the history view catalogue', () => {
  it('has the same keys and placeholders in English and Chinese, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('names the history actions in both languages', () => {
    for (const id of ['history.snapshot', 'view.history'] as const) {
      const action = ACTIONS.find((a) => a.id === id)!;
      expect(action.shortcuts.length).toBeGreaterThan(0);
      expect(translate('en', action.label)).not.toBe(translate('zh-CN', action.label));
    }
  });
});
