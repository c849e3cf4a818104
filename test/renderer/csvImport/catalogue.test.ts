/** The import dialog's catalogue: complete in both languages, the same placeholders, the glossary's terms; the action in the catalogue. */
import { describe, expect, it } from 'vitest';
import { actionMeta } from '../../../shared/actions/catalog';
import { translate } from '../../../shared/i18n';
import { csvImportApp as en } from '../../../shared/i18n/en/csvImportApp';
import { csvImportApp as zh } from '../../../shared/i18n/zh-CN/csvImportApp';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the CSV import dialog catalogue', () => {
  it('has the same keys and placeholders in English and Chinese, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(key.startsWith('csvImportApp.'), key).toBe(true);
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('is registered in the catalogues', () => {
    expect(translate('zh-CN', 'csvImportApp.title')).toBe('从 CSV 导入联系人');
    expect(translate('en', 'csvImportApp.import', { count: 3 })).toBe('Add to the map (3)');
  });

  it("uses the app's and the glossary's Chinese terms", () => {
    // The map is 关系图 and a person 人员 everywhere in the app.
    expect(zh['csvImportApp.import']).toContain('关系图');
    expect(zh['csvImportApp.preview.duplicates']).toContain('职务');
    expect(zh['csvImportApp.preview.name']).toBe('姓名');
    expect(zh['csvImportApp.undo']).toBe(translate('zh-CN', 'action.edit.undo'));
  });

  it('has the action in the File menu, without a shortcut, named in both languages', () => {
    const action = actionMeta('file.importCsv');
    expect(action.menu).toBe('file');
    expect(action.shortcuts).toEqual([]);
    expect(translate('en', action.label)).toBe('Import contacts from CSV…');
    expect(translate('zh-CN', action.label)).toBe('从 CSV 导入联系人…');
  });
});
