/**
 * Benchmark page (a): our MapCanvas on a 1,000-person synthetic map, held the way the app
 * holds it (the document and selection in state, moves applied as one immutable edit).
 */
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { syntheticMap } from '../../../build/bench/syntheticMap';
import type { PowermapDocument } from '../../../shared/document';
import { loadCatalogue } from '../../../shared/i18n';
import { LangProvider } from '../../i18n/LangContext';
import '../../styles/theme.css';
import '../mapStyleSheet';
import { MapCanvas } from '../MapCanvas';
import { BenchViewControl } from './BenchViewControl';
import { installProbe } from './probe';

type Selection = { people: string[]; lines: string[] };
const NOTHING: Selection = { people: [], lines: [] };
const NO_HIGHLIGHT: string[] = [];

const people = Number(new URLSearchParams(location.search).get('people') ?? 1000);
const initial = syntheticMap(people);
installProbe({
  nodes: initial.stakeholders.map((p) => ({ id: p.id, x: p.position.x, y: p.position.y })),
  edges: initial.relationships.map((r) => ({ id: r.id, source: r.from, target: r.to })),
});

function OursBench() {
  const [doc, setDoc] = useState<PowermapDocument>(initial);
  const [selection, setSelection] = useState<Selection>(NOTHING);
  const onMove = useCallback((positions: Map<string, { x: number; y: number }>) => {
    setDoc((current) => ({
      ...current,
      stakeholders: current.stakeholders.map((person) => {
        const to = positions.get(person.id);
        return to ? { ...person, position: { ...person.position, x: Math.round(to.x), y: Math.round(to.y) } } : person;
      }),
    }));
  }, []);
  const ignore = useCallback(() => undefined, []);
  return (
    <LangProvider lang="en">
      <ReactFlowProvider>
        <BenchViewControl />
        <MapCanvas
          doc={doc}
          selection={selection}
          highlight={NO_HIGHLIGHT}
          connectKind="influences"
          onSelectionChange={setSelection}
          onMove={onMove}
          onConnect={ignore}
          onDelete={ignore}
        />
      </ReactFlowProvider>
    </LangProvider>
  );
}

// The app's entry point loads the language shown before drawing; so does this page.
await loadCatalogue('en');
createRoot(document.getElementById('root')!).render(<OursBench />);
