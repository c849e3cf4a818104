/**
 * Concurrent editing, as replicas of one deal edit offline and exchange their updates in
 * any order: they converge to identical state, and every state reads to a valid document.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyDocumentToYDoc, documentToYDoc, listTrail, readDealFromYDoc, type Actor } from '../../../shared/collab';
import { deepEqual } from '../../../shared/diff/deepEqual';
import {
  ATTITUDES,
  CLOSENESS,
  PURCHASE_STAGES,
  parseDocument,
  type PowermapDocument,
  type Stakeholder,
} from '../../../shared/document';
import { makeDocument, person, relationship } from '../../support/builders';

interface Replica {
  readonly ydoc: Y.Doc;
  readonly actor: Actor;
  doc: PowermapDocument;
  added: number;
  /** Every value this replica's user set on a person's field: each must stay findable in the trail. */
  readonly set: { entityId: string; field: string; value: unknown }[];
}

type Op =
  | {
      kind: 'set';
      replica: number;
      person: number;
      field: 'attitude' | 'closeness' | 'name' | 'influence' | 'notes';
      value: unknown;
    }
  | { kind: 'add'; replica: number }
  | { kind: 'delete'; replica: number; person: number }
  | { kind: 'line'; replica: number; from: number; to: number }
  | { kind: 'unline'; replica: number; line: number }
  | { kind: 'stage'; replica: number; value: string }
  | { kind: 'sync'; from: number; to: number }
  /** Damage written straight into the Y.Doc, as a buggy or newer client might: never a crash, never the deal refused. */
  | { kind: 'damage'; replica: number; person: number; field: string; value: unknown };

const replicaArb = fc.nat({ max: 2 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    replica: replicaArb,
    person: fc.nat(),
    field: fc.constantFrom(
      'attitude' as const,
      'closeness' as const,
      'name' as const,
      'influence' as const,
      'notes' as const,
    ),
    value: fc.oneof(
      fc.constantFrom(...ATTITUDES),
      fc.constantFrom(...CLOSENESS),
      fc.integer({ min: 0, max: 100 }),
      fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ''),
    ),
  }),
  fc.record({ kind: fc.constant('add' as const), replica: replicaArb }),
  fc.record({ kind: fc.constant('delete' as const), replica: replicaArb, person: fc.nat() }),
  fc.record({ kind: fc.constant('line' as const), replica: replicaArb, from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('unline' as const), replica: replicaArb, line: fc.nat() }),
  fc.record({ kind: fc.constant('stage' as const), replica: replicaArb, value: fc.constantFrom(...PURCHASE_STAGES) }),
  fc.record({ kind: fc.constant('sync' as const), from: replicaArb, to: replicaArb }),
  fc.record({
    kind: fc.constant('damage' as const),
    replica: replicaArb,
    person: fc.nat(),
    field: fc.constantFrom('attitude', 'influence', 'name', 'roles', 'id', '@rank', '(whole)'),
    value: fc.constantFrom(null, 'friendly', 300, -1, '', [1], { a: 1 }),
  }),
);

