/**
 * What `powermap pipeline` reports, read by the command (cli/commands/pipeline.ts) and by its
 * two formats, text and JSON: kept apart so neither format imports the command that calls it.
 */
import type { DealMovement, PipelineRow, PipelineTotals } from '../../shared/pipeline';

/** A deal's row with the file it came from. */
export interface FileRow {
  readonly file: string;
  readonly row: PipelineRow;
}

export interface PipelineReport {
  readonly asOf: string;
  readonly since: string | null;
  /** Open deals, red first, then by decision date. */
  readonly open: readonly FileRow[];
  /** Closed deals, the latest closed first. */
  readonly closed: readonly FileRow[];
  readonly totals: PipelineTotals;
  /** With --since only. */
  readonly moved: readonly DealMovement[] | null;
  /** Files that could not be read. */
  readonly unread: readonly string[];
}
