/** db/grouped.ts: calls made together or while a statement runs share one, and a bad call fails alone. */
import { describe, expect, it } from 'vitest';
import { grouped } from '../../server/db/grouped';

function recorder(fails: (item: number) => boolean = () => false) {
  const groups: number[][] = [];
  let statementStarted: () => void = () => undefined;
  /** Resolves when the next statement starts: a timer would race the group's setImmediate, whose order Node does not fix. */
  const nextStatement = () => new Promise<void>((resolve) => (statementStarted = resolve));
  const run = grouped(async (items: number[]) => {
    groups.push([...items]);
    statementStarted();
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (items.some(fails)) throw new Error(`bad item in ${items.join(',')}`);
    return items.map((item) => item * 10);
  });
  return { groups, run, nextStatement };
}

describe('grouped', () => {
  it('runs the first call once the I/O already arrived is handled, with the calls made meanwhile, each getting its own result', async () => {
    const { groups, run } = recorder();
    const results = await Promise.all([1, 2, 3, 4].map((item) => run(item)));
    expect(results).toEqual([10, 20, 30, 40]);
    expect(groups).toEqual([[1, 2, 3, 4]]);
    // Idle again: the next call starts alone.
    expect(await run(5)).toBe(50);
    expect(groups.at(-1)).toEqual([5]);
  });

  it('puts calls from separate callbacks of one turn (connections read together) in one group, even when each statement ends within its turn as PGlite’s does', async () => {
    const groups: number[][] = [];
    const run = grouped((items: number[]) => {
      groups.push([...items]);
      return Promise.resolve(items);
    });
    // Each setImmediate callback stands for one socket's message: its own macrotask.
    const results = await Promise.all(
      [1, 2, 3].map((item) => new Promise<number>((resolve) => setImmediate(() => resolve(run(item))))),
    );
    expect(results).toEqual([1, 2, 3]);
    expect(groups).toEqual([[1, 2, 3]]);
  });

  it('sends calls made while a statement runs in the next one', async () => {
    const { groups, run, nextStatement } = recorder();
    const started = nextStatement();
    const first = run(1);
    await started;
    await Promise.all([first, run(2), run(3)]);
    expect(groups).toEqual([[1], [2, 3]]);
  });

  it('waits waitMs for a group when asked to', async () => {
    const groups: string[][] = [];
    const run = grouped(
      (items: string[]) => {
        groups.push(items);
        return Promise.resolve(items);
      },
      { waitMs: 20 },
    );
    const first = run('a');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await Promise.all([first, run('b')]);
    expect(groups).toEqual([['a', 'b']]);
  });

  it('tries a failed group one by one, so only the bad call fails', async () => {
    const { run } = recorder((item) => item === 3);
    const results = await Promise.allSettled([1, 2, 3, 4].map((item) => run(item)));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(results[3]).toEqual({ status: 'fulfilled', value: 40 });
  });
});
