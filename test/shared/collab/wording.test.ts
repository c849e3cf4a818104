import { describe, expect, it } from 'vitest';
import {
  describeSetAside,
  describeTrailEntry,
  type SetAsideEntity,
  type SetAsidePart,
  type SetAsideReason,
  type TrailAction,
  type TrailEntity,
} from '../../../shared/collab';
import { LANGS } from '../../../shared/i18n';

const ENTITIES: readonly SetAsideEntity[] = ['document', 'deal', 'team', 'person', 'line', 'snapshot'];
const REASONS: readonly SetAsideReason[] = [
  'unreadable',
  'invalid_value',
  'missing_id',
  'duplicate_id',
  'unknown_person',
  'self_line',
  'unknown_owner',
];

function parts(): SetAsidePart[] {
  const out: SetAsidePart[] = [];
  for (const entity of ENTITIES) {
    for (const reason of REASONS) {
      for (const name of [null, '副总']) {
        out.push({ entity, id: 'x-1', name, field: null, value: null, reason, repair: 'left_out' });
        out.push({
          entity,
          id: 'x-1',
          name,
          field: 'attitude',
          value: 'friendly',
          reason,
          repair: 'default',
          shownAs: 'unknown',
        });
        out.push({ entity, id: 'x-1', name, field: 'name', value: '', reason, repair: 'stand_in', shownAs: 'CIO' });
      }
    }
  }
  return out;
}

/** Code-like text a newcomer should never read. */
const CODE = /\{\w+\}|stakeholders\[|\bexpected\b|undefined|\[object|collab\.|problem\./;

describe('set-aside parts and trail entries in words', () => {
  it.each(LANGS)('every part reads as a sentence in %s, with no placeholder or code path', (lang) => {
    for (const part of parts()) {
      const text = describeSetAside(part, lang);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(CODE);
    }
  });

  it.each(LANGS)('every trail action reads in %s', (lang) => {
    const actions: readonly TrailAction[] = ['add', 'set', 'delete', 'restore', 'snapshot'];
    const entities: readonly TrailEntity[] = ['deal', 'team', 'person', 'line', 'snapshot', 'document'];
    for (const action of actions) {
      for (const entity of entities) {
        const text = describeTrailEntry(
          {
            at: '2026-12-02T10:42:00Z',
            actorId: 'u-1',
            actorName: 'Li Na',
            action,
            entity,
            entityId: 'x',
            name: '副总',
            field: 'closeness',
            value: 'close',
            previous: 'none',
          },
          lang,
        );
        expect(text).not.toMatch(CODE);
        expect(text.length).toBeGreaterThan(2);
      }
    }
  });

  it.each([
    [
      'en',
      'set the deal’s needs in writing to 2026-11-30: “核心系统分两期迁移”',
      'set the deal’s needs in writing to (none)',
    ],
    ['zh-CN', '将本项目的书面需求设为2026-11-30: “核心系统分两期迁移”', '将本项目的书面需求设为(无)'],
  ] as const)('words the needs in writing as its date and text in %s, not as its record', (lang, recorded, cleared) => {
    const needs = (value: unknown, previous: unknown) =>
      describeTrailEntry(
        {
          at: '2026-12-02T10:42:00Z',
          actorId: 'u-1',
          actorName: 'Li Na',
          action: 'set',
          entity: 'deal',
          entityId: 'd-1',
          name: 'Harbour Bank',
          field: 'needsRecord',
          value,
          previous,
        },
        lang,
      );
    const record = { date: '2026-11-30', text: '核心系统分两期迁移' };
    expect(needs(record, null)).toBe(recorded);
    expect(needs(null, record)).toBe(cleared);
  });

  it('cuts long text and quotes it, so a value is always text', () => {
    const part: SetAsidePart = {
      entity: 'person',
      id: 's-1',
      name: 'A very long name that goes on and on past any reasonable width',
      field: 'notes',
      value: '<b>not markup</b>'.repeat(10),
      reason: 'invalid_value',
      repair: 'default',
      shownAs: '',
    };
    expect(describeSetAside(part, 'en')).toBe(
      '“A very long name that goes on and on pa…”: notes held “<b>not markup</b><b>not markup</b><b>no…”, which is not a valid value; shown as (empty).',
    );
  });
});
