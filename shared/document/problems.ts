/**
 * A problem found in a document: where (a path into the JSON), what (a stable code) and
 * the values a message needs. Problems carry no text: `formatProblem` words them in the
 * user's language through the message catalogue.
 */
export type ProblemPath = readonly (string | number)[];

export type ProblemCode =
  | 'empty'
  | 'too_large'
  | 'too_deep'
  | 'invalid_json'
  | 'forbidden_key'
  | 'not_object'
  | 'wrong_format'
  | 'missing_version'
  | 'bad_version'
  | 'future_version'
  | 'old_version'
  | 'migration_failed'
  | 'required'
  | 'wrong_type'
  | 'not_one_of'
  | 'blank'
  | 'too_small'
  | 'too_big'
  | 'bad_date'
  | 'bad_datetime'
  | 'bad_currency'
  | 'bad_strength'
  | 'duplicate_role'
  | 'duplicate_id'
  | 'unknown_stakeholder'
  | 'self_relationship'
  | 'unknown_owner'
  | 'not_multiple_of'
  | 'unknown_key'
  | 'invalid';

export type ProblemParams = Readonly<Record<string, string | number>>;

export interface Problem {
  readonly path: ProblemPath;
  readonly code: ProblemCode;
  readonly params: ProblemParams;
}

export function problem(path: ProblemPath, code: ProblemCode, params: ProblemParams = {}): Problem {
  return { path, code, params };
}

/** `['stakeholders', 2, 'attitude']` → `stakeholders[2].attitude`; the root is the empty string. */
export function formatPath(path: ProblemPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
