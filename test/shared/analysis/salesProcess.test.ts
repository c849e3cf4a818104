/**
 * The six swords (独孤六剑) read against the map (docs/SALES_PROCESS.md), our position
 * against the best supplier, and the gaps they give: STEP_AHEAD, STEP_LAGS, POSITION_BEHIND.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  buildContext,
  positionOf,
  salesProcess,
  stepIndex,
  suggestedDecisionRelationship,
} from '../../../shared/analysis';
import { PURCHASE_STAGES, SALES_STEPS, parseDocument, type MapContent } from '../../../shared/document';
import { documentArb } from '../../support/arbitraries';
import { expectDocument } from '../../support/builders';
import { SEED_FIXTURE, readFixtureText } from '../../support/fixtures';
import { check, healthyPeople, map, type PersonInput } from './helpers';

const signOf = (content: MapContent, sign: string) =>
  salesProcess(content)
    .steps.flatMap((s) => [...s.start, ...s.end])
    .find((c) => c.sign === sign)!;

const seed = () => expectDocument(parseDocument(JSON.parse(readFixtureText(SEED_FIXTURE))));

describe('the signs of the six steps', () => {
  it('account analysis ends when the first qualifying question is answered yes', () => {
    expect(signOf(map([], [], { qualification: { opportunity: 'unsure' } }), 'opportunity').met).toBe(false);
    expect(signOf(map([], [], { qualification: { opportunity: 'yes' } }), 'opportunity').met).toBe(true);
    const process = salesProcess(map([], [], { qualification: { opportunity: 'yes' } }));
    expect(process.steps[0]!.end.map((c) => c.sign)).toEqual(['opportunity']);
    expect(process.supported).toBe('build-trust');
  });

  it('build trust ends when every key person supports us and trusts us, naming who falls short', () => {
    expect(signOf(map(healthyPeople()), 'keyTrusted').met).toBe(true);
    const people: PersonInput[] = healthyPeople().map((p) => (p.id === 'tech' ? { ...p, stage: 'engaged' } : p));
    expect(signOf(map(people), 'keyTrusted')).toMatchObject({ met: false, stakeholderIds: ['tech'] });
    const neutral = healthyPeople().map((p) => (p.id === 'dm' ? { ...p, attitude: 'neutral' as const } : p));
    expect(signOf(map(neutral), 'keyTrusted')).toMatchObject({ met: false, stakeholderIds: ['dm'] });
    expect(signOf(map([]), 'keyTrusted')).toMatchObject({ met: false, nobody: true });
  });

  it('discover needs starts once every key person is at least engaged (约会), and ends with the needs in writing', () => {
    const engaged = map([{ id: 'd', roles: ['decision-maker'], stage: 'engaged' }]);
    const acquainted = map([{ id: 'd', roles: ['decision-maker'], stage: 'acquainted' }]);
    expect(signOf(engaged, 'keyEngaged').met).toBe(true);
    expect(signOf(acquainted, 'keyEngaged')).toMatchObject({ met: false, stakeholderIds: ['d'] });
    expect(signOf(engaged, 'needsWritten').met).toBe(false);
    const written = map([], [], { needsRecord: { date: '2026-03-01', text: 'Replace the teller system' } });
    expect(signOf(written, 'needsWritten').met).toBe(true);
  });

  it('present value needs the decision-makers known; it has worked when they and the technical buyers support us', () => {
    const unknown = map([{ id: 'd', roles: ['decision-maker'], attitude: 'unknown' }]);
    expect(signOf(unknown, 'dmKnown')).toMatchObject({ met: false, stakeholderIds: ['d'] });
    expect(signOf(map(healthyPeople()), 'valueAccepted').met).toBe(true);
    expect(signOf(map([{ id: 't', roles: ['technical'], attitude: 'supporter' }]), 'valueAccepted')).toMatchObject({
      met: false,
      nobody: true,
    });
  });

  it('win commitment ends, and follow-up starts, when the client places the order', () => {
    expect(signOf(map([], [], { purchaseStage: 'commitment' }), 'ordered').met).toBe(false);
    expect(signOf(map([], [], { purchaseStage: 'implementation' }), 'ordered').met).toBe(true);
  });

  it('sets our six steps beside the six purchase stages, in order', () => {
    PURCHASE_STAGES.forEach((stage, i) => {
      expect(salesProcess(map([], [], { purchaseStage: stage })).beside).toBe(SALES_STEPS[i]);
    });
  });

  it('a map that meets every sign supports follow-up', () => {
    const content = map(healthyPeople(), [], {
      qualification: { opportunity: 'yes' },
      needsRecord: { date: '2026-03-01', text: 'needs' },
      purchaseStage: 'implementation',
    });
    expect(salesProcess(content).supported).toBe('follow-up');
  });

  it('the supported step is where every start sign up to it holds, on any map', () => {
    fc.assert(
      fc.property(documentArb({ history: false }), (document) => {
        const process = salesProcess(document);
        const k = stepIndex(process.supported);
        for (let i = 1; i <= k; i++) expect(process.steps[i]!.start.every((c) => c.met)).toBe(true);
        if (k < 5) expect(process.steps[k + 1]!.start.every((c) => c.met)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});

describe('STEP_AHEAD and STEP_LAGS', () => {
  it('presenting value while the decision-maker is unknown is ahead of the map, and names the sign', () => {
    const content = map([{ id: 'd', name: '副总', roles: ['decision-maker'], stage: 'engaged' }], [], {
      qualification: { opportunity: 'yes' },
      needsRecord: { date: '2026-03-01', text: 'needs' },
      salesStep: 'present-value',
    });
    const [gap] = analyze(content).gaps.filter((g) => g.code === 'STEP_AHEAD');
    expect(gap).toMatchObject({ severity: 'warning', stakeholderIds: ['d'] });
    expect(gap!.message).toContain('decision-maker');
    expect(gap!.message).toContain('副总');
    expect(gap!.action).toContain('discover needs');
    const zh = analyze(content, { lang: 'zh-CN' }).gaps.find((g) => g.code === 'STEP_AHEAD')!;
    expect(zh.message).toContain('呈现价值');
    expect(zh.message).toContain('挖掘需求');
  });

  it('fires exactly when the recorded step is past the supported one', () => {
    fc.assert(
      fc.property(documentArb({ history: false }), (document) => {
        const process = salesProcess(document);
        const ahead = check('STEP_AHEAD', document).length > 0;
        const expected = process.recorded !== null && stepIndex(process.recorded) > stepIndex(process.supported);
        expect(ahead).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('the client evaluating while we build trust is a warning; one step behind is info; level or ahead is nothing', () => {
    const lag = (purchaseStage: (typeof PURCHASE_STAGES)[number], salesStep: (typeof SALES_STEPS)[number]) =>
      check('STEP_LAGS', map([], [], { purchaseStage, salesStep })).map((f) => f.severity);
    expect(lag('evaluation', 'build-trust')).toEqual(['warning']);
    expect(lag('evaluation', 'discover-needs')).toEqual(['info']);
    expect(lag('evaluation', 'present-value')).toEqual([]);
    expect(lag('needs', 'win-commitment')).toEqual([]);
    const gap = analyze(map([], [], { purchaseStage: 'evaluation', salesStep: 'build-trust' })).gaps.find(
      (g) => g.code === 'STEP_LAGS',
    )!;
    expect(gap.message).toBe(
      'The client is at evaluation, where we should present value; we are still at "build trust".',
    );
  });

  it('never fire while no step is recorded, so old files analyse as before', () => {
    fc.assert(
      fc.property(documentArb({ history: false }), (document) => {
        const old: MapContent = {
          ...document,
          deal: { ...document.deal, salesStep: null, standing: { bestSupplier: null, scores: {} } },
        };
        const codes = analyze(old).gaps.map((g) => g.code);
        expect(codes).not.toContain('STEP_AHEAD');
        expect(codes).not.toContain('STEP_LAGS');
        expect(codes).not.toContain('POSITION_BEHIND');
      }),
      { numRuns: 100 },
    );
  });

  it('the course example keeps its analysis, and at present value is ahead of its map (the VP is unknown)', () => {
    const document = seed();
    expect(analyze(document).gaps.map((g) => g.code)).not.toContain('STEP_AHEAD');
    const withStep = { ...document, deal: { ...document.deal, salesStep: 'present-value' as const } };
    const gap = analyze(withStep).gaps.find((g) => g.code === 'STEP_AHEAD')!;
    expect(gap.stakeholderIds).toContain('s-vp');
  });
});

describe('our position against the best supplier', () => {
  it('suggests the relationship with the decision level from our bond, 0..10 in halves', () => {
    expect(suggestedDecisionRelationship(map([]).stakeholders)).toBeNull();
    const top = (closeness: 'none' | 'close', stage: 'none' | 'allied') =>
      map([{ id: 'v', level: 'decision', closeness, stage }]).stakeholders;
    expect(suggestedDecisionRelationship(top('none', 'none'))).toBe(0);
    expect(suggestedDecisionRelationship(top('close', 'allied'))).toBe(10);
    const mixed = map([
      { id: 'a', level: 'decision', closeness: 'close', stage: 'allied' },
      { id: 'b', level: 'decision' },
      { id: 'c', level: 'operational', closeness: 'close', stage: 'allied' },
    ]).stakeholders;
    expect(suggestedDecisionRelationship(mixed)).toBe(5);
  });

  it("takes the map's suggestion until the user scores it, and the user's score wins", () => {
    const people: PersonInput[] = [{ id: 'v', level: 'decision', closeness: 'close', stage: 'allied' }];
    const suggested = positionOf(map(people)).criteria[0]!;
    expect(suggested).toMatchObject({ criterion: 'decisionRelationship', ours: 10, fromMap: true });
    const entered = positionOf(map(people, [], { standing: { scores: { decisionRelationship: { ours: 3 } } } }))
      .criteria[0]!;
    expect(entered).toMatchObject({ ours: 3, fromMap: false });
  });

  it('far behind on what weighs in the phase is a gap; far behind on something else is not', () => {
    const behindOnPrice = { standing: { scores: { price: { ours: 3, best: 8 } } } };
    expect(check('POSITION_BEHIND', map([], [], { ...behindOnPrice, purchaseStage: 'commitment' }))).toHaveLength(1);
    expect(check('POSITION_BEHIND', map([], [], { ...behindOnPrice, purchaseStage: 'evaluation' }))).toEqual([]);
    const almost = { standing: { scores: { price: { ours: 5.5, best: 8 } } }, purchaseStage: 'commitment' as const };
    expect(check('POSITION_BEHIND', map([], [], almost))).toEqual([]);
    const gap = analyze(map([], [], { ...behindOnPrice, purchaseStage: 'commitment' })).gaps.find(
      (g) => g.code === 'POSITION_BEHIND',
    )!;
    expect(gap.message).toContain('price (3 against 8)');
    expect(gap.message).toContain('50%');
    expect(gap.action).toMatch(/financial buyer/);
    const zh = analyze(map([], [], { ...behindOnPrice, purchaseStage: 'commitment' }), { lang: 'zh-CN' }).gaps.find(
      (g) => g.code === 'POSITION_BEHIND',
    )!;
    expect(zh.message).toContain('价格 (3 对 8)');
  });

  it('the context is built once and shared: rules agree with the standalone view', () => {
    const content = map(healthyPeople(), [], { salesStep: 'win-commitment' });
    expect(salesProcess(content, buildContext(content, null))).toEqual(salesProcess(content));
  });
});
