/// <reference lib="dom" />
/**
 * Open, from the library or a deal (openFile.ts): a picked file goes into the library; a
 * picker the browser would not open (Ctrl+O grants no user activation) leaves a message
 * with a button that asks again, in both languages; a bad file shows its problems and
 * writes nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeDocument } from '../../../shared/document';
import { translator, type Lang } from '../../../shared/i18n';
import type { PowermapDatabase } from '../../../renderer/persistence/db';
import { FilePickerBlocked, type OpenedFile, type Platform } from '../../../renderer/platform/platform';
import { pickerCanOpen } from '../../../renderer/platform/browserPlatform';
import { CHOOSE_FILE_TOAST, openFile, type OpenFileContext } from '../../../renderer/library/openFile';
import { libraryRunner } from '../../../renderer/library/useLibraryActions';
import { ToastStore } from '../../../renderer/ui/toasts';
import { makeDocument } from '../../support/builders';
import { openRepository } from '../persistence/helpers';

const open: PowermapDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** A platform whose picker answers each call with the next of `answers`. */
function platformAnswering(answers: (() => Promise<OpenedFile | null>)[]): Platform & { readonly asked: () => number } {
  let asked = 0;
  return {
    asked: () => asked,
    kind: 'browser',
    isMac: false,
    locale: 'en',
    openDocumentFile: () => {
      asked += 1;
      return answers.shift()!();
    },
    saveDocumentFile: () => Promise.resolve(null),
    saveExportFile: () => Promise.resolve(null),
    onMenuAction: () => () => {},
    setMenuLanguage: () => {},
    setMenuActions: () => {},
  };
}

function context(platform: Platform, lang: Lang = 'en') {
  const { db, repository } = openRepository();
  open.push(db);
  const toasts = new ToastStore();
  const opened: string[] = [];
  const problems: { title: string; problems: readonly string[] }[] = [];
  const ctx: OpenFileContext = {
    services: { platform, repository, toasts },
    t: translator(lang),
    lang,
    ask: () => Promise.resolve('new'),
    showProblems: (title, list) => problems.push({ title, problems: list }),
    onOpen: (id) => opened.push(id),
    again: () => void openFile(ctx),
    openedText: (_file, doc) => `opened ${doc.deal.name}`,
  };
  return { ctx, toasts, repository, opened, problems };
}

const blocked = () => Promise.reject(new FilePickerBlocked());
const fileOf = (text: string) => () => Promise.resolve({ name: 'lab.powermap', text });

describe('openFile', () => {
  it('imports the picked file into the library and shows its deal', async () => {
    const doc = makeDocument({ deal: { id: 'd-lab', name: 'Lab systems' } });
    const { ctx, toasts, repository, opened } = context(platformAnswering([fileOf(serializeDocument(doc))]));
    await openFile(ctx);
    expect(opened).toEqual(['d-lab']);
    expect((await repository.listDeals()).map((deal) => deal.name)).toEqual(['Lab systems']);
    expect(toasts.getToasts().map((toast) => toast.text)).toEqual(['opened Lab systems']);
  });

  it.each([
    ['en', 'The file picker cannot open from that shortcut: choose the file here.', 'Choose file…'],
    ['zh-CN', '该快捷键无法打开文件选择窗口, 请在这里选择文件。', '选择文件…'],
  ] as const)(
    'offers a button that asks again when the picker cannot open (%s), and the click imports',
    async (lang, prompt, button) => {
      const doc = makeDocument({ deal: { id: 'd-lab', name: 'Lab systems' } });
      const platform = platformAnswering([blocked, blocked, fileOf(serializeDocument(doc))]);
      const { ctx, toasts, repository, opened } = context(platform, lang);

      await openFile(ctx);
      await openFile(ctx);
      // Asked twice from the shortcut: one message, not two.
      expect(toasts.getToasts()).toHaveLength(1);
      const [toast] = toasts.getToasts();
      expect(toast).toMatchObject({ text: prompt, tone: 'info', kind: CHOOSE_FILE_TOAST, action: { label: button } });
      expect(opened).toEqual([]);
      expect(await repository.listDeals()).toEqual([]);

      toast!.action!.run();
      await vi.waitFor(() => expect(opened).toEqual(['d-lab']));
      expect(platform.asked()).toBe(3);
    },
  );

  it('shows the problems of a bad file with its path, and imports nothing', async () => {
    const { ctx, repository, opened, problems } = context(platformAnswering([fileOf('{"format": "powermap"}')]));
    await openFile(ctx);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.title).toBe('Could not import lab.powermap: nothing was imported.');
    expect(problems[0]!.problems.length).toBeGreaterThan(0);
    expect(opened).toEqual([]);
    expect(await repository.listDeals()).toEqual([]);
  });

  it('does nothing when the user cancels the picker', async () => {
    const { ctx, toasts, opened, problems } = context(platformAnswering([() => Promise.resolve(null)]));
    await openFile(ctx);
    expect([toasts.getToasts(), opened, problems]).toEqual([[], [], []]);
  });
});

describe('pickerCanOpen', () => {
  it('follows the transient user activation, and trusts browsers that do not report it', () => {
    expect(pickerCanOpen({ userActivation: { isActive: true } })).toBe(true);
    expect(pickerCanOpen({ userActivation: { isActive: false } })).toBe(false);
    expect(pickerCanOpen({})).toBe(true);
  });
});

describe('the library actions', () => {
  it('runs New deal, Open, the pipeline, the review and Sign in through one runner', () => {
    const calls: string[] = [];
    const runner = libraryRunner(() => ({
      newDeal: () => calls.push('new'),
      open: () => calls.push('open'),
      signIn: () => calls.push('signIn'),
      pipeline: () => calls.push('pipeline'),
      review: () => calls.push('review'),
    }));
    expect(runner.run('file.open')).toBe(true);
    expect(runner.run('deal.new')).toBe(true);
    expect(runner.run('team.signIn')).toBe(true);
    expect(runner.run('deal.pipeline')).toBe(true);
    expect(runner.run('deal.review')).toBe(true);
    // Actions of a deal do nothing in the library.
    expect(runner.run('edit.undo')).toBe(false);
    expect(runner.run('deal.share')).toBe(false);
    expect(calls).toEqual(['open', 'new', 'signIn', 'pipeline', 'review']);
  });
});
