/**
 * Open (`file.open`): a `.powermap` file picked by the user goes into the library
 * (importDecision), the same from the library and from an open deal. Both views run it as
 * their `file.open` action, so a menu, a shortcut, the palette and a button do one thing.
 */
import type { PowermapDocument } from '../../shared/document';
import type { Lang, Translator } from '../../shared/i18n';
import { newId } from '../editor/ids';
import type { OpenedFile, Platform } from '../platform/platform';
import type { DealRepository, DealSummary } from '../persistence/repository';
import { openAndRead } from '../services/readDocument';
import type { ToastStore } from '../ui/toasts';
import { importWithDecision, type ImportChoice, type ImportOutcome } from './importDecision';
import { importMessage } from './importMessage';

/** Messages of this kind replace each other: asking twice to choose a file shows one message. */
export const CHOOSE_FILE_TOAST = 'chooseFile';

export interface OpenFileContext {
  /** The services (services.tsx) Open uses. */
  readonly services: { readonly platform: Platform; readonly repository: DealRepository; readonly toasts: ToastStore };
  readonly t: Translator;
  readonly lang: Lang;
  /** Asks what to do with a file whose deal is in the library (ImportOverDialog). */
  readonly ask: (existing: DealSummary, fileName: string) => Promise<ImportChoice>;
  readonly showProblems: (title: string, problems: readonly string[]) => void;
  /** Shows the deal the file became. */
  readonly onOpen: (dealId: string) => void;
  /**
   * Runs `file.open` again. The browser opens its picker only after a click or an ordinary
   * key press; from a reserved shortcut (Ctrl+O) it cannot, so a message offers a button
   * whose click does.
   */
  readonly again: () => void;
  /** The toast's sentence after a plain import. */
  readonly openedText: (file: OpenedFile, doc: PowermapDocument) => string;
  /** Writes an open deal's pending edits before it is replaced (importDecision). */
  readonly beforeReplace?: (dealId: string) => Promise<void>;
  /** Told what the import did, before the deal is shown. */
  readonly imported?: (outcome: Exclude<ImportOutcome, { status: 'cancelled' }>) => void;
}

export async function openFile(context: OpenFileContext): Promise<void> {
  const { services, t, lang } = context;
  const read = await openAndRead(services.platform, lang);
  if (read.ok === null) return;
  if (read.ok === 'blocked') {
    services.toasts.show(t('library.choosePrompt'), {
      kind: CHOOSE_FILE_TOAST,
      action: { label: t('library.chooseFile'), run: context.again },
    });
    return;
  }
  if (!read.ok) {
    context.showProblems(t('library.importFailed', { file: read.fileName }), read.problems);
    return;
  }
  const outcome = await importWithDecision(read.document, {
    repository: services.repository,
    ask: (existing) => context.ask(existing, read.file.name),
    lang,
    now: () => new Date(),
    newSnapshotId: () => newId('h'),
    ...(context.beforeReplace ? { beforeReplace: context.beforeReplace } : {}),
  });
  if (outcome.status === 'cancelled') return;
  context.imported?.(outcome);
  const message = importMessage(outcome, t, lang, context.openedText(read.file, outcome.document));
  services.toasts.show(message.text, message.tone ? { tone: message.tone } : {});
  context.onOpen(outcome.dealId);
}
