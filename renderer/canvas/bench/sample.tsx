/**
 * Screenshot page: the small sample map (every attitude, closeness, role and line kind) in
 * our MapCanvas. `?lang=zh-CN` switches the interface language; the colour scheme follows
 * the browser (the runner emulates light and dark).
 */
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { sampleMap } from '../../../build/bench/canvas/sampleMap';
import type { PowermapDocument } from '../../../shared/document';
import { isLang, loadCatalogue } from '../../../shared/i18n';
import { LangProvider } from '../../i18n/LangContext';
import '../../styles/theme.css';
import '../mapStyleSheet';
import { MapCanvas } from '../MapCanvas';

type Selection = { people: string[]; lines: string[] };

declare global {
  interface Window {
    /** What the canvas told the page, for the runner to check (and the curious to read). */
    __canvasEvents?: unknown[][];
  }
}
const events: unknown[][] = (window.__canvasEvents = []);
const record =
  (name: string) =>
  (...args: unknown[]) => {
    const plain = args.map((arg): unknown =>
      arg instanceof Map ? Object.fromEntries(arg as Map<string, unknown>) : arg,
    );
    events.push([name, ...plain]);
  };
const params = new URLSearchParams(location.search);
const langParam = params.get('lang');
const lang = isLang(langParam) ? langParam : 'en';
const HIGHLIGHT = ['s-1', 's-4'];

function SampleCanvas() {
  const [doc, setDoc] = useState<PowermapDocument>(sampleMap);
  const [selection, setSelection] = useState<Selection>({ people: ['s-2'], lines: ['i-3'] });
  const onMove = useCallback((positions: Map<string, { x: number; y: number }>) => {
    record('move')(positions);
    setDoc((current) => ({
      ...current,
      stakeholders: current.stakeholders.map((person) => {
        const to = positions.get(person.id);
        return to ? { ...person, position: { ...person.position, x: Math.round(to.x), y: Math.round(to.y) } } : person;
      }),
    }));
  }, []);
  const onSelectionChange = useCallback((next: Selection) => {
    record('select')(next);
    setSelection(next);
  }, []);
  return (
    <LangProvider lang={lang}>
      <MapCanvas
        doc={doc}
        selection={selection}
        highlight={HIGHLIGHT}
        connectKind="influences"
        onSelectionChange={onSelectionChange}
        onMove={onMove}
        onConnect={record('connect')}
        onDelete={record('delete')}
        onAddPersonAt={record('add')}
        onReady={record('ready')}
      />
    </LangProvider>
  );
}

document.documentElement.lang = lang;
// The app's entry point loads the language shown before drawing; so does this page.
await loadCatalogue(lang);
createRoot(document.getElementById('root')!).render(<SampleCanvas />);
