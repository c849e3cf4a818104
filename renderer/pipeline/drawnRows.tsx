import type { Lang, Translator } from '../../shared/i18n';
import type { PipelineRow } from '../../shared/pipeline/onRows';
import { PipelineRowView } from './PipelineRowView';
import type { RowWindow } from './virtualRows';

/** A row's element id: the table's own id (useId) and the row's index. */
export function rowElementId(ids: string, index: number): string {
  return `${ids}-row-${index}`;
}

interface DrawnRowsInput {
  readonly rows: readonly PipelineRow[];
  readonly view: RowWindow;
  readonly ids: string;
  readonly active: number;
  readonly remote: ReadonlySet<string> | undefined;
  readonly lang: Lang;
  readonly t: Translator;
  /** Stable for the life of the table, so the memoised rows are not redrawn on each scroll. */
  readonly onPick: (index: number) => void;
  readonly onOpen: (dealId: string) => void;
}

/**
 * The rows of the window in view, as elements of the table's body (not a component of their
 * own: the rows are children of the table, drawn in its render).
 */
export function drawnRows({ rows, view, ids, active, remote, lang, t, onPick, onOpen }: DrawnRowsInput) {
  const drawn = [];
  for (let i = view.first; i < Math.min(view.end, rows.length); i++) {
    const row = rows[i]!;
    drawn.push(
      <PipelineRowView
        key={row.dealId}
        row={row}
        id={rowElementId(ids, i)}
        ariaIndex={i + 2}
        active={i === active}
        remote={remote?.has(row.dealId) ?? false}
        lang={lang}
        t={t}
        index={i}
        onPick={onPick}
        onOpen={onOpen}
      />,
    );
  }
  return drawn;
}
