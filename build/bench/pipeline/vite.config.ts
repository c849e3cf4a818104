/**
 * Builds the pipeline view's benchmark pages (production React, as users run it): the
 * pipeline board over the deals in the app's IndexedDB (index.html), and the setup page that
 * stores them there (seed.html; build/bench/pipelineView.bench.ts). Their source lives in
 * renderer/pipeline/bench/ (the renderer's TypeScript settings: DOM, JSX). Served with
 * `no-store`: each measured load fetches and compiles the bundle, as a first start would.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
export const PIPELINE_BENCH_OUT = fileURLToPath(new URL('../../../dist/bench-pipeline', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: PIPELINE_BENCH_OUT,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // build/bench/pipeline/profile.ts --names: the functions' own names in the CPU profile.
    minify: process.env['PIPELINE_BENCH_NAMES'] === '1' ? false : 'esbuild',
    rollupOptions: { input: { index: join(here, 'index.html'), seed: join(here, 'seed.html') } },
  },
  preview: { headers: { 'cache-control': 'no-store' } },
});
