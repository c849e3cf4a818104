/** Wording of bad input (exit code 1): one line per problem, each naming the file. */
import { formatProblem, type Problem } from '../../shared/document';
import type { Context } from '../context';
import type { FileFailure } from '../readDocumentFile';
import { terminalSafe } from './text';

/** More than this many problems are summarised in one last line. */
export const MAX_PROBLEM_LINES = 100;

/** `bad.powermap: stakeholders[2].attitude: expected one of ...`, one line each. */
export function problemLines(file: string, problems: readonly Problem[], ctx: Context): string {
  const { t, lang } = ctx;
  const shown = problems.slice(0, MAX_PROBLEM_LINES);
  const lines = shown.map((problem) => t('cli.input.line', { file, message: formatProblem(problem, lang) }));
  if (problems.length > shown.length) lines.push(t('cli.problems.more', { count: problems.length - shown.length }));
  return lines.map((line) => `${terminalSafe(line)}\n`).join('');
}

export function fileFailureLine(file: string, failure: FileFailure, ctx: Context): string {
  return `${terminalSafe(ctx.t('cli.input.line', { file, message: ctx.t(failure.key, failure.params) }))}\n`;
}
