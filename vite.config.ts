import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer build: the same bundle serves the desktop app (loaded through the app://
 * protocol) and the browser (`npm run web`). Relative asset paths so it works under both.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The review's fit runs in a module worker (renderer/review/fitWorker.ts) that imports shared/.
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});