/** A value that fits the field (the editor never writes an invalid one). */
function fitted(field: string, value: unknown, current: Stakeholder): unknown {
  switch (field) {
    case 'attitude':
      return (ATTITUDES as readonly unknown[]).includes(value) ? value : current.attitude;
    case 'closeness':
      return (CLOSENESS as readonly unknown[]).includes(value) ? value : current.closeness;
    case 'influence':
      return typeof value === 'number' ? value : null;
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

function damage(replica: Replica, op: Extract<Op, { kind: 'damage' }>): void {
  const people = replica.ydoc.getMap('people');
  const ids = [...people.keys()].sort();
  if (ids.length === 0) return;
  const id = ids[op.person % ids.length]!;
  const entry = people.get(id);
  if (op.field === '(whole)' || !(entry instanceof Y.Map)) people.set(id, op.value);
  else entry.set(op.field, op.value);
  replica.doc = readValid(replica.ydoc);
}

function edit(replica: Replica, op: Exclude<Op, { kind: 'sync' | 'damage' }>, index: number): void {
  const doc = replica.doc;
  const people = doc.stakeholders;
  let next: PowermapDocument | null = null;
  if (op.kind === 'set' && people.length > 0) {
    const target = people[op.person % people.length]!;
    const value = fitted(op.field, op.value, target);
    next = { ...doc, stakeholders: people.map((p) => (p === target ? { ...p, [op.field]: value } : p)) };
    if (!deepEqual(target[op.field], value)) replica.set.push({ entityId: target.id, field: op.field, value });
  } else if (op.kind === 'add') {
    replica.added++;
    const id = `${replica.actor.id}-${replica.added}`;
    next = { ...doc, stakeholders: [...people, person(id, { name: `New ${id}` })] };
  } else if (op.kind === 'delete' && people.length > 0) {
    const id = people[op.person % people.length]!.id;
    next = {
      ...doc,
      stakeholders: people.filter((p) => p.id !== id),
      relationships: doc.relationships.filter((r) => r.from !== id && r.to !== id),
    };
  } else if (op.kind === 'line' && people.length > 1) {
    const from = people[op.from % people.length]!.id;
    const to = people[op.to % people.length]!.id;
    if (from !== to) {
      const line = relationship(`${replica.actor.id}-l${index}`, 'influences', from, to);
      next = { ...doc, relationships: [...doc.relationships, line] };
    }
  } else if (op.kind === 'unline' && doc.relationships.length > 0) {
    const gone = doc.relationships[op.line % doc.relationships.length]!;
    next = { ...doc, relationships: doc.relationships.filter((r) => r !== gone) };
  } else if (op.kind === 'stage') {
    next = { ...doc, deal: { ...doc.deal, purchaseStage: op.value as PowermapDocument['deal']['purchaseStage'] } };
  }
  if (!next) return;
  // Every third write makes the Y.Doc equal to the document (an import over the deal) instead of writing the edit alone.
  // Edits two minutes apart: none is folded into the one before (COALESCE_MS), so every value set stays in the trail.
  const now = () => new Date(Date.UTC(2026, 0, 1, 0, 2 * index));
  applyDocumentToYDoc(replica.ydoc, next, replica.actor, index % 3 === 0 ? { now } : { previous: doc, now });
  replica.doc = readValid(replica.ydoc);
}

function readValid(ydoc: Y.Doc): PowermapDocument {
  const read = readDealFromYDoc(ydoc);
  if (!read.ok) throw new Error('the deal was refused');
  const again = parseDocument(JSON.parse(JSON.stringify(read.document)));
  if (!again.ok) throw new Error('the read document is not valid');
  return read.document;
}

function start(count: number): Replica[] {
  const base = makeDocument({
    stakeholders: [person('s-1', { name: 'A' }), person('s-2', { name: 'B' }), person('s-3', { name: 'C' })],
    relationships: [relationship('r-1', 'reports-to', 's-2', 's-1')],
  });
  const origin = documentToYDoc(base, { id: 'u-0', name: 'Origin' });
  const update = Y.encodeStateAsUpdate(origin);
  return Array.from({ length: count }, (_, i) => {
    const ydoc = new Y.Doc({ guid: base.deal.id });
    Y.applyUpdate(ydoc, update);
    return { ydoc, actor: { id: `u-${i + 1}`, name: `User ${i + 1}` }, doc: readValid(ydoc), added: 0, set: [] };
  });
}

function send(from: Replica, to: Replica): void {
  Y.applyUpdate(to.ydoc, Y.encodeStateAsUpdate(from.ydoc, Y.encodeStateVector(to.ydoc)));
  to.doc = readValid(to.ydoc);
}

describe('replicas editing one deal offline', () => {
  it('converge to identical state, exchanged in any order, always read to a valid document, and keep every value set in the trail', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        fc.array(opArb, { maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 6, maxLength: 12 }),
        (count, ops, exchange) => {
          const replicas = start(count);
          ops.forEach((op, index) => {
            if (op.kind === 'sync') send(replicas[op.from % count]!, replicas[op.to % count]!);
            else if (op.kind === 'damage') damage(replicas[op.replica % count]!, op);
            else edit(replicas[op.replica % count]!, op, index);
          });
          // Full updates in a random order, then a round that surely reaches everyone.
          for (const [a, b] of exchange) send(replicas[a % count]!, replicas[b % count]!);
          for (const from of replicas) for (const to of replicas) if (from !== to) send(from, to);
          const [first, ...rest] = replicas;
          // Same-field edits converged to one value, but each value set can be found in the trail.
          const trail = listTrail(first!.ydoc);
          for (const replica of replicas) {
            for (const set of replica.set) {
              const found = trail.some(
                (e) =>
                  e.action === 'set' &&
                  e.entityId === set.entityId &&
                  e.field === set.field &&
                  deepEqual(e.value, set.value),
              );
              expect(found, JSON.stringify(set)).toBe(true);
            }
          }
          for (const other of rest) {
            expect(other.ydoc.toJSON()).toEqual(first!.ydoc.toJSON());
            expect(other.doc).toEqual(first!.doc);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
