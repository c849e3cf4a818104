/// <reference lib="dom" />
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PowermapDocument } from '../../../shared/document';
import type { ChangeSet } from '../../../renderer/editor/changeSet';
import { addPeople, deletePeople, updatePeople } from '../../../renderer/editor/commands/people';
import { EditorStore } from '../../../renderer/editor/store';
import {
  AutoSaver,
  CHECKPOINT_DELAY_MS,
  type SaveStatus,
  type SaveTarget,
} from '../../../renderer/persistence/autosave';
import type { PowermapDatabase } from '../../../renderer/persistence/db';
import type { SummaryInput } from '../../../renderer/persistence/repository';
import { makeDocument, person } from '../../support/builders';
import { countWrites, failWrites, openDatabase, openEditor, openRepository } from './helpers';

interface Call {
  readonly doc: PowermapDocument;
  readonly changes: ChangeSet;
  readonly summary: SummaryInput | undefined;
}

/**
 * A repository double: records each write, holds it open until the test releases it
 * (`gated`), and fails on demand.
 */
class FakeRepository implements SaveTarget {
  readonly calls: Call[] = [];
  /** The next writes fail with these errors, in turn. */
  readonly failures: unknown[] = [];
  gated = false;
  inFlight = 0;
  maxInFlight = 0;
  private releases: (() => void)[] = [];

  async saveChanges(doc: PowermapDocument, changes: ChangeSet, summary?: SummaryInput): Promise<void> {
    this.calls.push({ doc, changes, summary });
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.gated) await new Promise<void>((resolve) => this.releases.push(resolve));
      else await Promise.resolve();
      if (this.failures.length > 0) throw this.failures.shift();
    } finally {
      this.inFlight -= 1;
    }
  }

  /** The deals forced to disk, in order. */
  readonly checkpoints: string[] = [];

  checkpoint(dealId: string): Promise<void> {
    this.checkpoints.push(dealId);
    return Promise.resolve();
  }

  /** Lets the write in flight finish. */
  release(): void {
    this.releases.shift()?.();
  }
}

