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

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
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
