/**
 * The six properties of the win likelihood (PRODUCT.md 3.2), checked on generated maps,
 * plus the explanation's arithmetic: base plus terms is the figure shown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  buildContext,
  computeWeights,
  findGaps,
  likelihoodModel,
  type Finding,
} from '../../../shared/analysis';
import {
  ATTITUDE_LADDER,
  CLOSENESS,
  RELATIONSHIP_STAGES,
  type PowermapDocument,
  type Stakeholder,
} from '../../../shared/document';
import { documentArb } from '../../support/arbitraries';
import { makeDocument, person } from '../../support/builders';

const AS_OF = '2026-11-26';
const mapArb = documentArb({ unknownFields: false, history: false, maxStakeholders: 8 });
const withPeople = mapArb.filter((doc) => doc.stakeholders.length > 0);

function likelihood(doc: PowermapDocument): number {
  return analyze(doc, { asOf: AS_OF }).winLikelihood;
}

function patchPerson(doc: PowermapDocument, index: number, patch: Partial<Stakeholder>): PowermapDocument {
  return { ...doc, stakeholders: doc.stakeholders.map((p, i) => (i === index ? { ...p, ...patch } : p)) };
}

function stepUp<T extends string>(scale: readonly T[], value: T): T | undefined {
  const at = scale.indexOf(value);
  return at >= 0 && at < scale.length - 1 ? scale[at + 1] : undefined;
}

/** A document, a person in it, and a fraction to pick things with. */
const docAndIndex = withPeople.chain((doc) =>
  fc.record({ doc: fc.constant(doc), index: fc.nat({ max: doc.stakeholders.length - 1 }) }),
);

