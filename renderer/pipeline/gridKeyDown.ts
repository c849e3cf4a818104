import type { KeyboardEvent } from 'react';
import type { PipelineRow } from '../../shared/pipeline/onRows';
import { ROW_HEIGHT } from './columns';
import { nextRow } from './keyboardNav';
import type { CellTipState } from './useCellTip';

interface GridKeys {
  readonly rows: readonly PipelineRow[];
  /** The current row's index, or -1. */
  readonly active: number;
  readonly viewHeight: number;
  readonly tips: CellTipState;
  readonly setActive: (index: number) => void;
  readonly scrollToRow: (index: number) => boolean;
  readonly open: (dealId: string) => void;
}

/**
 * A key on the pipeline grid: Escape hides the tip, Enter opens the current row's deal, and
 * the moves (keyboardNav.ts) make another row current, scrolled into view with its tip beside it.
 */
export function gridKeyDown(
  event: KeyboardEvent<HTMLDivElement>,
  { rows, active, viewHeight, tips, setActive, scrollToRow, open }: GridKeys,
): void {
  if (event.key === 'Escape' && tips.tip) {
    event.preventDefault();
    tips.hideTip();
    return;
  }
  if (event.key === 'Enter' && active >= 0 && rows[active]) {
    event.preventDefault();
    open(rows[active].dealId);
    return;
  }
  const pageRows = Math.floor(viewHeight / ROW_HEIGHT) - 1;
  const next = nextRow(event.key, active, rows.length, pageRows);
  if (next === null) return;
  event.preventDefault();
  tips.showKeyboardTip();
  setActive(next);
  if (scrollToRow(next)) tips.keysScrolled.current = true;
}
