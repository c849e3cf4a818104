/**
 * The message catalogues: every English message has a Chinese one with the same
 * placeholders, and every problem code and vocabulary value has a message. Written over
 * whatever keys the catalogues hold, so it keeps working as keys are added.
 */
import { describe, expect, it } from 'vitest';
import {
  ATTITUDES,
  BUYING_ROLES,
  CLOSENESS,
  FUNCTIONS,
  LEVELS,
  PURCHASE_STAGES,
  QUALIFICATION_ANSWERS,
  QUALIFICATION_QUESTIONS,
  RELATIONSHIP_KINDS,
  RELATIONSHIP_STAGES,
  STYLES,
  type ProblemCode,
} from '../../../shared/document';
import type { JsonKind } from '../../../shared/document/json';
import { CATALOGUES, LANGS } from '../../../shared/i18n/catalogue';

const en: Readonly<Record<string, string>> = CATALOGUES.en;
const zh: Readonly<Record<string, string>> = CATALOGUES['zh-CN'];
const enKeys = Object.keys(en);

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

describe('the Chinese catalogue', () => {
  it('has a non-empty message for every English message that is not empty', () => {
    const missing = enKeys.filter((key) => en[key] !== '' && (typeof zh[key] !== 'string' || zh[key].trim() === ''));
    expect(missing, `missing or empty in zh-CN: ${missing.join(', ')}`).toEqual([]);
  });

  it('has no key the English catalogue lacks', () => {
    const extra = Object.keys(zh).filter((key) => !(key in en));
    expect(extra, `only in zh-CN: ${extra.join(', ')}`).toEqual([]);
  });

  it('uses the same {placeholders} as English in every message', () => {
    const differing = enKeys
      .filter((key) => placeholders(en[key]!).join() !== placeholders(zh[key] ?? '').join())
      .map(
        (key) => `${key}: en {${placeholders(en[key]!).join(', ')}} zh-CN {${placeholders(zh[key] ?? '').join(', ')}}`,
      );
    expect(differing, differing.join('\n')).toEqual([]);
  });
});

/** Every problem code. The type below fails to compile when a code is added and not listed. */
const PROBLEM_CODES = [
  'empty',
  'too_large',
  'too_deep',
  'invalid_json',
  'forbidden_key',
  'not_object',
  'wrong_format',
  'missing_version',
  'bad_version',
  'future_version',
  'old_version',
  'migration_failed',
  'required',
  'wrong_type',
  'not_one_of',
  'blank',
  'too_small',
  'too_big',
  'bad_date',
  'bad_datetime',
  'bad_currency',
  'bad_strength',
  'duplicate_role',
  'duplicate_id',
  'unknown_stakeholder',
  'self_relationship',
  'unknown_owner',
  'not_multiple_of',
  'unknown_key',
  'invalid',
] as const satisfies readonly ProblemCode[];
type Unlisted = Exclude<ProblemCode, (typeof PROBLEM_CODES)[number]>;
const allCodesListed: [Unlisted] extends [never] ? true : Unlisted = true;

const JSON_KINDS = [
  'string',
  'number',
  'boolean',
  'object',
  'array',
  'null',
  'undefined',
] as const satisfies readonly JsonKind[];

describe('messages exist', () => {
  it.each(LANGS)('for every problem code in %s', (lang) => {
    expect(allCodesListed).toBe(true);
    const catalogue: Readonly<Record<string, string>> = CATALOGUES[lang];
    const missing = PROBLEM_CODES.filter((code) => !catalogue[`problem.${code}`]);
    expect(missing).toEqual([]);
  });

  it.each(LANGS)('for every JSON type a problem can name in %s', (lang) => {
    const catalogue: Readonly<Record<string, string>> = CATALOGUES[lang];
    expect(JSON_KINDS.filter((kind) => !catalogue[`problem.type.${kind}`])).toEqual([]);
  });

  const vocabularies: [string, readonly string[]][] = [
    ['attitude', ATTITUDES],
    ['closeness', CLOSENESS],
    ['stage', RELATIONSHIP_STAGES],
    ['role', BUYING_ROLES],
    ['level', LEVELS],
    ['function', FUNCTIONS],
    ['style', STYLES],
    ['purchaseStage', PURCHASE_STAGES],
    ['question', QUALIFICATION_QUESTIONS],
    ['answer', QUALIFICATION_ANSWERS],
    ['kind', RELATIONSHIP_KINDS],
  ];
  it.each(LANGS)('for every vocabulary value in %s', (lang) => {
    const catalogue: Readonly<Record<string, string>> = CATALOGUES[lang];
    const missing = vocabularies.flatMap(([prefix, values]) =>
      values.map((value) => `${prefix}.${value}`).filter((key) => !catalogue[key]),
    );
    expect(missing).toEqual([]);
  });
});
