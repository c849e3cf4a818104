import { describe, expect, it } from 'vitest';
import { check, gapsOf, map } from '../helpers';

describe('SINGLE_THREADED', () => {
  it('0 threads: fires with no people', () => {
    const content = map([
      { id: 'a', attitude: 'supporter', closeness: 'distant' },
      { id: 'b', attitude: 'neutral', closeness: 'close' },
    ]);
    expect(gapsOf('SINGLE_THREADED', content)).toEqual([['warning', 'SINGLE_THREADED', [], undefined]]);
    expect(check('SINGLE_THREADED', content)[0]).toMatchObject({ key: 'SINGLE_THREADED', params: { count: 0 } });
    expect(gapsOf('SINGLE_THREADED', map([]))).toEqual([['warning', 'SINGLE_THREADED', [], undefined]]);
  });

  it('1 thread: fires, naming the one thread', () => {
    const content = map([
      { id: 'a', attitude: 'supporter', closeness: 'none' },
      { id: 'b', attitude: 'champion', closeness: 'frequent' },
      { id: 'c', attitude: 'opponent', closeness: 'close' },
    ]);
    expect(gapsOf('SINGLE_THREADED', content)).toEqual([['warning', 'SINGLE_THREADED', ['b'], undefined]]);
    expect(check('SINGLE_THREADED', content)[0]?.params).toMatchObject({ count: 1 });
  });

  it.each([
    ['supporter', 'close', 'supporter', 'frequent'],
    ['champion', 'close', 'champion', 'close'],
    ['supporter', 'frequent', 'champion', 'frequent'],
  ] as const)('2 threads (%s %s, %s %s): no gap', (a1, c1, a2, c2) => {
    const content = map([
      { id: 'a', attitude: a1, closeness: c1 },
      { id: 'b', attitude: a2, closeness: c2 },
    ]);
    expect(gapsOf('SINGLE_THREADED', content)).toEqual([]);
  });

  it('threads need no role, level or stage', () => {
    const content = map([
      { id: 'a', attitude: 'supporter', closeness: 'frequent', stage: 'none' },
      { id: 'b', attitude: 'supporter', closeness: 'close', stage: 'none' },
    ]);
    expect(gapsOf('SINGLE_THREADED', content)).toEqual([]);
  });
});
