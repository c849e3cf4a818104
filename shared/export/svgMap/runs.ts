/** A text run of the layout model (shared/mapLayout) as an SVG text element. */
import { baselineOf, type TextRun } from '../../mapLayout/cardLayout';
import type { MapColours } from '../../mapStyle/tokens';
import { text } from './svg';

export function drawRun(run: TextRun, colours: MapColours, fill?: string, className?: string): string {
  const x =
    run.align === 'start' ? run.box.x : run.align === 'end' ? run.box.x + run.box.width : run.box.x + run.box.width / 2;
  return text(run.text, {
    class: className,
    x,
    y: baselineOf(run),
    'font-size': run.style.size,
    'font-weight': run.style.bold ? 'bold' : undefined,
    'font-style': run.italic ? 'italic' : undefined,
    'text-anchor': run.align === 'start' ? undefined : run.align,
    fill: fill ?? (run.muted ? colours.textMuted : colours.text),
  });
}
