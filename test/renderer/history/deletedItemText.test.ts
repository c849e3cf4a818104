/** The notice of a person deleted on one machine while edited on another: labels, and who edited. */
import { describe, expect, it } from 'vitest';
import type { DeletedButEdited } from '../../../shared/collab';
import { translator } from '../../../shared/i18n';
import { deletedItemText } from '../../../renderer/history/deletedItemText';

const person: DeletedButEdited = {
  id: 's-1',
  name: 'Zhou Min',
  deletedBy: { id: 'u-mei', name: '陈美' },
  deletedAt: '2026-12-02T10:05:00.000Z',
  fields: ['title', 'ownerId', 'position'],
  editedBy: [{ id: 'u-lin', name: 'Lin Tao' }],
};

describe('the deleted-while-edited sentence', () => {
  it('names the editor the trail knows and each field by its inspector label, in both languages', () => {
    expect(deletedItemText(person, translator('en'), 'en')).toMatch(
      /^Zhou Min: deleted by 陈美 on .+, while Lin Tao changed: Title, Our owner, Place on the map\.$/u,
    );
    expect(deletedItemText(person, translator('zh-CN'), 'zh-CN')).toMatch(
      /^Zhou Min: 由 陈美 于 .+ 删除, 而 Lin Tao 同时修改了: 职务、负责人、图上位置。$/u,
    );
  });

  it('says “someone else” when the trail does not know who edited, and never shows a field’s code', () => {
    const text = deletedItemText(
      { ...person, editedBy: [], fields: ['lastContact', 'interests'] },
      translator('en'),
      'en',
    );
    expect(text).toMatch(/while someone else changed: Last contact, Interests\.$/u);
    expect(text).not.toMatch(/lastContact|ownerId/u);
  });
});
