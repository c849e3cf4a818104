/** `powermap analyze FILE [--json] [--as-of DATE]`: gaps and the explained win likelihood. */
import { analyze as analyzeDocument, salesSummary, salesSummaryJson, type SalesSummary } from '../../shared/analysis';
import type { Analysis } from '../../shared/analysis/types';
import type { Context } from '../context';
import { formatAnalysis } from '../format/analysis';
import { loadDocument } from '../loadDocument';

export interface AnalyzeRequest {
  readonly file: string;
  readonly json: boolean;
  /** YYYY-MM-DD, already checked; null for today. */
  readonly asOf: string | null;
}

/**
 * The `--json` object: winLikelihood, explanation and gaps, with each gap's code,
 * severity, stakeholderIds, role (MISSING_ROLE only), message and action first; then the
 * sales step (独孤六剑) and the position against the best supplier when given.
 */
export function analysisJson(analysis: Analysis, summary?: SalesSummary): object {
  return {
    winLikelihood: analysis.winLikelihood,
    // Which model gave the figure: the standard one, or the team's adopted one (docs/CALIBRATION.md).
    explanation: {
      base: analysis.explanation.base,
      model: analysis.explanation.model ?? 'standard',
      terms: analysis.explanation.terms,
    },
    gaps: analysis.gaps.map(({ code, severity, stakeholderIds, role, message, action, ...rest }) => ({
      code,
      severity,
      stakeholderIds,
      ...(role === undefined ? {} : { role }),
      message,
      action,
      ...rest,
    })),
    ...(summary === undefined ? {} : salesSummaryJson(summary)),
  };
}

export async function analyze(request: AnalyzeRequest, ctx: Context): Promise<number> {
  const loaded = await loadDocument(request.file, ctx);
  if (loaded === null) return 1;
  const asOf = request.asOf ?? ctx.io.today;
  const analysis = analyzeDocument(loaded.document, { asOf, lang: ctx.lang });
  const summary = salesSummary(loaded.document, ctx.lang);
  ctx.io.stdout(
    request.json
      ? `${JSON.stringify(analysisJson(analysis, summary), null, 2)}\n`
      : formatAnalysis(loaded.document, analysis, asOf, ctx, summary),
  );
  return 0;
}