describe('win likelihood: explanation', () => {
  it('is a whole percentage, and base plus every term is exactly the figure', () => {
    fc.assert(
      fc.property(mapArb, (doc) => {
        const { winLikelihood, explanation } = analyze(doc, { asOf: AS_OF });
        expect(Number.isInteger(winLikelihood)).toBe(true);
        expect(winLikelihood).toBeGreaterThanOrEqual(0);
        expect(winLikelihood).toBeLessThanOrEqual(100);
        const sum = explanation.terms.reduce((total, term) => total + term.points, explanation.base);
        expect(sum).toBe(winLikelihood);
        for (const term of explanation.terms) {
          expect(Number.isInteger(term.points)).toBe(true);
          expect(term.label.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('names what each term comes from: a person, a gap, the competitors or the clamp', () => {
    fc.assert(
      fc.property(mapArb, (doc) => {
        const analysis = analyze(doc);
        const ids = new Set(doc.stakeholders.map((p) => p.id));
        const gapKeys = new Set(analysis.gaps.map((g) => g.key));
        for (const { source } of analysis.explanation.terms) {
          if (source.kind === 'person') expect(ids.has(source.stakeholderId)).toBe(true);
          if (source.kind === 'gap') expect(gapKeys.has(source.gapKey)).toBe(true);
        }
        expect(analysis.explanation.terms.filter((t) => t.source.kind === 'gap')).toHaveLength(analysis.gaps.length);
      }),
    );
  });

  it('shows the clamp as its own term when the sum falls below zero', () => {
    const hostile = Array.from({ length: 6 }, (_, i) =>
      person(`b${i}`, { attitude: 'blocker', roles: ['decision-maker'], level: 'decision', influence: null }),
    );
    const { winLikelihood, explanation } = analyze(makeDocument({ stakeholders: hostile }));
    expect(winLikelihood).toBe(0);
    const clamp = explanation.terms.find((t) => t.source.kind === 'clamp');
    expect(clamp?.points).toBeGreaterThan(0);
  });
});

describe('win likelihood: the six properties', () => {
  it('1. raising one attitude a step never lowers it', () => {
    fc.assert(
      fc.property(docAndIndex, ({ doc, index }) => {
        const current = doc.stakeholders[index]!.attitude;
        const raised = stepUp(ATTITUDE_LADDER, current as (typeof ATTITUDE_LADDER)[number]);
        fc.pre(raised !== undefined);
        expect(likelihood(patchPerson(doc, index, { attitude: raised }))).toBeGreaterThanOrEqual(likelihood(doc));
      }),
    );
  });

  it('2. for a supporter or champion, closer contact or a later stage never lowers it', () => {
    fc.assert(
      fc.property(docAndIndex, fc.constantFrom('supporter', 'champion'), ({ doc, index }, attitude) => {
        const base = patchPerson(doc, index, { attitude });
        const p = base.stakeholders[index]!;
        const closer = stepUp(CLOSENESS, p.closeness);
        const later = stepUp(RELATIONSHIP_STAGES, p.stage);
        if (closer)
          expect(likelihood(patchPerson(base, index, { closeness: closer }))).toBeGreaterThanOrEqual(likelihood(base));
        if (later)
          expect(likelihood(patchPerson(base, index, { stage: later }))).toBeGreaterThanOrEqual(likelihood(base));
      }),
    );
  });

  type Change = (p: Stakeholder) => Partial<Stakeholder> | undefined;
  const changes: Record<string, Change> = {
    'attitude up': (p) => {
      const a = stepUp(ATTITUDE_LADDER, p.attitude as (typeof ATTITUDE_LADDER)[number]);
      return a && { attitude: a };
    },
    'attitude down': (p) => {
      const at = ATTITUDE_LADDER.indexOf(p.attitude as (typeof ATTITUDE_LADDER)[number]);
      return at > 0 ? { attitude: ATTITUDE_LADDER[at - 1]! } : undefined;
    },
    'closer contact': (p) => {
      const c = stepUp(CLOSENESS, p.closeness);
      return c && { closeness: c };
    },
    'later stage': (p) => {
      const s = stepUp(RELATIONSHIP_STAGES, p.stage);
      return s && { stage: s };
    },
  };

  it('3. the same change matters at least as much on a person with more influence', () => {
    const twinsArb = withPeople.chain((doc) =>
      fc.record({
        doc: fc.constant(doc),
        index: fc.nat({ max: doc.stakeholders.length - 1 }),
        high: fc.integer({ min: 1, max: 100 }),
        lowFraction: fc.double({ min: 0, max: 1, noNaN: true }),
        change: fc.constantFrom(...Object.keys(changes)),
      }),
    );
    fc.assert(
      fc.property(twinsArb, ({ doc, index, high, lowFraction, change }) => {
        const low = Math.floor(high * lowFraction * 10) / 10;
        const original = doc.stakeholders[index]!;
        // Two people alike in all but influence, joined to nobody, so only influence differs.
        const strong = { ...original, id: 'twin-strong', influence: high };
        const weak = { ...original, id: 'twin-weak', influence: low };
        const others = doc.stakeholders.filter((_, i) => i !== index);
        const base: PowermapDocument = {
          ...doc,
          stakeholders: [...others, strong, weak],
          relationships: doc.relationships.filter((r) => r.from !== original.id && r.to !== original.id),
        };
        const patch = changes[change]!(original);
        fc.pre(patch !== undefined);
        const before = likelihood(base);
        const onStrong = likelihood(patchPerson(base, others.length, patch)) - before;
        const onWeak = likelihood(patchPerson(base, others.length + 1, patch)) - before;
        expect(Math.abs(onStrong)).toBeGreaterThanOrEqual(Math.abs(onWeak));
        if (onWeak !== 0) expect(Math.sign(onStrong)).toBe(Math.sign(onWeak));
      }),
    );
  });

  it('4. adding a gap never raises it, and a critical gap lowers it unless it is already at the floor', () => {
    const extraArb = fc.record({
      severity: fc.constantFrom<Finding['severity']>('critical', 'warning', 'info'),
      key: fc.string({ minLength: 1, maxLength: 6 }).map((k) => `EXTRA:${k}`),
    });
    fc.assert(
      fc.property(mapArb, extraArb, (doc, extra) => {
        const context = buildContext(doc, AS_OF);
        const findings = findGaps(context);
        const before = likelihoodModel.score(likelihoodModel.rawTerms(context, findings)).likelihood;
        const added: Finding = {
          code: 'STALE',
          severity: extra.severity,
          key: extra.key,
          stakeholderIds: [],
          params: {},
        };
        const after = likelihoodModel.score(likelihoodModel.rawTerms(context, [...findings, added])).likelihood;
        expect(after).toBeLessThanOrEqual(before);
        if (extra.severity === 'critical' && before > likelihoodModel.FLOOR) expect(after).toBeLessThan(before);
      }),
    );
  });

  it('4. in a document: answering a qualifying question "no" never raises it', () => {
    fc.assert(
      fc.property(mapArb, fc.constantFrom('opportunity', 'solution', 'canWin', 'worthWinning'), (doc, question) => {
        const no: PowermapDocument = {
          ...doc,
          deal: { ...doc.deal, qualification: { ...doc.deal.qualification, [question]: 'no' } },
        };
        expect(likelihood(no)).toBeLessThanOrEqual(likelihood(doc));
      }),
    );
  });

  it('5. a key person of unknown attitude scores no better than the same person neutral', () => {
    fc.assert(
      fc.property(docAndIndex, fc.constantFrom('dm', 'technical', 'decision'), ({ doc, index }, keyBy) => {
        const p = doc.stakeholders[index]!;
        const key: Partial<Stakeholder> =
          keyBy === 'dm'
            ? { roles: [...new Set([...p.roles, 'decision-maker' as const])] }
            : keyBy === 'technical'
              ? { roles: [...new Set([...p.roles, 'technical' as const])] }
              : { level: 'decision' };
        const unknown = likelihood(patchPerson(doc, index, { ...key, attitude: 'unknown' }));
        const neutral = likelihood(patchPerson(doc, index, { ...key, attitude: 'neutral' }));
        expect(unknown).toBeLessThanOrEqual(neutral);
      }),
    );
  });

  it('6. weights are normalised, and scaling every entered weight changes no share', () => {
    fc.assert(
      fc.property(withPeople, fc.double({ min: 0.01, max: 100, noNaN: true }), (doc, factor) => {
        const weights = computeWeights(doc.stakeholders, doc.deal.purchaseStage);
        const sum = weights.shares.reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(1, 9);
        const scaled = doc.stakeholders.map((p) => ({
          ...p,
          influence: p.influence === null ? null : p.influence * factor,
        }));
        if (weights.mode === 'entered' && weights.enteredTotal * factor >= 1e-6) {
          const again = computeWeights(scaled, doc.deal.purchaseStage).shares;
          again.forEach((share, i) => expect(share).toBeCloseTo(weights.shares[i]!, 9));
        }
      }),
    );
  });

  it('6. with no weights entered, level and role give the defaults, and the purchase stage shifts role weights', () => {
    const people = [
      person('tech', { roles: ['technical'], level: 'managerial' }),
      person('fin', { roles: ['financial'], level: 'managerial' }),
      person('use', { roles: ['user'], level: 'managerial' }),
      person('boss', { level: 'decision' }),
      person('clerk', { level: 'operational' }),
    ];
    const share = (stage: PowermapDocument['deal']['purchaseStage']) => {
      const w = computeWeights(people, stage);
      expect(w.mode).toBe('default');
      return Object.fromEntries(people.map((p, i) => [p.id, w.shares[i]!]));
    };
    const evaluation = share('evaluation');
    const commitment = share('commitment');
    const implementation = share('implementation');
    // Shortlisting weighs quality (technical) most, buying weighs price (financial), after-sales service (user).
    expect(evaluation['tech']).toBeGreaterThan(evaluation['fin']!);
    expect(commitment['fin']).toBeGreaterThan(commitment['tech']!);
    expect(implementation['use']).toBeGreaterThan(implementation['tech']!);
    // The decision level outweighs a plain manager, who outweighs the shop floor.
    expect(evaluation['boss']).toBeGreaterThan(evaluation['clerk']!);
  });

  it('6. with some weights entered, the unjudged get their default share', () => {
    const people = [
      person('a', { influence: 50 }),
      person('b', { influence: 50 }),
      person('dm', { roles: ['decision-maker'], level: 'decision', influence: null }),
    ];
    const w = computeWeights(people, 'evaluation');
    expect(w.mode).toBe('mixed');
    expect(w.shares[2]).toBeGreaterThan(0);
    expect(w.shares[0]).toBeCloseTo(w.shares[1]!, 12);
  });
});
