/**
 * The course's own example (项目客户关系评估分析图, phase 初选产品) as a Powermap file:
 * 张华 30% and 李建 70%, supporters in frequent contact; 王桑 the technical buyer, neutral,
 * distant, unowned, 0; the VP the decision-maker, unknown, no contact, unowned, 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis';
import { parseDocument, type PowermapDocument } from '../../../shared/document';
import { expectDocument } from '../../support/builders';
import { fixturePath, SEED_FIXTURE, sharedExamplePath } from '../../support/fixtures';
import { summary } from './helpers';

function seed(): PowermapDocument {
  const path = existsSync(fixturePath(SEED_FIXTURE)) ? fixturePath(SEED_FIXTURE) : sharedExamplePath(SEED_FIXTURE);
  if (path === null) throw new Error(`${SEED_FIXTURE} is neither in test/fixtures nor in ../shared/examples`);
  return expectDocument(parseDocument(JSON.parse(readFileSync(path, 'utf8'))));
}

describe('the course example (seed-shortlisting)', () => {
  it('gives exactly these gaps, most severe first', () => {
    // Key people: 张华 (30% of the entered 100), 李建 (70%), 王桑 (technical), the VP (decision-maker, decision level).
    expect(summary(analyze(seed()).gaps)).toEqual([
      ['critical', 'ATTITUDE_UNKNOWN', ['s-vp'], undefined],
      ['critical', 'UNCOVERED', ['s-vp'], undefined],
      ['critical', 'NO_EXECUTIVE_ACCESS', ['s-vp'], undefined],
      ['warning', 'MISSING_ROLE', [], 'financial'],
      ['warning', 'MISSING_ROLE', [], 'coach'],
      ['warning', 'UNCOVERED', ['s-wangsang'], undefined],
      ['info', 'MISSING_ROLE', [], 'user'],
    ]);
  });

  it('the gaps do not depend on the analysis date (no last contact is recorded)', () => {
    expect(summary(analyze(seed(), { asOf: '2030-01-01' }).gaps)).toEqual(summary(analyze(seed()).gaps));
  });

  it('gives a win likelihood of 39, as the model in likelihood.ts implies', () => {
    // Weights are all entered (30, 70, 0, 0), so the stakes are 0.3, 0.7, 0, 0.
    // 张华 and 李建: supporter (0.6), frequent (0.7), engaged (0.5):
    //   bond = 0.4 + 0.3 × 0.7 + 0.3 × 0.5 = 0.76; score = 0.6 × 0.76 = 0.456.
    //   张华: 40 × 0.3 × 0.456 = 5.472;  李建: 40 × 0.7 × 0.456 = 12.768.
    // 王桑 and the VP weigh 0 (and the VP's unknown attitude scores 0 in a person term): 0.
    // The VP alone fills two empty seats, the decision-maker (8) and the decision level (3):
    //   the gaps the VP brings, ATTITUDE_UNKNOWN (8) and UNCOVERED (8), cost together at most 11,
    //   so UNCOVERED shows −3. 王桑 alone holds the technical seat (3): UNCOVERED −3 fits.
    // Gaps: −8 − 3 − 8 (no executive access) − 3 − 3 − 3 − 1 = −29. No competitors.
    // Sum of terms: 5.472 + 12.768 − 29 = −10.76, rounded −11; 50 − 11 = 39 (no clamp).
    // Largest remainder: floors 5 + 12 − 29 = −12, one point short; 李建's .768 beats 张华's .472,
    // so 李建 shows 13 and 张华 5.
    const { winLikelihood, explanation } = analyze(seed());
    expect(winLikelihood).toBe(39);
    expect(explanation.base).toBe(50);
    const points = Object.fromEntries(explanation.terms.map((t) => [t.key, t.points]));
    expect(points).toEqual({
      'person:s-lijian': 13,
      'person:s-zhanghua': 5,
      'person:s-wangsang': 0,
      'person:s-vp': 0,
      'gap:ATTITUDE_UNKNOWN:s-vp': -8,
      'gap:UNCOVERED:s-vp': -3,
      'gap:NO_EXECUTIVE_ACCESS': -8,
      'gap:MISSING_ROLE:financial': -3,
      'gap:MISSING_ROLE:coach': -3,
      'gap:UNCOVERED:s-wangsang': -3,
      'gap:MISSING_ROLE:user': -1,
    });
    const exact = Object.fromEntries(explanation.terms.map((t) => [t.key, t.exact]));
    expect(exact['person:s-zhanghua']).toBeCloseTo(5.472, 10);
    expect(exact['person:s-lijian']).toBeCloseTo(12.768, 10);
    expect(explanation.terms.some((t) => t.source.kind === 'clamp' || t.source.kind === 'competitors')).toBe(false);
  });

  it.each(['en', 'zh-CN'] as const)('in %s, base plus every term is the likelihood', (lang) => {
    const { winLikelihood, explanation } = analyze(seed(), { lang });
    expect(explanation.terms.reduce((sum, term) => sum + term.points, explanation.base)).toBe(winLikelihood);
    expect(winLikelihood).toBe(39);
    for (const term of explanation.terms) expect(term.label.trim()).not.toBe('');
  });

  it('the language changes the words only', () => {
    const strip = (a: ReturnType<typeof analyze>) => ({
      winLikelihood: a.winLikelihood,
      terms: a.explanation.terms.map(({ key, points, exact, source }) => ({ key, points, exact, source })),
      gaps: a.gaps.map(({ code, severity, key, stakeholderIds, role }) => ({
        code,
        severity,
        key,
        stakeholderIds,
        role,
      })),
    });
    expect(strip(analyze(seed(), { lang: 'zh-CN' }))).toEqual(strip(analyze(seed(), { lang: 'en' })));
  });

  it('the zh-CN messages use the glossary terms', () => {
    const { gaps, explanation } = analyze(seed(), { lang: 'zh-CN' });
    const byKey = new Map(gaps.map((g) => [g.key, g]));
    expect(byKey.get('ATTITUDE_UNKNOWN:s-vp')?.message).toBe('还不清楚经济买家副总对我们的态度。');
    expect(byKey.get('MISSING_ROLE:financial')?.message).toBe('图中还没有实际买家。');
    expect(byKey.get('MISSING_ROLE:coach')?.message).toBe('图中还没有教练买家。');
    expect(byKey.get('MISSING_ROLE:user')?.message).toBe('图中还没有使用买家。');
    expect(byKey.get('UNCOVERED:s-wangsang')?.message).toContain('疏远');
    expect(byKey.get('UNCOVERED:s-vp')?.action).toContain('向高层渗透');
    expect(byKey.get('NO_EXECUTIVE_ACCESS')?.message).toContain('决策层');
    expect(byKey.get('MISSING_ROLE:coach')?.action).toContain('由易到难');
    const lijian = explanation.terms.find((t) => t.key === 'person:s-lijian');
    expect(lijian?.label).toBe('李建: 支持者, 频繁, 约会; 比重 70%');
  });

  it('the English messages name the people and roles', () => {
    const { gaps } = analyze(seed(), { lang: 'en' });
    const byKey = new Map(gaps.map((g) => [g.key, g]));
    expect(byKey.get('ATTITUDE_UNKNOWN:s-vp')?.message).toBe(
      'We do not know where 副总, a decision-maker, stands on us.',
    );
    expect(byKey.get('UNCOVERED:s-wangsang')?.message).toBe(
      '王桑 is a key person: our contact is distant, and nobody on our team owns the relationship.',
    );
  });
});
