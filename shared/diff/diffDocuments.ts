/**
 * The comparison of two versions of a map (PRODUCT.md 3.3): people, our team and
 * relationship lines matched by id, every changed field with its old and new value,
 * attitude and relationship moves classed improved or worsened, gaps opened and closed,
 * and the change in win likelihood with the terms that moved it.
 */
import { analyze } from '../analysis/analyze';
import type { Analysis, AnalysisOptions } from '../analysis/types';
import type { MapContent, Relationship } from '../document/schema';
import type { Lang } from '../i18n/catalogue';
import { translate } from '../i18n/translate';
import { overallDirection } from './direction';
import { fieldChanges } from './fieldChanges';
import type { CollectionDiff, DocumentDiff, EntityChange, LikelihoodChange, TermChange } from './types';

const ID_ONLY = new Set(['id']);

function diffCollection<T extends { id: string }>(
  old: readonly T[],
  next: readonly T[],
  nameOf: (item: T) => string,
): CollectionDiff<T> {
  const before = new Map(old.map((item) => [item.id, item]));
  const after = new Set(next.map((item) => item.id));
  const added = next.filter((item) => !before.has(item.id));
  const removed = old.filter((item) => !after.has(item.id));
  const changed: EntityChange[] = [];
  for (const item of next) {
    const earlier = before.get(item.id);
    if (!earlier) continue;
    const changes = fieldChanges(earlier, item, ID_ONLY);
    if (changes.length === 0) continue;
    const direction = overallDirection(changes.map((c) => c.direction));
    changed.push(
      direction
        ? { id: item.id, name: nameOf(item), changes, direction }
        : { id: item.id, name: nameOf(item), changes },
    );
  }
  return { added, removed, changed };
}

function likelihoodChange(old: Analysis, next: Analysis, lang: Lang): LikelihoodChange {
  const before = new Map(old.explanation.terms.map((t) => [t.key, t]));
  const after = new Map(next.explanation.terms.map((t) => [t.key, t]));
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const terms: TermChange[] = [];
  for (const key of keys) {
    const a = before.get(key);
    const b = after.get(key);
    const delta = (b?.exact ?? 0) - (a?.exact ?? 0);
    const oldPoints = a?.points ?? 0;
    const newPoints = b?.points ?? 0;
    if (delta === 0 && oldPoints === newPoints) continue;
    terms.push({ key, label: (b ?? a)!.label, old: oldPoints, new: newPoints, delta });
  }
  // A team model adopted or undone between the versions moves the base: a term of its own, so the terms still add up.
  const baseDelta = next.explanation.base - old.explanation.base;
  if (baseDelta !== 0) {
    terms.push({
      key: 'base',
      label: translate(lang, 'history.attribution.model'),
      old: old.explanation.base,
      new: next.explanation.base,
      delta: baseDelta,
    });
  }
  terms.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return { old: old.winLikelihood, new: next.winLikelihood, delta: next.winLikelihood - old.winLikelihood, terms };
}

export function diffDocuments(old: MapContent, next: MapContent, options: AnalysisOptions = {}): DocumentDiff {
  const names = new Map<string, string>();
  for (const person of old.stakeholders) names.set(person.id, person.name);
  for (const person of next.stakeholders) names.set(person.id, person.name);
  const lineName = (line: Relationship) => `${names.get(line.from) ?? line.from} → ${names.get(line.to) ?? line.to}`;

  const deal = fieldChanges(old.deal, next.deal);
  const team = diffCollection(old.team, next.team, (m) => m.name);
  const stakeholders = diffCollection(old.stakeholders, next.stakeholders, (p) => p.name);
  const relationships = diffCollection(old.relationships, next.relationships, lineName);

  const oldAnalysis = analyze(old, options);
  const newAnalysis = analyze(next, options);
  const oldKeys = new Set(oldAnalysis.gaps.map((g) => g.key));
  const newKeys = new Set(newAnalysis.gaps.map((g) => g.key));
  const gaps = {
    opened: newAnalysis.gaps.filter((g) => !oldKeys.has(g.key)),
    closed: oldAnalysis.gaps.filter((g) => !newKeys.has(g.key)),
  };
  const winLikelihood = likelihoodChange(oldAnalysis, newAnalysis, options.lang ?? 'en');

  const collections = [team, stakeholders, relationships];
  const unchanged =
    deal.length === 0 &&
    collections.every((c) => c.added.length === 0 && c.removed.length === 0 && c.changed.length === 0) &&
    gaps.opened.length === 0 &&
    gaps.closed.length === 0 &&
    winLikelihood.terms.length === 0;
  return { deal, team, stakeholders, relationships, gaps, winLikelihood, unchanged };
}
