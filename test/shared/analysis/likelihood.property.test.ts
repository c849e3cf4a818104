/**
 * The properties of the win likelihood (PRODUCT.md 3.2, docs/WIN_LIKELIHOOD.md), checked on
 * generated maps, plus the explanation's arithmetic: base plus terms is the figure shown.
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
  BUYING_ROLES,
  CLOSENESS,
  LEVELS,
  RELATIONSHIP_STAGES,
  type PowermapDocument,
  type Stakeholder,
} from '../../../shared/document';
import { documentArb } from '../../support/arbitraries';
import { makeDocument, person } from '../../support/builders';

const AS_OF = '2026-11-26';
// The standard model's promises, with its numbers: no team model (test/shared/analysis/teamModel.test.ts).
const mapArb = documentArb({ unknownFields: false, history: false, maxStakeholders: 8, teamModel: false });
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

describe('win likelihood: the people limit', () => {
  it('counts support from people at most 40 points, as a term of its own', () => {
    const champions = Array.from({ length: 3 }, (_, i) =>
      person(`c${i}`, { attitude: 'champion', closeness: 'close', stage: 'allied', influence: 100 }),
    );
    const { explanation } = analyze(makeDocument({ stakeholders: champions }));
    const people = explanation.terms.filter((t) => t.source.kind === 'person').reduce((sum, t) => sum + t.exact, 0);
    const limit = explanation.terms.find((t) => t.key === 'people-limit:support');
    expect(people).toBeCloseTo(120, 9);
    expect(limit?.exact).toBeCloseTo(-80, 9);
    expect(limit?.label).toBe('Support from people counts at most 40 points');
  });

  it('counts opposition from people at most 40 points, in both languages', () => {
    const blockers = Array.from({ length: 3 }, (_, i) => person(`b${i}`, { attitude: 'blocker', influence: 100 }));
    const doc = makeDocument({ stakeholders: blockers });
    const limit = analyze(doc).explanation.terms.find((t) => t.key === 'people-limit:opposition');
    expect(limit?.exact).toBeGreaterThan(0);
    expect(analyze(doc, { lang: 'zh-CN' }).explanation.terms.find((t) => t.key === limit?.key)?.label).toBe(
      '人员的反对最多计 40 分',
    );
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

describe('win likelihood: knowing more never scores worse', () => {
  /** A map, and a person to name in it with nothing known: roles nobody held, a level, maybe a weight and an owner. */
  const fillArb = mapArb.chain((doc) => {
    const held = new Set(doc.stakeholders.flatMap((p) => p.roles));
    const missing = BUYING_ROLES.filter((role) => !held.has(role));
    const emptyLevel = !doc.stakeholders.some((p) => p.level === 'decision');
    return fc.record({
      doc: fc.constant(doc),
      roles: fc.subarray(missing),
      level: fc.constantFrom(...LEVELS),
      influence: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      ownerId: fc.option(fc.constantFrom(null, ...doc.team.map((m) => m.id)), { nil: null }),
      emptyLevel: fc.constant(emptyLevel),
    });
  });

  it('7. naming a person of unknown attitude and no contact in a missing buying role or an empty decision level never lowers it', () => {
    fc.assert(
      fc.property(fillArb, ({ doc, roles, level, influence, ownerId, emptyLevel }) => {
        const fillsLevel = level === 'decision' && emptyLevel;
        // Their roles were all missing; at the decision level, the level was empty.
        fc.pre(roles.length > 0 || fillsLevel);
        fc.pre(level !== 'decision' || emptyLevel);
        const named = person('named-new', { roles, level, influence, ownerId, attitude: 'unknown', closeness: 'none' });
        const after = { ...doc, stakeholders: [...doc.stakeholders, named] };
        expect(likelihood(after)).toBeGreaterThanOrEqual(likelihood(doc));
      }),
    );
  });

  /** A deal in design, its step recorded as discovering needs, before and after `named` is named in it. */
  function naming(
    qualification: PowermapDocument['deal']['qualification'],
    people: readonly Stakeholder[],
    named: Stakeholder,
  ): { before: PowermapDocument; after: PowermapDocument } {
    const deal = {
      id: 'd-step',
      name: 'Deal',
      purchaseStage: 'design' as const,
      salesStep: 'discover-needs' as const,
      qualification,
    };
    return {
      before: makeDocument({ deal, stakeholders: [...people] }),
      after: makeDocument({ deal, stakeholders: [...people, named] }),
    };
  }
  const stepAheadOf = (doc: PowermapDocument) =>
    findGaps(buildContext(doc, AS_OF)).find((f) => f.code === 'STEP_AHEAD')?.stakeholderIds;

  it('7. naming someone at an empty decision level, where two unknown people already hold the sales step back, never lowers it', () => {
    // Found by the property above (seed 1494272411): the step held back by the decision-maker
    // alone was priced in their seat; once a second unknown person holds it back too, it is
    // there without either one, so only the joint rule keeps it from being priced again.
    const { before, after } = naming(
      { opportunity: 'yes', solution: 'yes', canWin: 'yes', worthWinning: 'no' },
      [
        person('dm', { roles: ['decision-maker'], level: 'operational' }),
        person('tb', { roles: ['technical'], level: 'operational', stage: 'allied' }),
      ],
      person('named', { level: 'decision', attitude: 'unknown', closeness: 'none' }),
    );
    expect(stepAheadOf(after)?.length).toBeGreaterThan(1);
    expect(likelihood(after)).toBeGreaterThanOrEqual(likelihood(before));
  });

  it('7. naming someone weightier at an empty decision level, so that the step held back moves to them, never lowers it', () => {
    // Found by the property above (seed -1850438592, in CI): the only user, key by the weights
    // entered, held the step back and paid for it on their seat; once someone far weightier is
    // named at the empty decision level, the user is no longer key and the step names only the
    // newcomer. It is there without either, not without both: it stays on the user's seat.
    const { before, after } = naming(
      { opportunity: 'yes', solution: 'no', canWin: 'unsure', worthWinning: 'yes' },
      [
        person('a', { level: 'operational', stage: 'trusted', influence: 1 }),
        person('user', { roles: ['user'], level: 'operational', influence: 5 }),
        person('c', { level: 'operational', influence: null }),
      ],
      person('named', { level: 'decision', influence: 100, attitude: 'unknown', closeness: 'none' }),
    );
    expect(stepAheadOf(before)).toEqual(['user']);
    expect(stepAheadOf(after)).toEqual(['named']);
    expect(likelihood(after)).toBeGreaterThanOrEqual(likelihood(before));
  });

  it('7. the same, told as the issue told it: a coach, then an unknown decision-maker and technical buyer', () => {
    const coach = person('c', { roles: ['coach'], attitude: 'supporter', influence: 20 });
    const dm = person('dm', { roles: ['decision-maker'], level: 'decision', influence: 50 });
    const tech = person('tb', { roles: ['technical'], level: 'managerial', influence: 30 });
    const deal = { id: 'd-1', name: 'Deal', competitors: ['Rival'] };
    const empty = likelihood(makeDocument({ deal }));
    const alone = likelihood(makeDocument({ deal, stakeholders: [coach] }));
    const withDm = likelihood(makeDocument({ deal, stakeholders: [coach, dm] }));
    const all = likelihood(makeDocument({ deal, stakeholders: [coach, dm, tech] }));
    expect(alone).toBeGreaterThanOrEqual(empty);
    expect(withDm).toBeGreaterThanOrEqual(alone);
    expect(all).toBeGreaterThanOrEqual(withDm);
  });

  it('8. one fact priced once: an unknown attitude costs at most one critical gap (and the step it holds back), and the person term carries none of it', () => {
    fc.assert(
      fc.property(docAndIndex, ({ doc, index }) => {
        const unknown = patchPerson(doc, index, { attitude: 'unknown' });
        const neutral = patchPerson(doc, index, { attitude: 'neutral' });
        const cost = likelihood(neutral) - likelihood(unknown);
        expect(cost).toBeGreaterThanOrEqual(0);
        // A sales step recorded that needs this attitude known (a decision-maker's) is a fact of
        // its own: the step the user recorded is ahead of the map, priced by STEP_AHEAD, which
        // then names this person among those who hold it back.
        const id = doc.stakeholders[index]!.id;
        const holdsStepBack = (map: PowermapDocument) =>
          findGaps(buildContext(map, AS_OF)).some((f) => f.code === 'STEP_AHEAD' && f.stakeholderIds.includes(id));
        const stepHeldBack = holdsStepBack(unknown) && !holdsStepBack(neutral) ? likelihoodModel.GAP_POINTS.warning : 0;
        expect(cost).toBeLessThanOrEqual(likelihoodModel.GAP_POINTS.critical + stepHeldBack);
        const terms = analyze(unknown, { asOf: AS_OF }).explanation.terms;
        expect(terms.find((t) => t.key === `person:${id}`)?.exact).toBe(0);
        // If anything carries it, it is the person's own ATTITUDE_UNKNOWN gap.
        const carrier = terms.find((t) => t.key === `gap:ATTITUDE_UNKNOWN:${id}`);
        if (cost > 0) expect(carrier).toBeDefined();
      }),
    );
  });

  it('8. one fact priced once: no contact with a person of unknown attitude costs at most two critical gaps', () => {
    fc.assert(
      fc.property(docAndIndex, ({ doc, index }) => {
        const p = doc.stakeholders[index]!;
        const far = patchPerson(doc, index, { attitude: 'unknown', closeness: 'none' });
        const ownerId = doc.team[0]?.id ?? null;
        const near = patchPerson(doc, index, {
          attitude: 'unknown',
          closeness: 'frequent',
          ownerId: ownerId ?? p.ownerId,
        });
        const cost = likelihood(near) - likelihood(far);
        expect(cost).toBeGreaterThanOrEqual(0);
        expect(cost).toBeLessThanOrEqual(2 * likelihoodModel.GAP_POINTS.critical);
      }),
    );
  });

  it('8. the gaps a person brings who alone fills an empty seat cost at most the seat, and the term says so', () => {
    fc.assert(
      fc.property(mapArb, (doc) => {
        const context = buildContext(doc, AS_OF);
        const findings = findGaps(context);
        const { cost, seatOf } = likelihoodModel.gapCosts(context, findings);
        const bySeat = new Map<string, number>();
        findings.forEach((f, k) => {
          expect(cost[k]).toBeLessThanOrEqual(likelihoodModel.gapCost(f));
          expect(cost[k]).toBeGreaterThanOrEqual(0);
          const seat = seatOf[k];
          if (seat !== undefined) bySeat.set(seat, 0);
        });
        for (const seat of bySeat.keys()) {
          const index = context.indexOf.get(seat)!;
          const credit = likelihoodModel.seatCredit(context, index);
          const charged = findings.reduce(
            (sum, f, k) => sum + (f.stakeholderIds.includes(seat) && seatOf[k] === seat ? cost[k]! : 0),
            0,
          );
          expect(charged).toBeLessThanOrEqual(credit);
        }
        const labels = analyze(doc, { asOf: AS_OF }).explanation.terms;
        for (const term of labels) {
          if (term.source.kind === 'gap' && term.source.seatOf !== undefined) {
            const name = doc.stakeholders.find((p) => p.id === (term.source as { seatOf: string }).seatOf)!.name;
            expect(term.label).toContain(name);
          }
        }
      }),
    );
  });

  it('naming a person dilutes nobody: everyone else keeps their term', () => {
    fc.assert(
      fc.property(fillArb, ({ doc, roles, level, influence }) => {
        const named = person('named-new', { roles, level, influence, attitude: 'supporter', closeness: 'close' });
        const before = analyze(doc, { asOf: AS_OF }).explanation.terms;
        const after = analyze({ ...doc, stakeholders: [...doc.stakeholders, named] }, { asOf: AS_OF }).explanation
          .terms;
        for (const term of before) {
          if (term.source.kind !== 'person') continue;
          expect(after.find((t) => t.key === term.key)?.exact).toBe(term.exact);
        }
      }),
    );
  });
});
