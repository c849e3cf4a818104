import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withEarlyLoad } from '../../../renderer/pipeline/earlyLoad';
import type { PipelineData, PipelineQuery, PipelineSource } from '../../../renderer/pipeline/source';

const TODAY: PipelineQuery = { asOf: '2026-12-03', since: null };

/** A source whose every read is counted and answers with the read's number, so a test tells the early read from a later one. */
function countingSource(fail = false) {
  const reads: PipelineQuery[] = [];
  const listeners = new Set<() => void>();
  const source: PipelineSource = {
    load(query) {
      reads.push(query);
      const data: PipelineData = { rows: [], then: null, remote: new Set([`read ${reads.length}`]) };
      return fail ? Promise.reject(new Error(`read ${reads.length} failed`)) : Promise.resolve(data);
    },
    movements: () => Promise.resolve({ movements: [] }),
    documents: (dealIds) => Promise.resolve({ documents: [], unread: [...dealIds] }),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const change = () => [...listeners].forEach((listener) => listener());
  return { source, reads, listeners, change };
}

const readNumber = (data: PipelineData) => [...(data.remote ?? [])][0];

describe('the rows read before the pipeline screen mounts', () => {
  it('starts the read at once and hands it to the first load of the same query', async () => {
    const { source, reads, listeners } = countingSource();
    const early = withEarlyLoad(source, TODAY);
    expect(reads).toEqual([TODAY]);
    expect(readNumber(await early.load(TODAY))).toBe('read 1');
    expect(reads).toHaveLength(1);
    // Taken once: the next load reads afresh, and the early read no longer listens for changes.
    expect(readNumber(await early.load(TODAY))).toBe('read 2');
    expect(listeners.size).toBe(0);
  });

  it('reads afresh when the screen asks for another date', async () => {
    const { source, reads } = countingSource();
    const early = withEarlyLoad(source, TODAY);
    const since = { asOf: TODAY.asOf, since: '2026-11-01' };
    expect(readNumber(await early.load(since))).toBe('read 2');
    expect(reads).toEqual([TODAY, since]);
  });

  it('drops the early rows when the library changes before the screen takes them', async () => {
    const { source, change } = countingSource();
    const early = withEarlyLoad(source, TODAY);
    change();
    expect(readNumber(await early.load(TODAY))).toBe('read 2');
  });

  it('gives the screen the early read’s failure, and leaves no unhandled rejection when not taken', async () => {
    const { source } = countingSource(true);
    const early = withEarlyLoad(source, TODAY);
    await expect(early.load(TODAY)).rejects.toThrow('read 1 failed');
    withEarlyLoad(countingSource(true).source, TODAY);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('says when the early read is over, read or failed, and never fails itself', async () => {
    for (const fail of [false, true]) {
      let answer!: (data: PipelineData) => void;
      let refuse!: (error: Error) => void;
      const { source } = countingSource();
      source.load = () =>
        new Promise<PipelineData>((resolve, reject) => {
          answer = resolve;
          refuse = reject;
        });
      const early = withEarlyLoad(source, TODAY);
      let over = false;
      void early.settled.then(() => (over = true));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(over).toBe(false);
      if (fail) refuse(new Error('unreadable'));
      else answer({ rows: [], then: null });
      await expect(early.settled).resolves.toBeUndefined();
      expect(over).toBe(true);
    }
  });

  it('passes the other questions to the source', async () => {
    const { source, listeners } = countingSource();
    const early = withEarlyLoad(source, TODAY);
    expect(await early.documents(['d-1'])).toEqual({ documents: [], unread: ['d-1'] });
    expect(await early.movements('2026-11-26', TODAY.asOf, 'en')).toEqual({ movements: [] });
    const stop = early.onChange(() => undefined);
    expect(listeners.size).toBe(2);
    stop();
    expect(listeners.size).toBe(1);
  });

  it('whatever the events, a load answers with the early read only when it is the first, of the same query, with no change before it', async () => {
    const event = fc.oneof(
      fc.constant({ kind: 'change' as const }),
      fc.record({ kind: fc.constant('load' as const), since: fc.constantFrom(null, '2026-11-01') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 8 }), async (events) => {
        const { source, change } = countingSource();
        const early = withEarlyLoad(source, TODAY);
        let changed = false;
        let loaded = false;
        for (const e of events) {
          if (e.kind === 'change') {
            change();
            changed = true;
            continue;
          }
          const data = await early.load({ asOf: TODAY.asOf, since: e.since });
          const expectEarly = !loaded && !changed && e.since === null;
          expect(readNumber(data) === 'read 1').toBe(expectEarly);
          loaded = true;
        }
      }),
    );
  });

  it('tells the screen the early read’s first screen, whether it came before or after the screen asked', async () => {
    const first: PipelineData = { rows: [], then: null, firstScreenOf: 10 };
    const every: PipelineData = { rows: [], then: null };
    for (const comesFirst of ['before', 'after'] as const) {
      let tell: ((data: PipelineData) => void) | undefined;
      let finish: (data: PipelineData) => void = () => undefined;
      const source: PipelineSource = {
        ...countingSource().source,
        load(_query, onFirstScreen) {
          tell = onFirstScreen;
          return new Promise((resolve) => (finish = resolve));
        },
      };
      const early = withEarlyLoad(source, TODAY);
      if (comesFirst === 'before') tell?.(first);
      const told: PipelineData[] = [];
      const loaded = early.load(TODAY, (data) => told.push(data));
      if (comesFirst === 'after') tell?.(first);
      expect(told).toEqual([first]);
      finish(every);
      expect(await loaded).toBe(every);
      expect(told).toEqual([first]);
    }
  });

  it('passes the screen’s listener on to a fresh read', async () => {
    const told: string[] = [];
    const source: PipelineSource = {
      ...countingSource().source,
      load(query, onFirstScreen) {
        onFirstScreen?.({ rows: [], then: null, firstScreenOf: 1, remote: new Set([query.since ?? 'none']) });
        return Promise.resolve({ rows: [], then: null });
      },
    };
    const early = withEarlyLoad(source, TODAY);
    await early.load({ asOf: TODAY.asOf, since: '2026-11-01' }, (data) => told.push(readNumber(data) ?? ''));
    expect(told).toEqual(['2026-11-01']);
  });
});
