import { useState } from 'react';
import type { PowermapDocument } from '../../shared/document';
import { MapCanvas } from '../canvas/MapCanvas';
import type { CompareMarks } from './compareMarks';
import { MarksLegend } from './MarksLegend';

const NONE: readonly string[] = [];
const NOTHING = { people: NONE, lines: NONE };
const ignore = () => {};

/**
 * The map of a comparison, read-only: the newer version with ghosts of what was removed
 * (`shownDocument`) and the marks of `compareMarks`, which the canvas draws on the cards
 * and lines themselves. Cards can be selected to look at,
 * nothing can be edited.
 */
export function CompareCanvas({ doc, marks }: { doc: PowermapDocument; marks: CompareMarks }) {
  const [selection, setSelection] = useState<{ people: readonly string[]; lines: readonly string[] }>(NOTHING);
  return (
    <div className="ph-compare-canvas">
      <MapCanvas
        doc={doc}
        selection={selection}
        highlight={NONE}
        connectKind="reports-to"
        readOnly
        compareMarks={marks}
        onSelectionChange={setSelection}
        onMove={ignore}
        onConnect={ignore}
        onDelete={ignore}
      />
      <MarksLegend marks={marks} />
    </div>
  );
}
