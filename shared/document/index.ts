export * from './vocabulary';
export * from './schema';
export * from './problems';
export { parseDocument, parseDocumentText, type ParseResult } from './parse';
export { compareKeys, serializeDocument } from './serialize';
export { formatProblem } from './formatProblem';
export { migrate, type MigrateResult } from './migrate';
export { MAX_DOCUMENT_BYTES, MAX_NESTING, megabytes } from './json';
export { checkDocument, checkMap } from './crossChecks';
