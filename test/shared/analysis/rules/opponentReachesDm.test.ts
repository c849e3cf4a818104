import { describe, expect, it } from 'vitest';
import { check, gapsOf, line, map, type PersonInput } from '../helpers';

const DM: PersonInput = { id: 'dm', roles: ['decision-maker'], level: 'decision', attitude: 'neutral' };
const opp = (id: string, attitude: 'opponent' | 'blocker' = 'opponent'): PersonInput => ({ id, attitude });

describe('OPPONENT_REACHES_DM', () => {
  it.each(['opponent', 'blocker'] as const)('a %s who influences a decision-maker directly is critical', (attitude) => {
    const content = map([opp('o', attitude), DM], [['o', 'dm']]);
    expect(gapsOf('OPPONENT_REACHES_DM', content)).toEqual([
      ['critical', 'OPPONENT_REACHES_DM', ['o', 'dm'], undefined],
    ]);
    expect(check('OPPONENT_REACHES_DM', content)[0]).toMatchObject({
      key: 'OPPONENT_REACHES_DM:o',
      params: { hops: 1 },
    });
  });

  it('along a chain of three lines, the people are the chain from opponent to decision-maker', () => {
    const content = map(
      [DM, { id: 'b' }, opp('o'), { id: 'a' }],
      [
        ['o', 'a'],
        ['a', 'b'],
        ['b', 'dm'],
      ],
    );
    expect(gapsOf('OPPONENT_REACHES_DM', content)).toEqual([
      ['critical', 'OPPONENT_REACHES_DM', ['o', 'a', 'b', 'dm'], undefined],
    ]);
    expect(check('OPPONENT_REACHES_DM', content)[0]?.params).toEqual({ hops: 3 });
  });

  it('through a cycle, with a simple chain', () => {
    const content = map(
      [opp('o'), { id: 'a' }, { id: 'b' }, DM],
      [
        ['o', 'a'],
        ['a', 'b'],
        ['b', 'a'],
        ['b', 'o'],
        ['b', 'dm'],
      ],
    );
    expect(gapsOf('OPPONENT_REACHES_DM', content)).toEqual([
      ['critical', 'OPPONENT_REACHES_DM', ['o', 'a', 'b', 'dm'], undefined],
    ]);
  });

  it('takes a shortest chain', () => {
    const content = map(
      [opp('o'), { id: 'a' }, { id: 'b' }, { id: 'c' }, DM],
      [
        ['o', 'a'],
        ['a', 'b'],
        ['b', 'dm'],
        ['o', 'c'],
        ['c', 'dm'],
      ],
    );
    expect(gapsOf('OPPONENT_REACHES_DM', content)).toEqual([
      ['critical', 'OPPONENT_REACHES_DM', ['o', 'c', 'dm'], undefined],
    ]);
  });

  it.each(['reports-to', 'ally', 'conflict'] as const)('not along %s lines', (kind) => {
    const content = map(
      [opp('o'), { id: 'a' }, DM],
      [line(kind, 'o', 'a'), line(kind, 'a', 'dm'), line(kind, 'o', 'dm')],
    );
    expect(gapsOf('OPPONENT_REACHES_DM', content)).toEqual([]);
  });

  it('not against the direction of the line', () => {
    const content = map(
      [opp('o'), { id: 'a' }, DM],
      [
        ['dm', 'o'],
        ['dm', 'a'],
        ['a', 'o'],
      ],
    );
    expect(gapsOf('OPPONENT_REACHES_DM', content)).toEqual([]);
  });

  it('a chain broken by a reports-to line does not count', () => {
    const content = map([opp('o'), { id: 'a' }, DM], [['o', 'a'], line('reports-to', 'a', 'dm')]);
    expect(gapsOf('OPPONENT_REACHES_DM', content)).toEqual([]);
  });

  it.each(['champion', 'supporter', 'neutral', 'unknown'] as const)(
    'a %s who influences a decision-maker is no gap',
    (attitude) => {
      expect(gapsOf('OPPONENT_REACHES_DM', map([{ id: 'x', attitude }, DM], [['x', 'dm']]))).toEqual([]);
    },
  );

  it('an opposing decision-maker who influences another decision-maker fires', () => {
    const content = map(
      [
        { id: 'd1', roles: ['decision-maker'], attitude: 'opponent' },
        { id: 'a' },
        { id: 'd2', roles: ['decision-maker'] },
      ],
      [
        ['d1', 'a'],
        ['a', 'd2'],
      ],
    );
    expect(gapsOf('OPPONENT_REACHES_DM', content)).toEqual([
      ['critical', 'OPPONENT_REACHES_DM', ['d1', 'a', 'd2'], undefined],
    ]);
  });

  it('an opposing decision-maker who reaches only themself through a cycle does not fire', () => {
    const content = map(
      [{ id: 'd1', roles: ['decision-maker'], attitude: 'blocker' }, { id: 'a' }, { id: 'b' }],
      [
        ['d1', 'a'],
        ['a', 'b'],
        ['b', 'd1'],
      ],
    );
    expect(gapsOf('OPPONENT_REACHES_DM', content)).toEqual([]);
    // OPPONENT_KEY still speaks for them.
    expect(gapsOf('OPPONENT_KEY', content)).toEqual([['critical', 'OPPONENT_KEY', ['d1'], undefined]]);
  });

  it('an opposing decision-maker in a cycle that also reaches another decision-maker fires', () => {
    const content = map(
      [
        { id: 'd1', roles: ['decision-maker'], attitude: 'opponent' },
        { id: 'a' },
        { id: 'd2', roles: ['decision-maker'] },
      ],
      [
        ['d1', 'a'],
        ['a', 'd1'],
        ['a', 'd2'],
      ],
    );
    expect(gapsOf('OPPONENT_REACHES_DM', content)).toEqual([
      ['critical', 'OPPONENT_REACHES_DM', ['d1', 'a', 'd2'], undefined],
    ]);
  });

  it('one gap per opponent, in map order; none without a decision-maker', () => {
    const content = map(
      [opp('o1'), opp('o2', 'blocker'), DM],
      [
        ['o2', 'o1'],
        ['o1', 'dm'],
      ],
    );
    expect(gapsOf('OPPONENT_REACHES_DM', content)).toEqual([
      ['critical', 'OPPONENT_REACHES_DM', ['o1', 'dm'], undefined],
      ['critical', 'OPPONENT_REACHES_DM', ['o2', 'o1', 'dm'], undefined],
    ]);
    expect(gapsOf('OPPONENT_REACHES_DM', map([opp('o'), { id: 'a' }], [['o', 'a']]))).toEqual([]);
  });
});
