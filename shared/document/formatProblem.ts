import type { Lang, MessageKey } from '../i18n/catalogue';
import { translate } from '../i18n/translate';
import { formatPath, type Problem } from './problems';

/** Parameters that name a JSON type (`type.string`) are worded in the user's language. */
function wordParams(lang: Lang, params: Problem['params']): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] =
      typeof value === 'string' && value.startsWith('type.')
        ? translate(lang, `problem.${value}` as MessageKey)
        : value;
  }
  return out;
}

/** `stakeholders[2].attitude: expected one of ...`; problems of the whole file have no path. */
export function formatProblem(problem: Problem, lang: Lang = 'en'): string {
  const message = translate(lang, `problem.${problem.code}` as MessageKey, wordParams(lang, problem.params));
  return problem.path.length === 0 ? message : `${formatPath(problem.path)}: ${message}`;
}
