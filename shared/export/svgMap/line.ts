/**
 * A relationship line in the SVG drawing: the shared shape (shared/mapLayout/lineShape.ts)
 * along the route laid out for it, in the tokens' colour and width; the arrow head a small
 * filled path, as on the canvas.
 */
import type { Relationship } from '../../document/schema';
import type { RelationshipKind } from '../../document/vocabulary';
import type { Translator } from '../../i18n/translate';
import type { Point } from '../../mapLayout/lineRoute';
import { lineShape } from '../../mapLayout/lineShape';
import { lineLook, type MapColours } from '../../mapStyle/tokens';
import { el, title } from './svg';

/** The path and arrow head of a line of `kind` and `strength` along `points`. */
export function linePaths(
  kind: RelationshipKind,
  strength: 1 | 2 | 3,
  points: readonly Point[],
  colours: MapColours,
): string {
  const shape = lineShape(kind, points);
  const look = lineLook(kind, strength);
  const colour = colours.line[kind];
  return (
    el('path', {
      d: shape.path,
      fill: 'none',
      stroke: colour,
      'stroke-width': look.width,
      'stroke-dasharray': shape.dash,
    }) + (shape.arrow === null ? '' : el('path', { class: 'arrow', d: shape.arrow, fill: colour }))
  );
}

export function drawLine(
  line: Relationship,
  points: readonly Point[],
  names: ReadonlyMap<string, string>,
  t: Translator,
  colours: MapColours,
): string {
  const label = t(`canvas.line.${line.kind}`, {
    from: names.get(line.from) ?? line.from,
    to: names.get(line.to) ?? line.to,
    strength: t(`canvas.strength.${line.strength}`),
  });
  return el(
    'g',
    {
      class: `line line--${line.kind}`,
      'data-id': line.id,
      'data-from': line.from,
      'data-to': line.to,
      'data-strength': line.kind === 'influences' ? line.strength : undefined,
    },
    title(label) + linePaths(line.kind, line.strength, points, colours),
  );
}
