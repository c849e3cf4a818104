/**
 * Builds the canvas benchmark pages (production React, as users run it):
 *   ours.html   - our MapCanvas on a 1,000-person synthetic map
 *   plain.html  - plain React Flow, default nodes and edges, same people and lines
 *   compare.html - the compare view's map (marks and ghosts) of two versions of that map
 *   sample.html - the small sample map, for screenshots
 * Their sources live in renderer/canvas/bench/, the compare view's in renderer/history/bench/ (history/ may
 * import canvas/, not the other way round; the renderer's TypeScript settings: DOM, JSX).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../../dist/bench-canvas', import.meta.url));

/**
 * PM_REACT_PROFILING=1 builds with React's profiling build (react-dom/profiling): the same
 * production React, plus each fiber's render time, which profile.ts --renders then sums per
 * component. Slightly slower than the production build: for finding where time goes, never for frames.
 */
const reactProfiling = process.env.PM_REACT_PROFILING === '1';

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  ...(reactProfiling
    ? { resolve: { alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] } }
    : {}),
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        ours: `${here}ours.html`,
        plain: `${here}plain.html`,
        compare: `${here}compare.html`,
        sample: `${here}sample.html`,
      },
    },
  },
});
