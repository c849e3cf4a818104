/**
 * Benchmark page (c): the compare view's map (CompareCanvas: MapCanvas with compareMarks)
 * of two versions of the 1,000-person synthetic map differing in about a tenth of the people
 * and lines (build/bench/canvas/compareSample.ts). The comparison (diff, marks, the map with
 * ghosts) is computed on load, as the history view does, so it counts in the time to drawn.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { createRoot } from 'react-dom/client';
import { compareSample } from '../../../build/bench/canvas/compareSample';
import { diffDocuments } from '../../../shared/diff';
import { CompareCanvas } from '../CompareCanvas';
import { compareMarks, shownDocument } from '../compareMarks';
import '../history.css';
import { loadCatalogue } from '../../../shared/i18n';
import { LangProvider } from '../../i18n/LangContext';
import '../../styles/theme.css';
import { BenchViewControl } from '../../canvas/bench/BenchViewControl';
import '../../canvas/mapStyleSheet';
import { COMPARE_MEASURE, installProbe } from '../../canvas/bench/probe';

const people = Number(new URLSearchParams(location.search).get('people') ?? 1000);
const { old, next } = compareSample(people);
// How long the comparison itself takes (not the drawing), reported beside the time to drawn.
const start = performance.now();
const marks = compareMarks(old, next, diffDocuments(old, next, { asOf: '2026-11-26' }));
const shown = shownDocument(next, next, marks);
performance.measure(COMPARE_MEASURE, { start, end: performance.now() });
installProbe({
  nodes: shown.stakeholders.map((p) => ({ id: p.id, x: p.position.x, y: p.position.y })),
  edges: shown.relationships.map((r) => ({ id: r.id, source: r.from, target: r.to })),
});

// The app's entry point loads the language shown before drawing; so does this page.
await loadCatalogue('en');
createRoot(document.getElementById('root')!).render(
  <LangProvider lang="en">
    <ReactFlowProvider>
      <BenchViewControl />
      <CompareCanvas doc={shown} marks={marks} />
    </ReactFlowProvider>
  </LangProvider>,
);
