/**
 * Turns zod issues into Powermap problems: a stable code, the path, and the values a
 * message needs, read from the raw input so the message can say what was found.
 */
import type * as z from 'zod';
import { describeValue, jsonKind } from './json';
import { problem, type Problem, type ProblemPath } from './problems';

function valueAt(root: unknown, path: ProblemPath): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** A union's issues say little; the relationship strength is the only union in the format. */
function unionProblem(path: ProblemPath, received: unknown): Problem {
  if (path.at(-1) === 'strength') return problem(path, 'bad_strength', { received: describeValue(received) });
  return problem(path, 'invalid', { detail: describeValue(received) });
}

export function problemFromIssue(issue: z.core.$ZodIssue, input: unknown): Problem {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const value = valueAt(input, path);
  const received = describeValue(value);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return problem(path, 'required');
      return problem(path, 'wrong_type', { expected: issue.expected, received: jsonKind(value) });
    case 'invalid_value':
      return problem(path, 'not_one_of', {
        values: issue.values.map((v) => JSON.stringify(v)).join(' | '),
        received,
      });
    case 'too_small':
      if (issue.origin === 'string') return problem(path, 'blank');
      return problem(path, 'too_small', { minimum: Number(issue.minimum), received });
    case 'too_big':
      return problem(path, 'too_big', { maximum: Number(issue.maximum), received });
    case 'invalid_format':
      if (issue.format === 'date') return problem(path, 'bad_date', { received });
      if (issue.format === 'datetime') return problem(path, 'bad_datetime', { received });
      if (issue.message === 'iso4217') return problem(path, 'bad_currency', { received });
      return problem(path, 'invalid', { detail: received });
    case 'not_multiple_of':
      return problem(path, 'not_multiple_of', { step: Number(issue.divisor), received });
    case 'unrecognized_keys':
      // A key outside a closed list (the position's criteria): the path names the key.
      return problem([...path, issue.keys[0] ?? ''], 'unknown_key', { key: issue.keys.join(', ') });
    case 'invalid_union':
      return unionProblem(path, value);
    case 'custom':
      if (issue.message === 'blank') return problem(path, 'blank');
      if (issue.message === 'duplicate_role') return problem(path, 'duplicate_role', { role: String(value) });
      return problem(path, 'invalid', { detail: received });
    default:
      return problem(path, 'invalid', { detail: received });
  }
}
