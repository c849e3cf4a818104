/**
 * The deals both benchmark servers hold before any client connects, the same bytes for ours
 * (stored in its database) and the bare anchor (in its in-memory update store): synthetic
 * maps written into Y.Docs by shared/collab, as the app shares them.
 */
import * as Y from 'yjs';
import { documentToYDoc } from '../../../shared/collab';
import { syntheticMap } from '../syntheticMap';

/** Where 50 clients edit one deal. */
export const EDIT_DEAL = 'bench-edit';
export const EDIT_DEAL_PEOPLE = 100;
/** 500 clients over these 100 deals. */
export const LOAD_DEALS = Array.from({ length: 100 }, (_, i) => `bench-load-${i}`);
/** Opened cold, one per run (a deal opened once is warm in the database's cache). */
export const COLD_RUNS = 10;
export const COLD_DEALS = Array.from({ length: COLD_RUNS + 1 }, (_, i) => `bench-cold-${i}`);
export const COLD_DEAL_PEOPLE = 1000;
/** Clients come and go over these during the soak. */
export const SOAK_DEALS = Array.from({ length: 20 }, (_, i) => `bench-soak-${i}`);
export const SMALL_DEAL_PEOPLE = 30;

/** Every deal's initial state, the encoding of one Y.Doc per size shared by the deals of that size. */
export function seededStates(): Map<string, Uint8Array> {
  const stateOf = (people: number) =>
    Y.encodeStateAsUpdate(documentToYDoc(syntheticMap(people), { id: 'u-seed', name: 'Seed' }));
  const small = stateOf(SMALL_DEAL_PEOPLE);
  const big = stateOf(COLD_DEAL_PEOPLE);
  const states = new Map<string, Uint8Array>([[EDIT_DEAL, stateOf(EDIT_DEAL_PEOPLE)]]);
  for (const id of [...LOAD_DEALS, ...SOAK_DEALS]) states.set(id, small);
  for (const id of COLD_DEALS) states.set(id, big);
  return states;
}

/** What the server process answers when asked: its memory, CPU time and load. */
export interface ServerStats {
  heapUsed: number;
  rss: number;
  /** User + system CPU time since the process started, in microseconds. */
  cpuMicros: number;
  documents: number;
  /** Documents still held by deferred work once unloaded (ours: summaries waiting, updates followed; bare: none). */
  deferred: number;
  connections: number;
}

export type ServerKind = 'ours' | 'bare';

/** Messages between the benchmark and its server process. */
export type ServerRequest =
  | { id: number; type: 'stats' | 'gc' | 'close' }
  /** A V8 CPU profile of the server from 'profile-start' to 'profile-stop', written to `file`. */
  | { id: number; type: 'profile-start' }
  | { id: number; type: 'profile-stop'; file: string };
export type ServerReply =
  | { type: 'ready'; url: string; token: string }
  | { type: 'failed'; error: string }
  | { id: number; type: 'stats'; stats: ServerStats };
