/**
 * Careful JSON reading for documents that come from anywhere: a size limit, a nesting
 * limit checked before parsing (so no later walk can overflow the stack), and a refusal
 * of `__proto__` keys, which would otherwise reach object spreads as a prototype.
 */
import { problem, type Problem } from './problems';

export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
export const MAX_NESTING = 64;
const FORBIDDEN_KEYS = new Set(['__proto__']);

export type JsonReadResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** Bytes of the UTF-8 encoding, without allocating it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/** Returns the line of the first bracket that goes deeper than the limit, or 0. */
function firstTooDeepLine(text: string, limit: number): number {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > limit) return line;
    } else if (c === 125 || c === 93) depth--;
  }
  return 0;
}

export function findForbiddenKey(root: unknown): (string | number)[] | null {
  // Iterative walk: the nesting limit already holds, but no recursion is needed.
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) return [...path, key];
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return null;
}

export function readJson(text: string): JsonReadResult {
  const bytes = utf8Length(text);
  if (bytes > MAX_DOCUMENT_BYTES) {
    return {
      ok: false,
      problems: [problem([], 'too_large', { size: megabytes(bytes), limit: megabytes(MAX_DOCUMENT_BYTES) })],
    };
  }
  // A byte-order mark is not JSON, but editors on Windows write one.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [problem([], 'empty')] };
  const deepLine = firstTooDeepLine(body, MAX_NESTING);
  if (deepLine > 0) return { ok: false, problems: [problem([], 'too_deep', { limit: MAX_NESTING, line: deepLine })] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return {
      ok: false,
      problems: [problem([], 'invalid_json', { detail: error instanceof Error ? error.message : String(error) })],
    };
  }
  return { ok: true, value };
}

/** A short, language-neutral rendering of a received value for a message: `"text"`, `42`, `[…]`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return '[…]';
  if (value === null) return 'null';
  if (typeof value === 'object') return '{…}';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return typeof value;
}

/** The JSON type of a value, as a catalogue suffix (`problem.type.<kind>`). */
export const JSON_KINDS = ['string', 'number', 'boolean', 'object', 'array', 'null', 'undefined'] as const;
export type JsonKind = (typeof JSON_KINDS)[number];
export function isJsonKind(value: string): value is JsonKind {
  return (JSON_KINDS as readonly string[]).includes(value);
}
export function jsonKind(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const kind = typeof value;
  return kind === 'string' || kind === 'number' || kind === 'boolean' || kind === 'undefined' ? kind : 'object';
}
