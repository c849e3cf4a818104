/**
 * The team's adopted likelihood model (`deal.likelihoodModel`, docs/CALIBRATION.md): only the
 * base and the gap costs change, the explanation still adds up term by term, and the
 * promises that do not name the standard numbers still hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis';
import { ATTITUDE_LADDER, type LikelihoodModelSetting, type PowermapDocument } from '../../../shared/document';
import { documentArb } from '../../support/arbitraries';
import { map } from './helpers';

const AS_OF = '2026-11-26';

const TEAM: LikelihoodModelSetting = {
  base: 40,
  gapCosts: { 'UNCOVERED.critical': 12, 'MISSING_ROLE.critical': 10, 'SOMETHING_NEWER.info': 5 },
  adoptedBy: 'Zhou Min',
  adoptedAt: '2026-06-30T09:00:00+08:00',
  fittedFrom: { won: 60, lost: 70, point: 'last' },
};

function withModel<T extends { deal: PowermapDocument['deal'] }>(doc: T, model: LikelihoodModelSetting | null): T {
  return { ...doc, deal: { ...doc.deal, likelihoodModel: model } };
}

describe('the team likelihood model', () => {
  const vp = {
    id: 'vp',
    level: 'decision' as const,
    roles: ['decision-maker' as const],
    attitude: 'supporter' as const,
  };

  it('is the standard model when the setting is null', () => {
    const analysis = analyze(map([vp]), { asOf: AS_OF });
    expect(analysis.explanation.base).toBe(50);
    expect(analysis.explanation.model).toBe('standard');
  });

  it("uses the team's base and the team's cost for the gaps it names, the standard cost for the others", () => {
    const standard = analyze(map([vp]), { asOf: AS_OF });
    const team = analyze(withModel(map([vp]), TEAM), { asOf: AS_OF });
    expect(team.explanation.model).toBe('team');
    expect(team.explanation.base).toBe(40);
    const uncovered = (a: typeof team) => a.explanation.terms.find((t) => t.key.startsWith('gap:UNCOVERED'));
    expect(uncovered(standard)?.points).toBe(-8);
    expect(uncovered(team)?.points).toBe(-12);
    const others = (a: typeof team) =>
      a.explanation.terms.filter((t) => t.source.kind === 'gap' && t.source.code !== 'UNCOVERED').map((t) => t.points);
    expect(others(team)).toEqual(others(standard));
    const sum = team.explanation.terms.reduce((total, term) => total + term.points, team.explanation.base);
    expect(sum).toBe(team.winLikelihood);
  });

  it("prices a seat at the team's cost of the empty role, so naming the person is never worse than the hole", () => {
    const unknownVp = { id: 'vp', level: 'decision' as const, roles: ['decision-maker' as const] };
    const hole = analyze(withModel(map([]), TEAM), { asOf: AS_OF });
    const named = analyze(withModel(map([unknownVp]), TEAM), { asOf: AS_OF });
    expect(named.winLikelihood).toBeGreaterThanOrEqual(hole.winLikelihood);
  });

  const docs = documentArb({ unknownFields: false, history: false, maxStakeholders: 6 }).filter(
    (doc) => doc.deal.likelihoodModel !== null && doc.stakeholders.length > 0,
  );

  it('adds up term by term, whatever the team model', () => {
    fc.assert(
      fc.property(docs, (doc) => {
        const { winLikelihood, explanation } = analyze(doc, { asOf: AS_OF });
        expect(explanation.base).toBe(doc.deal.likelihoodModel!.base);
        const sum = explanation.terms.reduce((total, term) => total + term.points, explanation.base);
        expect(sum).toBe(winLikelihood);
        expect(explanation.terms.some((t) => t.key === 'clamp' && t.points < 0)).toBe(false);
      }),
      { numRuns: 80 },
    );
  });

  it('still never lowers the likelihood when one person is raised one step on the attitude ladder', () => {
    fc.assert(
      fc.property(docs, fc.nat(), (doc, pick) => {
        const index = pick % doc.stakeholders.length;
        const person = doc.stakeholders[index]!;
        const at = ATTITUDE_LADDER.indexOf(person.attitude as (typeof ATTITUDE_LADDER)[number]);
        fc.pre(at >= 0 && at < ATTITUDE_LADDER.length - 1);
        const raised = {
          ...doc,
          stakeholders: doc.stakeholders.map((p, i) =>
            i === index ? { ...p, attitude: ATTITUDE_LADDER[at + 1]! } : p,
          ),
        };
        expect(analyze(raised, { asOf: AS_OF }).winLikelihood).toBeGreaterThanOrEqual(
          analyze(doc, { asOf: AS_OF }).winLikelihood,
        );
      }),
      { numRuns: 80 },
    );
  });
});
