/**
 * Two versions of the synthetic 1,000-person map for the compare-view benchmark, differing
 * in about a tenth of the people and a tenth of the lines, as after a few busy months:
 * people won over and lost (attitude), a few who left (ghosts on the compare map) and a
 * few newcomers, influence lines dropped and new ones drawn. Deterministic.
 */
import type { PowermapDocument, Relationship, Stakeholder } from '../../../shared/document';
import { syntheticMap } from '../syntheticMap';

export interface CompareSample {
  readonly old: PowermapDocument;
  readonly next: PowermapDocument;
}

export function compareSample(people: number): CompareSample {
  const base = syntheticMap(people);
  // The older version: the people who will change stand neutral, so every change has a direction.
  const turning = (i: number) => i % 12 === 5;
  const old: PowermapDocument = {
    ...base,
    stakeholders: base.stakeholders.map((p, i) => (turning(i) ? { ...p, attitude: 'neutral' } : p)),
  };
  const leaving = (i: number) => i >= 10 && i % 100 === 37;
  const stakeholders: Stakeholder[] = [];
  old.stakeholders.forEach((p, i) => {
    if (leaving(i)) return;
    stakeholders.push(turning(i) ? { ...p, attitude: i % 24 === 5 ? 'champion' : 'opponent' } : p);
  });
  const rows = Math.ceil(people / 40);
  const newcomers = Math.max(1, Math.round(people / 100));
  for (let k = 0; k < newcomers; k++) {
    stakeholders.push({
      ...old.stakeholders[k % old.stakeholders.length]!,
      id: `s-new-${k}`,
      name: `Newcomer ${k}`,
      attitude: 'supporter',
      position: { x: k * 220, y: rows * 140 },
    });
  }
  const present = new Set(stakeholders.map((p) => p.id));
  const kept = old.relationships.filter(
    (line, i) => present.has(line.from) && present.has(line.to) && !(line.kind !== 'reports-to' && i % 10 === 3),
  );
  const drawn: Relationship[] = [];
  const lines = Math.round(old.relationships.length / 20);
  for (let k = 0; k < lines; k++) {
    const from = stakeholders[(k * 37) % stakeholders.length]!;
    const to = stakeholders[(k * 53 + 11) % stakeholders.length]!;
    if (from.id === to.id) continue;
    drawn.push({ id: `x-new-${k}`, kind: 'influences', from: from.id, to: to.id, strength: 2 });
  }
  return { old, next: { ...old, stakeholders, relationships: [...kept, ...drawn] } };
}
