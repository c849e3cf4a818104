import { describe, expect, it } from 'vitest';
import { check, gapsOf, line, map, type PersonInput } from '../helpers';

const DM: PersonInput = { id: 'dm', roles: ['decision-maker'], attitude: 'neutral' };
const sup = (id: string, attitude: 'supporter' | 'champion' = 'supporter'): PersonInput => ({ id, attitude });

describe('NO_PATH_TO_DM', () => {
  it('no influence lines: no gap, even with other kinds of line', () => {
    expect(gapsOf('NO_PATH_TO_DM', map([sup('s'), DM]))).toEqual([]);
    const content = map([sup('s'), DM], [line('reports-to', 's', 'dm'), line('ally', 's', 'dm')]);
    expect(gapsOf('NO_PATH_TO_DM', content)).toEqual([]);
  });

  it('no decision-maker: no gap', () => {
    expect(gapsOf('NO_PATH_TO_DM', map([sup('s'), { id: 'a' }], [['a', 's']]))).toEqual([]);
  });

  it('fires, warning, naming every decision-maker, when no supporter reaches one', () => {
    const content = map(
      [sup('s'), DM, { id: 'n', attitude: 'neutral' }, { id: 'dm2', roles: ['decision-maker'] }],
      [['n', 'dm']],
    );
    expect(gapsOf('NO_PATH_TO_DM', content)).toEqual([['warning', 'NO_PATH_TO_DM', ['dm', 'dm2'], undefined]]);
    expect(check('NO_PATH_TO_DM', content)[0]?.key).toBe('NO_PATH_TO_DM');
  });

  it.each(['supporter', 'champion'] as const)('a decision-maker who is a %s counts', (attitude) => {
    const content = map([{ id: 'dm', roles: ['decision-maker'], attitude }, { id: 'a' }], [['a', 'dm']]);
    expect(gapsOf('NO_PATH_TO_DM', content)).toEqual([]);
  });

  it.each(['supporter', 'champion'] as const)('a %s who influences a decision-maker closes it', (attitude) => {
    expect(gapsOf('NO_PATH_TO_DM', map([sup('s', attitude), DM], [['s', 'dm']]))).toEqual([]);
  });

  it('a supporter reaching a decision-maker along a chain closes it', () => {
    const content = map(
      [sup('s'), { id: 'a', attitude: 'opponent' }, { id: 'b' }, DM],
      [
        ['s', 'a'],
        ['a', 'b'],
        ['b', 'dm'],
      ],
    );
    expect(gapsOf('NO_PATH_TO_DM', content)).toEqual([]);
  });

  it('a line from the decision-maker to the supporter does not count', () => {
    expect(gapsOf('NO_PATH_TO_DM', map([sup('s'), DM], [['dm', 's']]))).toEqual([
      ['warning', 'NO_PATH_TO_DM', ['dm'], undefined],
    ]);
  });

  it('a supporter linked to the decision-maker only by reports-to does not count', () => {
    const content = map([sup('s'), { id: 'n' }, DM], [line('reports-to', 's', 'dm'), ['n', 'dm']]);
    expect(gapsOf('NO_PATH_TO_DM', content)).toEqual([['warning', 'NO_PATH_TO_DM', ['dm'], undefined]]);
  });

  it('cycles that never reach a decision-maker terminate and fire', () => {
    const content = map(
      [sup('s'), { id: 'a' }, { id: 'b' }, DM],
      [
        ['s', 'a'],
        ['a', 'b'],
        ['b', 's'],
        ['b', 'a'],
        ['dm', 's'],
      ],
    );
    expect(gapsOf('NO_PATH_TO_DM', content)).toEqual([['warning', 'NO_PATH_TO_DM', ['dm'], undefined]]);
  });

  it('a cycle that leads on to a decision-maker closes it', () => {
    const content = map(
      [sup('s'), { id: 'a' }, { id: 'b' }, DM],
      [
        ['s', 'a'],
        ['a', 'b'],
        ['b', 's'],
        ['b', 'dm'],
      ],
    );
    expect(gapsOf('NO_PATH_TO_DM', content)).toEqual([]);
  });
});
