/**
 * The words of the gaps: every rule's message and action, in both languages, filled in and
 * non-empty; names inserted as plain text, exactly as written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, GAP_CODES, type Gap } from '../../../shared/analysis';
import { score } from '../../../shared/analysis/likelihood';
import { wordTerm } from '../../../shared/analysis/wording';
import { BUYING_ROLES, type MapContent } from '../../../shared/document';
import { LANGS, type Lang } from '../../../shared/i18n';
import { documentArb } from '../../support/arbitraries';
import { line, map, OWNER, type PersonInput } from './helpers';

const AS_OF = '2026-12-20';
const PLACEHOLDER = /\{\w+\}/;

/** Maps that, together, reach every rule and every variant of its wording. */
function variants(): MapContent[] {
  const dm = (extra: Partial<PersonInput> = {}): PersonInput => ({
    id: 'D',
    roles: ['decision-maker'],
    level: 'decision',
    ...extra,
  });
  return [
    // Every rule fires here.
    map(
      [
        dm({ attitude: 'unknown', lastContact: '2026-01-01', influence: 10 }),
        { id: 'O', roles: ['technical'], attitude: 'blocker', closeness: 'close', ownerId: OWNER, influence: 30 },
        { id: 'C', roles: ['coach'], attitude: 'neutral', closeness: 'frequent', stage: 'engaged', influence: 5 },
        { id: 'M', level: 'managerial', attitude: 'neutral', influence: null },
        { id: 'S', attitude: 'supporter', closeness: 'close', influence: 10 },
      ],
      [['O', 'M'], ['M', 'D'], line('reports-to', 'S', 'D')],
      {
        qualification: { canWin: 'no', worthWinning: 'no' },
        purchaseStage: 'evaluation',
        salesStep: 'discover-needs',
        standing: { scores: { performance: { ours: 4, best: 8 } } },
      },
    ),
    // The sales step far behind the client (warning), far behind on price when buying.
    map([dm({ attitude: 'supporter' })], [], {
      purchaseStage: 'commitment',
      salesStep: 'account-analysis',
      standing: { scores: { price: { ours: 2, best: 9.5 } } },
    }),
    // Far behind on service after the sale; ahead of the map while no decision-maker is named.
    map([], [], {
      purchaseStage: 'implementation',
      salesStep: 'follow-up',
      standing: { scores: { afterSales: { ours: 1, best: 9 } } },
    }),
    // No one at all: every role missing, no decision level, no thread.
    map([]),
    // UNCOVERED far (distant) / unowned / both (none); ATTITUDE_UNKNOWN not a decision-maker; OPPONENT_KEY warning;
    // OPPONENT_REACHES_DM direct; one thread; INFLUENCE_INCOMPLETE by sum only.
    map(
      [
        dm({ attitude: 'opponent', closeness: 'distant', ownerId: OWNER, influence: 30 }),
        { id: 'T', roles: ['technical'], attitude: 'unknown', closeness: 'close', influence: 30 },
        { id: 'V', level: 'decision', attitude: 'opponent', closeness: 'none', influence: 38.9 },
        { id: 'S', attitude: 'champion', closeness: 'close', influence: 0 },
      ],
      [['V', 'D']],
    ),
    // INFLUENCE_INCOMPLETE unjudged only; executives exist but are not reached; NO_PATH_TO_DM.
    map(
      [dm({ attitude: 'neutral', closeness: 'frequent', ownerId: OWNER }), { id: 'N', attitude: 'neutral' }],
      [['N', 'D']],
    ),
  ];
}

function allGaps(lang: Lang): Gap[] {
  return variants().flatMap((content) => [...analyze(content, { asOf: AS_OF, lang }).gaps]);
}

