/**
 * A large, plausible buying organisation for benchmarks: an org chart (reports-to tree),
 * influence lines across it, a few alliances and conflicts, every attribute drawn from a
 * seeded generator so every run measures the same map.
 */
import {
  ATTITUDES,
  BUYING_ROLES,
  CLOSENESS,
  DocumentSchema,
  RELATIONSHIP_STAGES,
  STYLES,
  type PowermapDocument,
} from '../../shared/document';
import { takeSnapshot } from '../../shared/history';
import { seededRandom } from '../../test/support/random';

export function syntheticMap(people: number, seed = 42): PowermapDocument {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const team = Array.from({ length: 5 }, (_, i) => ({ id: `t-${i}`, name: `Member ${i}`, role: 'client manager' }));
  const stakeholders = [];
  const relationships = [];
  for (let i = 0; i < people; i++) {
    const level = i < 3 ? 'decision' : i < people / 8 ? 'managerial' : 'operational';
    const roles = random() < 0.1 ? [pick(BUYING_ROLES)] : [];
    if (i === 0) roles.push('decision-maker');
    stakeholders.push({
      id: `s-${i}`,
      name: `Person ${i}`,
      title: level === 'decision' ? 'Vice president' : level === 'managerial' ? 'Head of department' : 'Officer',
      department: `Dept ${i % 17}`,
      level,
      roles: [...new Set(roles)],
      attitude: pick(ATTITUDES),
      closeness: pick(CLOSENESS),
      stage: pick(RELATIONSHIP_STAGES),
      influence: random() < 0.1 ? Math.floor(random() * 10) : null,
      style: pick(STYLES),
      ownerId: random() < 0.5 ? pick(team).id : null,
      lastContact: random() < 0.5 ? `2026-${String(1 + Math.floor(random() * 11)).padStart(2, '0')}-15` : null,
      position: { x: (i % 40) * 220, y: Math.floor(i / 40) * 140 },
    });
    if (i > 0) {
      relationships.push({ id: `r-${i}`, kind: 'reports-to', from: `s-${i}`, to: `s-${Math.floor((i - 1) / 4)}` });
    }
  }
  for (let k = 0; k < people / 2; k++) {
    const from = Math.floor(random() * people);
    let to = Math.floor(random() * people);
    if (to === from) to = (to + 1) % people;
    const kind = random() < 0.8 ? 'influences' : random() < 0.5 ? 'ally' : 'conflict';
    relationships.push({
      id: `x-${k}`,
      kind,
      from: `s-${from}`,
      to: `s-${to}`,
      strength: 1 + Math.floor(random() * 3),
    });
  }
  return DocumentSchema.parse({
    format: 'powermap',
    version: 1,
    deal: { id: 'bench', name: `Synthetic ${people}`, purchaseStage: 'evaluation', competitors: ['Acme'] },
    team,
    stakeholders,
    relationships,
  });
}

/** A month of work on a map: a tenth of the people moved on attitude and contact, five added, ten removed with their lines. */
export function monthOfWork(doc: PowermapDocument): PowermapDocument {
  return {
    ...doc,
    stakeholders: [
      ...doc.stakeholders
        .slice(10)
        .map((p, i) => (i % 10 === 0 ? { ...p, attitude: 'supporter' as const, closeness: 'close' as const } : p)),
      ...doc.stakeholders.slice(0, 5).map((p) => ({ ...p, id: `${p.id}-new` })),
    ],
    relationships: doc.relationships.filter((r) => !/^s-[0-9]$/.test(r.from) && !/^s-[0-9]$/.test(r.to)),
  };
}

/**
 * A deal of `people` people with a snapshot on the first of each month for `months` months
 * from `firstMonth` (2026), each a small step on: one person in `months` changes attitude a month.
 */
export function dealWithHistory(people: number, months: number, seed: number, firstMonth: number): PowermapDocument {
  let doc = syntheticMap(people, seed);
  const attitudes = ['supporter', 'neutral', 'champion', 'opponent'] as const;
  for (let k = 0; k < months; k++) {
    const month = String(k + firstMonth).padStart(2, '0');
    doc = takeSnapshot(doc, { id: `h-${k}`, takenAt: `2026-${month}-01T09:00:00+08:00`, label: '' });
    doc = {
      ...doc,
      stakeholders: doc.stakeholders.map((p, i) =>
        i % months === k ? { ...p, attitude: attitudes[(k + seed) % 4]! } : p,
      ),
    };
  }
  return doc;
}
