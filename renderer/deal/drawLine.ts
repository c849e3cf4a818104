/**
 * A line drawn on the canvas: added and selected at once, so the inspector shows it and
 * its kind and strength can be set straight away. The same line twice is refused aloud.
 */
import type { RelationshipKind } from '../../shared/document';
import type { ToastStore } from '../ui/toasts';
import { addLines, lineProblem } from '../editor/commands/lines';
import { newId } from '../editor/ids';
import type { EditorStore } from '../editor/store';
import type { Translator } from '../../shared/i18n';

export function drawLine(
  store: EditorStore,
  line: { kind: RelationshipKind; from: string; to: string },
  toasts: Pick<ToastStore, 'show'>,
  t: Translator,
): string | null {
  const { doc } = store.getState();
  const problem = lineProblem(doc.relationships, new Set(doc.stakeholders.map((p) => p.id)), line);
  if (problem === 'duplicate') toasts.show(t('canvas.connectDuplicate'));
  if (problem !== null) return null;
  const id = newId('r');
  store.apply(addLines([{ id, strength: 2, ...line }]), { select: { people: [], lines: [id] } });
  return id;
}
