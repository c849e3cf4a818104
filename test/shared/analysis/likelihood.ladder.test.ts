/**
 * The model against an expert's order of maps: one deal, known better and better, from
 * nothing known, to names only, to single-threaded, to well covered; and beside the ladder,
 * bad news that must score below the rung it spoils. Weights are the defaults (none
 * entered), the deal is shortlisting, our team member t-1 owns every person we are in
 * touch with.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis';
import type { MapContent } from '../../../shared/document';
import { map, OWNER, type PersonInput } from './helpers';

const AS_OF = '2026-11-26';
const MET = '2026-11-20';

/** Nothing known but who holds each buying role. */
const NAMES: readonly PersonInput[] = [
  { id: 'dm', level: 'decision', roles: ['decision-maker'] },
  { id: 'tech', level: 'managerial', roles: ['technical'] },
  { id: 'fin', level: 'managerial', roles: ['financial'] },
  { id: 'user', level: 'operational', roles: ['user'] },
  { id: 'coach', level: 'operational', roles: ['coach'] },
];

function people(patches: Record<string, Partial<PersonInput>>): PersonInput[] {
  return NAMES.map((p) => ({ ...p, ...patches[p.id] }));
}

const met = (attitude: PersonInput['attitude'], closeness: PersonInput['closeness'], stage: PersonInput['stage']) =>
  ({ attitude, closeness, stage, ownerId: OWNER, lastContact: MET }) as const;

const coachTrusted = met('supporter', 'frequent', 'trusted');

/** The ladder, worst first; each rung knows more, or better, than the one before. */
export const LADDER: readonly (readonly [string, MapContent])[] = [
  ['empty map', map([])],
  ['names only, nothing known', map(people({}))],
  ['single-threaded: one supportive coach', map(people({ coach: coachTrusted }))],
  [
    'the decision-maker known neutral',
    map(people({ coach: coachTrusted, dm: met('neutral', 'distant', 'acquainted') })),
  ],
  [
    'the decision-maker a supporter, but distant',
    map(people({ coach: coachTrusted, dm: met('supporter', 'distant', 'acquainted') })),
  ],
  [
    'a decision-level supporter in frequent contact, and the coach trusted',
    map(people({ coach: coachTrusted, dm: met('supporter', 'frequent', 'trusted') })),
  ],
  [
    'and the technical buyer a supporter',
    map(
      people({
        coach: coachTrusted,
        dm: met('supporter', 'frequent', 'trusted'),
        tech: met('supporter', 'frequent', 'engaged'),
      }),
    ),
  ],
  [
    'well covered: champion decision-maker, supportive technical and financial buyers, coach allied',
    map(
      people({
        coach: met('champion', 'frequent', 'allied'),
        dm: met('champion', 'close', 'allied'),
        tech: met('supporter', 'frequent', 'trusted'),
        fin: met('supporter', 'frequent', 'engaged'),
        user: met('neutral', 'distant', 'acquainted'),
      }),
    ),
  ],
];

function likelihood(content: MapContent): number {
  return analyze(content, { asOf: AS_OF }).winLikelihood;
}

describe('win likelihood: the ladder of knowing more', () => {
  it('orders the rungs strictly, worst first', () => {
    const figures = LADDER.map(([, content]) => likelihood(content));
    for (let i = 1; i < figures.length; i++) {
      expect(
        figures[i],
        `${LADDER[i]![0]} (${figures[i]}) above ${LADDER[i - 1]![0]} (${figures[i - 1]})`,
      ).toBeGreaterThan(figures[i - 1]!);
    }
  });

  const rung = (name: string) => LADDER.find(([label]) => label.startsWith(name))![1];
  const replace = (content: MapContent, id: string, patch: Partial<PersonInput>): MapContent =>
    map(
      content.stakeholders.map((p) => (p.id === id ? { ...p, ...patch } : p)),
      [],
      {},
    );

  it('a technical buyer found opposing scores below the same rung with the technical buyer unknown', () => {
    const base = rung('a decision-level supporter');
    const opposed = replace(base, 'tech', met('opponent', 'distant', 'acquainted'));
    expect(likelihood(opposed)).toBeLessThan(likelihood(base));
  });

  it('a blocking financial buyer spoils the well-covered map, but less than losing the champion', () => {
    const well = rung('well covered');
    const blocked = replace(well, 'fin', met('blocker', 'distant', 'acquainted'));
    const noChampion = replace(well, 'dm', met('opponent', 'frequent', 'trusted'));
    expect(likelihood(blocked)).toBeLessThan(likelihood(well));
    expect(likelihood(noChampion)).toBeLessThan(likelihood(blocked));
  });

  it('an opponent who sways the decision-maker scores below the same opponent on their own', () => {
    const base = replace(rung('a decision-level supporter'), 'fin', met('opponent', 'distant', 'acquainted'));
    const sways = map(base.stakeholders, [['fin', 'dm']]);
    expect(likelihood(sways)).toBeLessThan(likelihood(base));
  });

  it('bad news is never capped: an opponent who sways a decision-maker of unknown attitude still costs its gap', () => {
    const base = map(people({ fin: met('opponent', 'none', 'none') }));
    const sways = map(base.stakeholders, [['fin', 'dm']]);
    expect(likelihood(sways)).toBeLessThanOrEqual(likelihood(base) - 8);
  });

  it('the issue 10 map: a supportive coach and two named people of unknown attitude score no less than the coach alone', () => {
    const coach: PersonInput = { id: 'c', roles: ['coach'], attitude: 'supporter', influence: 20 };
    const dm: PersonInput = { id: 'dm', roles: ['decision-maker'], level: 'decision', influence: 50 };
    const tech: PersonInput = { id: 'tb', roles: ['technical'], level: 'managerial', influence: 30 };
    const deal = { competitors: ['Rival'] };
    const alone = likelihood(map([coach], [], deal));
    const empty = likelihood(map([], [], deal));
    const named = likelihood(map([coach, dm, tech], [], deal));
    expect(named).toBeGreaterThanOrEqual(alone);
    expect(named).toBeGreaterThanOrEqual(empty);
  });
});
