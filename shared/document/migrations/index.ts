import type { Migration } from './migration';

/**
 * Every migration, oldest first. Format version 1 is the first published version, so the
 * list is empty; the next format change adds `001-<name>.ts` here (from: 1) and raises
 * CURRENT_VERSION in ../schema.ts. The runner in ../migrate.ts is tested with its own
 * list, so it is ready before the first real step exists.
 */
export const MIGRATIONS: readonly Migration[] = [];

export type { JsonObject, Migration } from './migration';