function expectWorded(gap: Gap): void {
  expect(gap.message.trim(), `${gap.key} message`).not.toBe('');
  expect(gap.action.trim(), `${gap.key} action`).not.toBe('');
  expect(gap.message, `${gap.key} message`).not.toMatch(PLACEHOLDER);
  expect(gap.action, `${gap.key} action`).not.toMatch(PLACEHOLDER);
  expect(`${gap.message} ${gap.action}`, gap.key).not.toMatch(/undefined|NaN|\[object/);
}

describe('gap wording', () => {
  it('the variant maps reach every rule and every missing role', () => {
    const gaps = allGaps('en');
    expect(new Set(gaps.map((g) => g.code))).toEqual(new Set(GAP_CODES));
    expect(new Set(gaps.filter((g) => g.code === 'MISSING_ROLE').map((g) => g.role))).toEqual(new Set(BUYING_ROLES));
  });

  it.each(LANGS)('in %s, every message and action is non-empty and filled in', (lang) => {
    for (const gap of allGaps(lang)) expectWorded(gap);
  });

  it('each language has its own words for each gap', () => {
    const en = allGaps('en');
    const zh = allGaps('zh-CN');
    expect(zh.map((g) => g.key)).toEqual(en.map((g) => g.key));
    en.forEach((gap, i) => {
      expect(zh[i]!.message).not.toBe(gap.message);
      expect(zh[i]!.action).not.toBe(gap.action);
      expect(zh[i]!.message).toMatch(/[\u4e00-\u9fff]/);
      expect(gap.message).not.toMatch(/[\u4e00-\u9fff]/);
    });
  });

  it('every variant of a message is reached (distinct texts per code)', () => {
    const messages = (code: string) =>
      new Set(
        allGaps('en')
          .filter((g) => g.code === code)
          .map((g) => g.message),
      );
    expect(messages('UNCOVERED')).toEqual(
      new Set([
        'D is a key person: we have no contact, and nobody on our team owns the relationship.',
        'D is a key person, and our contact is distant.',
        'T is a key person, and nobody on our team owns the relationship.',
        'V is a key person: we have no contact, and nobody on our team owns the relationship.',
      ]),
    );
    expect(messages('INFLUENCE_INCOMPLETE')).toEqual(
      new Set([
        'The entered influence weights add up to 55%, not 100%.',
        'The entered influence weights add up to 98.9%, not 100%.',
        'The influence of D is not judged yet.',
      ]),
    );
    expect(messages('SINGLE_THREADED')).toEqual(
      new Set([
        'Only S supports us in close contact: the deal hangs on one thread.',
        'No supporter is in close or frequent contact with us: the deal has no thread.',
      ]),
    );
    expect(messages('NO_EXECUTIVE_ACCESS')).toEqual(
      new Set([
        'We have no close contact and no trusted relationship with anyone at the decision level.',
        'Nobody at the decision level is on the map.',
      ]),
    );
    expect(messages('OPPONENT_REACHES_DM')).toEqual(
      new Set(['O (blocker) sways decision-maker D through M.', 'V (opponent) sways decision-maker D directly.']),
    );
    expect(messages('ATTITUDE_UNKNOWN')).toEqual(
      new Set(['We do not know where D, a decision-maker, stands on us.', 'We do not know where T stands on us.']),
    );
    expect(messages('STALE')).toEqual(new Set(['Our last contact with D was 353 days ago (2026-01-01).']));
    expect(messages('UNQUALIFIED')).toEqual(
      new Set(['A qualifying question is answered no: Can we win? Is it worth winning?']),
    );
  });

  it('zh-CN lists names with 、 and uses the glossary role names', () => {
    const content = map(
      [
        { id: 'o', name: '王', attitude: 'opponent' },
        { id: 'a', name: '甲' },
        { id: 'b', name: '乙' },
        { id: 'd', name: '副总', roles: ['decision-maker'] },
      ],
      [
        ['o', 'a'],
        ['a', 'b'],
        ['b', 'd'],
      ],
    );
    const gaps = analyze(content, { lang: 'zh-CN' }).gaps;
    const reach = gaps.find((g) => g.code === 'OPPONENT_REACHES_DM');
    expect(reach?.message).toBe('王 (反对者) 通过甲、乙影响经济买家副总。');
    const roles = new Map(gaps.filter((g) => g.code === 'MISSING_ROLE').map((g) => [g.role, g.message]));
    expect(roles.get('technical')).toBe('图中还没有技术买家。');
    expect(roles.get('financial')).toBe('图中还没有实际买家。');
    expect(roles.get('coach')).toBe('图中还没有教练买家。');
    expect(roles.get('user')).toBe('图中还没有使用买家。');
    expect(roles.has('decision-maker')).toBe(false);
    const empty = analyze(map([]), { lang: 'zh-CN' }).gaps.find((g) => g.key === 'MISSING_ROLE:decision-maker');
    expect(empty?.message).toBe('图中还没有经济买家。');
  });

  describe('names are plain text, inserted exactly as written', () => {
    const markup = '<script>alert(1)</script>';

    it.each(LANGS)('markup in a name appears verbatim in %s, unescaped', (lang) => {
      const content = map(
        [
          { id: 'd', name: markup, roles: ['decision-maker'], level: 'decision', lastContact: '2026-01-01' },
          { id: 'o', name: '<b onclick="x()">&amp;</b>', attitude: 'opponent', roles: ['coach'] },
        ],
        [['o', 'd']],
        {},
      );
      const { gaps, explanation } = analyze(content, { asOf: AS_OF, lang });
      const byKey = new Map(gaps.map((g) => [g.key, g]));
      for (const key of ['ATTITUDE_UNKNOWN:d', 'UNCOVERED:d', 'STALE:d']) {
        expect(byKey.get(key)?.message, key).toContain(markup);
        expect(byKey.get(key)?.action, key).toContain(markup);
      }
      expect(byKey.get('NO_PATH_TO_DM')?.action).toContain(markup);
      const reach = gaps.find((g) => g.code === 'OPPONENT_REACHES_DM');
      expect(reach?.message).toContain('<b onclick="x()">&amp;</b>');
      expect(reach?.message).toContain(markup);
      const text = JSON.stringify(gaps);
      expect(text).not.toContain('&lt;');
      expect(text).not.toContain('&quot;');
      expect(explanation.terms.find((t) => t.key === 'person:d')?.label.startsWith(markup)).toBe(true);
    });

    it('a name that looks like a placeholder or a replacement pattern is not expanded', () => {
      const name = "{dm} $& $1 $' {name}";
      const content = map([{ id: 'd', name, roles: ['decision-maker'] }]);
      const en = analyze(content, { lang: 'en' }).gaps.find((g) => g.key === 'ATTITUDE_UNKNOWN:d');
      expect(en?.message).toBe(`We do not know where ${name}, a decision-maker, stands on us.`);
      const zh = analyze(content, { lang: 'zh-CN' }).gaps.find((g) => g.key === 'ATTITUDE_UNKNOWN:d');
      expect(zh?.message).toBe(`还不清楚经济买家${name}对我们的态度。`);
    });
  });

  it('on generated maps, every gap is worded in both languages with nothing left unfilled', () => {
    const docs = documentArb({ unknownFields: false, history: false, maxStakeholders: 8 });
    fc.assert(
      fc.property(docs, fc.option(fc.constant(AS_OF), { nil: null }), (doc, asOf) => {
        // Plain names, so that a generated name holding braces cannot look like a placeholder.
        const content: MapContent = { ...doc, stakeholders: doc.stakeholders.map((p, i) => ({ ...p, name: `P${i}` })) };
        for (const lang of LANGS) {
          const { gaps, explanation } = analyze(content, { asOf, lang });
          for (const gap of gaps) expectWorded(gap);
          for (const term of explanation.terms) {
            expect(term.label.trim()).not.toBe('');
            expect(term.label).not.toMatch(PLACEHOLDER);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the clamp term', () => {
  const hostile = () =>
    map(
      Array.from({ length: 6 }, (_, i) => ({
        id: `b${i}`,
        attitude: 'blocker' as const,
        roles: ['decision-maker' as const],
        level: 'decision' as const,
        influence: null,
      })),
      [],
    );

  it('says in words what the points add up to and how many are added back to reach 0%', () => {
    const { explanation, winLikelihood } = analyze(hostile(), { asOf: AS_OF, lang: 'en' });
    expect(winLikelihood).toBe(0);
    const clamp = explanation.terms.find((term) => term.source.kind === 'clamp')!;
    const sum = explanation.base + explanation.terms.filter((t) => t !== clamp).reduce((s, t) => s + t.points, 0);
    expect(sum).toBeLessThan(0);
    expect(clamp.points).toBe(-sum);
    expect(clamp.label).toBe(
      `The points above add up to ${sum}%; a likelihood cannot be below 0%, so ${-sum} points are added back.`,
    );
    const zh = analyze(hostile(), { asOf: AS_OF, lang: 'zh-CN' }).explanation.terms.find(
      (term) => term.source.kind === 'clamp',
    )!;
    expect(zh.label).toBe(`以上各项合计 ${sum}%; 赢率不能低于 0%, 因此加回 ${-sum} 个百分点。`);
  });

  it('words the symmetric case above 100%, one point in the singular', () => {
    const context = {} as Parameters<typeof wordTerm>[0];
    const scored = score([{ key: 'x', source: { kind: 'competitors', count: 0 }, exact: 51 }]);
    const clamp = scored.terms.find((term) => term.source.kind === 'clamp')!;
    expect(clamp.points).toBe(-1);
    expect(wordTerm(context, clamp, new Map(), 'en')).toBe(
      'The points above add up to 101%; a likelihood cannot exceed 100%, so 1 point is taken off.',
    );
    const twelve = score([{ key: 'x', source: { kind: 'competitors', count: 0 }, exact: 62 }]);
    const clamp12 = twelve.terms.find((term) => term.source.kind === 'clamp')!;
    expect(wordTerm(context, clamp12, new Map(), 'en')).toBe(
      'The points above add up to 112%; a likelihood cannot exceed 100%, so 12 points are taken off.',
    );
    expect(wordTerm(context, clamp12, new Map(), 'zh-CN')).toBe(
      '以上各项合计 112%; 赢率不能超过 100%, 因此减去 12 个百分点。',
    );
  });
});

describe('influence weights in words', () => {
  const label = (content: MapContent, id: string, lang: Lang = 'en') =>
    analyze(content, { lang }).explanation.terms.find((t) => t.key === `person:${id}`)!.label;

  it('shows the weight the likelihood counts (the stake), and says how the weights were found', () => {
    const alone = map([{ id: 'A', attitude: 'supporter', influence: 40 }]);
    expect(label(alone, 'A')).toMatch(/; weight 40%$/);
    expect(analyze(alone).shares).toBe(
      "Each weight is that person's part of the whole decision, as entered (together 40%).",
    );

    // Two more people, not judged: A's 40 stays 40 (naming people dilutes nobody), theirs come from level and roles.
    const three = map([
      { id: 'A', attitude: 'supporter', influence: 40 },
      { id: 'B', attitude: 'neutral', influence: null },
      { id: 'C', attitude: 'neutral', level: 'decision', roles: ['decision-maker'], influence: null },
    ]);
    const analysis = analyze(three);
    expect(label(three, 'A')).toMatch(/; weight 40%$/);
    const stakeB = Number(/; weight not judged \(([\d.]+)% by level and roles\)$/.exec(label(three, 'B'))![1]);
    const stakeC = Number(/; weight not judged \(([\d.]+)% by level and roles\)$/.exec(label(three, 'C'))![1]);
    expect(stakeB).toBeGreaterThan(0);
    expect(stakeC).toBeGreaterThan(stakeB); // a decision-level decision-maker counts for more
    expect(analysis.shares).toContain('for people not judged yet, a default from level and buying roles');
    expect(label(three, 'A', 'zh-CN')).toContain('比重 40%');
    expect(label(three, 'B', 'zh-CN')).toContain(`比重未评估 (按层级和采购角色计 ${stakeB}%)`);
    expect(analyze(three, { lang: 'zh-CN' }).shares).toContain('尚未评估者按层级和采购角色得出默认值');

    const none = map([{ id: 'B', influence: null }]);
    expect(analyze(none).shares).toBe(
      "No weight entered yet: each person's part of the whole decision comes from level and buying roles.",
    );
  });
});
