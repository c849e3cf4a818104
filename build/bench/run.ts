/**
 * `npm run bench`: every benchmark, medians and p95 against the goals of PRODUCT.md
 * section 6 and issue 12. `--domain` runs only the benchmarks that need no browser
 * (domain, history, pipeline, exports); `--server` only the team server's (server/run.ts;
 * POWERMAP_BENCH_SOAK_SECONDS shortens its soak); `--app` only the app's in Chromium (saving
 * and opening a 2,000-person deal).
 */
import { APP_GOALS, appBenchmarks } from './app.bench';
import { CALIBRATION_GOALS, calibrationBenchmarks } from './calibration.bench';
import { CSV_IMPORT_GOALS, csvImportBenchmarks } from './csvImport.bench';
import { canvasBenchmarks, canvasGoals, canvasSummary } from './canvas/run';
import { CLI_GOALS, cliBenchmarks, cliRatio } from './cli.bench';
import { COLLAB_GOALS, collabBenchmarks } from './collab.bench';
import { DOMAIN_GOALS, domainBenchmarks } from './domain.bench';
import { EXPORT_GOALS, exportBenchmarks } from './export.bench';
import { EXPORT_FILE_GOALS, exportFileBenchmarks } from './exportFiles.bench';
import { HISTORY_GOALS, historyBenchmarks } from './history.bench';
import { PIPELINE_GOALS, pipelineBenchmarks } from './pipeline.bench';
import { REVIEW_PACK_GOALS, reviewPackBenchmarks } from './reviewPack.bench';
import { PIPELINE_VIEW_GOALS, pipelineViewBenchmarks } from './pipelineView.bench';
import { report } from './measure';
import { serverBenchmarks } from './server/run';

const onlyDomain = process.argv.includes('--domain');
const onlyServer = process.argv.includes('--server');
const onlyApp = process.argv.includes('--app');

console.log(`Powermap benchmarks: Node ${process.version}, ${new Date().toISOString()}\n`);
if (onlyServer) {
  await teamServer();
  process.exit(process.exitCode ?? 0);
}
if (onlyApp) {
  console.log('The app, headless Chromium');
  report(await appBenchmarks(), APP_GOALS);
  process.exit(process.exitCode ?? 0);
}
console.log('Domain (shared/)');
report(domainBenchmarks(), DOMAIN_GOALS);
console.log('\nMaps over time (shared/history, shared/diff)');
report(historyBenchmarks(), HISTORY_GOALS);
console.log('\nThe pipeline (shared/pipeline: summary rows, filters, totals)');
report(pipelineBenchmarks(), PIPELINE_GOALS);
console.log('\nThe collaborative deal (shared/collab: Yjs)');
report(collabBenchmarks(), COLLAB_GOALS);
console.log('\nThe win/loss review (shared/calibration)');
report(calibrationBenchmarks(), CALIBRATION_GOALS);
console.log("\nContacts import from CSV (the dialog's work, without drawing)");
report(csvImportBenchmarks(), CSV_IMPORT_GOALS);
console.log('\nExports (shared/export, cli/export)');
report(await exportFileBenchmarks(), EXPORT_FILE_GOALS);
report(exportBenchmarks(), EXPORT_GOALS);
report(await reviewPackBenchmarks(), REVIEW_PACK_GOALS);
console.log('\nThe command line, started as a user starts it (built, dist/cli)');
const cli = await cliBenchmarks();
report(cli, CLI_GOALS);
console.log(cliRatio(cli));
if (!onlyDomain) {
  console.log(
    '\nCanvas: ours and plain React Flow at 1,000 and 3,000 people, the compare view (two versions, a tenth changed) at 1,000;\n' +
      'pan and drag at 50% (readable) and 20% (zoomed out, our cards are shapes); headless Chromium at 1280x800',
  );
  const canvas = await canvasBenchmarks({ runs: 3, verbose: true });
  report(canvas.rows, canvasGoals(canvas.rows));
  console.log(`\n${canvasSummary(canvas)}`);
  // A size with no successful run is a failed benchmark; single failed runs are listed above.
  if (canvas.missing.length > 0) process.exitCode = 1;
  console.log('\nThe app, headless Chromium');
  report(await appBenchmarks(), APP_GOALS);
  console.log("\nThe pipeline view, 5,000 deals read from the app's IndexedDB, headless Chromium at 1280x800");
  report(await pipelineViewBenchmarks(), PIPELINE_VIEW_GOALS);
  await teamServer();
}

async function teamServer(): Promise<void> {
  console.log(
    '\nThe team server: ours (PGlite, tokens, access, hooks) and a bare Hocuspocus 4 + Yjs server, each in its own process,\n' +
      'clients in the benchmark process over real WebSockets on 127.0.0.1',
  );
  await serverBenchmarks();
}