/** Lets queued microtasks and promise chains run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const DOC = makeDocument({ stakeholders: [person('s-1'), person('s-2'), person('s-3')] });

function setup(options: { summary?: (doc: PowermapDocument) => SummaryInput } = {}) {
  const store = new EditorStore(DOC);
  const repository = new FakeRepository();
  const saver = new AutoSaver(store, repository, options);
  const statuses: SaveStatus[] = [];
  saver.subscribe(() => statuses.push(saver.getStatus()));
  const detach = saver.attach();
  return { store, repository, saver, statuses, detach };
}

const people = (call: Call | undefined) => call?.changes.people;

describe('AutoSaver', () => {
  it('writes an edit at once, with its ChangeSet, and reports saving then saved', async () => {
    const { store, repository, saver, statuses } = setup();
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    // Not "Saved" while the change is only in memory (issue 8).
    expect(saver.getStatus()).toEqual({ state: 'saving' });
    expect(saver.hasPending()).toBe(true);
    await saver.flush();
    expect(repository.calls).toHaveLength(1);
    expect(repository.calls[0]?.doc).toBe(store.getState().doc);
    expect(people(repository.calls[0])).toEqual({ put: ['s-1'], del: [] });
    expect(statuses).toEqual([{ state: 'saving' }, { state: 'saved' }]);
    expect(saver.hasPending()).toBe(false);
  });

  it('one synchronous burst of edits is one write', async () => {
    const { store, repository, saver } = setup();
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    store.apply(updatePeople(['s-2'], { attitude: 'blocker' }));
    await saver.flush();
    expect(repository.calls).toHaveLength(1);
    expect(people(repository.calls[0])).toEqual({ put: ['s-1', 's-2'], del: [] });
  });

  it('edits during a write are merged and written right after it: one write at a time', async () => {
    const { store, repository, saver } = setup();
    repository.gated = true;
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    await settle();
    expect(repository.calls).toHaveLength(1);
    store.apply(updatePeople(['s-2'], { attitude: 'blocker' }));
    await settle();
    store.apply(deletePeople(['s-3']));
    store.apply(addPeople([person('s-4')]));
    await settle();
    expect(repository.calls).toHaveLength(1);
    expect(saver.getStatus()).toEqual({ state: 'saving' });
    const flushed = saver.flush();
    repository.release();
    await settle();
    expect(repository.calls).toHaveLength(2);
    expect(repository.calls[1]?.doc).toBe(store.getState().doc);
    expect(people(repository.calls[1])).toEqual({ put: ['s-2', 's-4'], del: ['s-3'] });
    repository.release();
    expect(await flushed).toBe(true);
    expect(repository.maxInFlight).toBe(1);
    expect(saver.getStatus()).toEqual({ state: 'saved' });
  });

  it('never writes what-if changes; keeping them writes them, dropping writes nothing', async () => {
    const { store, repository, saver } = setup();
    store.startWhatIf();
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    store.apply(updatePeople(['s-2'], { attitude: 'supporter' }));
    await saver.flush();
    expect(repository.calls).toHaveLength(0);
    store.keepWhatIf();
    await saver.flush();
    expect(repository.calls).toHaveLength(1);
    expect(people(repository.calls[0])).toEqual({ put: ['s-1', 's-2'], del: [] });

    store.startWhatIf();
    store.apply(updatePeople(['s-3'], { attitude: 'blocker' }));
    store.dropWhatIf();
    await saver.flush();
    expect(repository.calls).toHaveLength(1);
  });

  it('passes the summary the app computed', async () => {
    const { store, repository, saver } = setup({ summary: (doc) => ({ winLikelihood: doc.stakeholders.length }) });
    store.apply(addPeople([person('s-4')]));
    await saver.flush();
    expect(repository.calls[0]?.summary).toEqual({ winLikelihood: 4 });
  });

  it('flush resolves at once when nothing is queued', async () => {
    const { saver } = setup();
    expect(await saver.flush()).toBe(true);
  });

  it('a failed write keeps its changes, reports the error kind, and goes again with the next edit', async () => {
    const { store, repository, saver, statuses } = setup();
    repository.failures.push(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')));
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    expect(await saver.flush()).toBe(false);
    expect(saver.getStatus()).toMatchObject({ state: 'error', kind: 'quota' });
    const status = saver.getStatus();
    expect(status.state === 'error' ? status.message : '').toMatch(/^aborted/);
    expect(saver.hasPending()).toBe(true);

    store.apply(updatePeople(['s-2'], { attitude: 'blocker' }));
    expect(await saver.flush()).toBe(true);
    expect(repository.calls).toHaveLength(2);
    expect(people(repository.calls[1])).toEqual({ put: ['s-1', 's-2'], del: [] });
    expect(repository.calls[1]?.doc).toBe(store.getState().doc);
    expect(statuses.map((s) => s.state)).toEqual(['saving', 'error', 'saving', 'saved']);
  });

  it('changes that arrive during a failing write are merged with the failed ones, none dropped', async () => {
    const { store, repository, saver } = setup();
    repository.gated = true;
    repository.failures.push(new Dexie.DatabaseClosedError('closed'));
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    await settle();
    store.apply(deletePeople(['s-2']));
    const flushed = saver.flush();
    repository.release();
    expect(await flushed).toBe(false);
    expect(saver.getStatus()).toMatchObject({ state: 'error', kind: 'blocked' });
    expect(repository.calls).toHaveLength(1);

    repository.gated = false;
    expect(await saver.retry()).toBe(true);
    expect(repository.calls).toHaveLength(2);
    expect(people(repository.calls[1])).toEqual({ put: ['s-1'], del: ['s-2'] });
    expect(saver.getStatus()).toEqual({ state: 'saved' });
  });

  it('keeps failing while the error lasts, without losing anything, and any error is caught', async () => {
    const { store, repository, saver } = setup();
    repository.failures.push(new Error('one'), 'two', undefined);
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    expect(await saver.flush()).toBe(false);
    expect(saver.getStatus()).toEqual({ state: 'error', kind: 'unknown', message: 'one' });
    expect(await saver.retry()).toBe(false);
    expect(saver.getStatus()).toEqual({ state: 'error', kind: 'unknown', message: 'two' });
    expect(await saver.retry()).toBe(false);
    expect(await saver.retry()).toBe(true);
    expect(repository.calls.map(people)).toEqual(Array(4).fill({ put: ['s-1'], del: [] }));
  });

  it('is not "Saved" from the edit until its write commits, however slow the write', async () => {
    const { store, repository, saver } = setup();
    repository.gated = true;
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    expect(saver.getStatus()).toEqual({ state: 'saving' });
    await settle();
    expect(saver.getStatus()).toEqual({ state: 'saving' });
    const done = saver.flush();
    repository.release();
    expect(await done).toBe(true);
    expect(saver.getStatus()).toEqual({ state: 'saved' });
  });

  it('keeps saving after a StrictMode double mount: the first cleanup detaches late, after the second attach', async () => {
    // DealSession's effect, as React StrictMode runs it in development: attach, cleanup
    // (flush, then detach once the flush settles), attach again.
    const store = new EditorStore(DOC);
    const repository = new FakeRepository();
    const saver = new AutoSaver(store, repository);
    const first = saver.attach();
    void saver.flush().finally(first);
    const second = saver.attach();
    await settle();
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    await saver.flush();
    expect(repository.calls.map(people)).toEqual([{ put: ['s-1'], del: [] }]);
    expect(saver.getStatus()).toEqual({ state: 'saved' });
    second();
  });

  it('two open attachments save a change once; closing one leaves the other saving', async () => {
    const store = new EditorStore(DOC);
    const repository = new FakeRepository();
    const saver = new AutoSaver(store, repository);
    const first = saver.attach();
    const second = saver.attach();
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    await saver.flush();
    expect(repository.calls).toHaveLength(1);
    first();
    first();
    store.apply(updatePeople(['s-2'], { attitude: 'blocker' }));
    await saver.flush();
    expect(repository.calls.map(people)).toEqual([
      { put: ['s-1'], del: [] },
      { put: ['s-2'], del: [] },
    ]);
    second();
    store.apply(updatePeople(['s-3'], { attitude: 'blocker' }));
    await saver.flush();
    expect(repository.calls).toHaveLength(2);
  });

  it('stops listening when detached', async () => {
    const { store, repository, saver, detach } = setup();
    detach();
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    await saver.flush();
    expect(repository.calls).toHaveLength(0);
  });
});

describe('AutoSaver: forcing writes to disk (power cuts)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('forces a burst of written edits to disk once, within the delay, and again after later edits', async () => {
    vi.useFakeTimers();
    const { store, repository, saver } = setup();
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    await saver.flush();
    store.apply(updatePeople(['s-2'], { attitude: 'blocker' }));
    await saver.flush();
    expect(repository.calls).toHaveLength(2);
    expect(repository.checkpoints).toEqual([]);
    await vi.advanceTimersByTimeAsync(CHECKPOINT_DELAY_MS - 1);
    expect(repository.checkpoints).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(repository.checkpoints).toEqual([DOC.deal.id]);
    // Nothing written since: no more checkpoints.
    await vi.advanceTimersByTimeAsync(10 * CHECKPOINT_DELAY_MS);
    expect(repository.checkpoints).toHaveLength(1);
    store.apply(updatePeople(['s-3'], { attitude: 'supporter' }));
    await saver.flush();
    await vi.advanceTimersByTimeAsync(CHECKPOINT_DELAY_MS);
    expect(repository.checkpoints).toEqual([DOC.deal.id, DOC.deal.id]);
  });

  it('does not force a failed write, and a failing checkpoint loses nothing', async () => {
    vi.useFakeTimers();
    const { store, repository, saver } = setup();
    repository.failures.push(new Error('disk on fire'));
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    expect(await saver.flush()).toBe(false);
    await vi.advanceTimersByTimeAsync(2 * CHECKPOINT_DELAY_MS);
    expect(repository.checkpoints).toEqual([]);
    repository.checkpoint = () => Promise.reject(new Error('fsync failed'));
    expect(await saver.retry()).toBe(true);
    await vi.advanceTimersByTimeAsync(2 * CHECKPOINT_DELAY_MS);
    expect(saver.getStatus()).toEqual({ state: 'saved' });
    expect(repository.calls.at(-1)?.doc).toBe(store.getState().doc);
  });
});

describe('DealRepository.checkpoint', () => {
  it('writes one small row through the durable connection, in a transaction of its own; the deals are unchanged', async () => {
    const db = openDatabase();
    const durable = openDatabase(db.name);
    const onMain = countWrites(db);
    const onDurable = countWrites(durable);
    const { repository } = openRepository({ db, durable });
    const doc = makeDocument({ stakeholders: [person('s-1')] });
    await repository.createDeal(doc);
    const before = await db.deals.get(doc.deal.id);
    onMain.reset();
    await repository.checkpoint(doc.deal.id);
    expect(onMain.total()).toBe(0);
    expect([...onDurable.puts]).toEqual([['setAside', 1]]);
    expect(await db.deals.get(doc.deal.id)).toEqual(before);
    // The row is no deal's: the deal opens with nothing set aside.
    const opened = await repository.loadDeal(doc.deal.id);
    expect(opened.status).toBe('ok');
    // Again, or for a deal that is not stored: the same one row, nothing fails.
    await repository.checkpoint('no-such-deal');
    expect(await db.deals.count()).toBe(1);
    expect(await db.setAside.count()).toBe(1);
    durable.close();
  });
});

describe("AutoSaver with the real database, through the deal's Y.Doc", () => {
  const dbs: PowermapDatabase[] = [];
  afterEach(() => {
    for (const db of dbs.splice(0)) db.close();
  });

  it('saves every edit; a quota failure is reported and its edits written on retry', async () => {
    const { db, repository } = openRepository();
    dbs.push(db);
    let failure: Error | null = null;
    failWrites(db, () => failure);
    await repository.createDeal(DOC);
    const { store, saver, handle } = await openEditor(repository, DOC.deal.id);

    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    expect(await saver.flush()).toBe(true);

    failure = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    store.apply(updatePeople(['s-2'], { attitude: 'blocker' }));
    store.apply(addPeople([person('s-9')]));
    expect(await saver.flush()).toBe(false);
    expect(saver.getStatus()).toMatchObject({ state: 'error', kind: 'quota' });

    expect(handle.pendingLocalUpdates()).toBeGreaterThan(0);

    failure = null;
    expect(await saver.retry()).toBe(true);
    expect(handle.pendingLocalUpdates()).toBe(0);
    const loaded = await repository.loadDeal(DOC.deal.id);
    expect(loaded.status === 'ok' && loaded.document).toEqual(store.getState().doc);
  });

  it('a closed database is reported as blocked', async () => {
    const { db, repository } = openRepository();
    await repository.createDeal(DOC);
    const { store, saver } = await openEditor(repository, DOC.deal.id);
    db.close();
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    expect(await saver.flush()).toBe(false);
    expect(saver.getStatus()).toMatchObject({ state: 'error', kind: 'blocked' });
  });
});
