import type { Lang, MessageKey } from '../i18n/catalogue';
import { translate } from '../i18n/translate';
import { isJsonKind } from './json';
import { formatPath, type Problem } from './problems';

/**
 * The parameters that name a JSON type (`string`, `array`), per problem code; they are
 * worded in the user's language. Every other parameter is data and is shown as it is.
 */
const TYPE_PARAMS: Partial<Record<Problem['code'], readonly string[]>> = {
  wrong_type: ['expected', 'received'],
  not_object: ['received'],
};

function wordParams(lang: Lang, problem: Problem): Record<string, string | number> {
  const out: Record<string, string | number> = { ...problem.params };
  for (const name of TYPE_PARAMS[problem.code] ?? []) {
    const kind = problem.params[name];
    if (typeof kind === 'string' && isJsonKind(kind)) out[name] = translate(lang, `problem.type.${kind}`);
  }
  return out;
}

/** `stakeholders[2].attitude: expected one of ...`; problems of the whole file have no path. */
export function formatProblem(problem: Problem, lang: Lang = 'en'): string {
  const message = translate(lang, `problem.${problem.code}` as MessageKey, wordParams(lang, problem));
  return problem.path.length === 0 ? message : `${formatPath(problem.path)}: ${message}`;
}
