/** The export catalogue: complete in both languages, with the same placeholders; the Export action. */
import { describe, expect, it } from 'vitest';
import { actionMeta } from '../../../shared/actions/catalog';
import { translate } from '../../../shared/i18n';
import { exportApp as en } from '../../../shared/i18n/en/exportApp';
import { exportApp as zh } from '../../../shared/i18n/zh-CN/exportApp';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the export catalogue', () => {
  it('has the same keys and placeholders in English and Chinese, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('puts Export in the File menu with Mod+E, labelled in both languages', () => {
    const meta = actionMeta('file.export');
    expect(meta).toMatchObject({ menu: 'file', shortcuts: ['Mod+E'] });
    expect(translate('en', meta.label)).toBe('Export…');
    expect(translate('zh-CN', meta.label)).toBe('导出…');
  });
});
