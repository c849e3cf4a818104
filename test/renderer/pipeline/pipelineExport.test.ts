/** The pipeline screen's exports: the same CSV bytes as the command line, the privacy choices, a deal that cannot be read. */
import { describe, expect, it, vi } from 'vitest';
import { encodeCsvUtf8, parseCsv } from '../../../shared/csv';
import type { PowermapDocument } from '../../../shared/document';
import { pipelineToCsv } from '../../../shared/export/pipelineCsv';
import { prepareExport } from '../../../shared/export/privacy';
import { summarizeDeal, type PipelineRow } from '../../../shared/pipeline';
import { DEFAULT_VIEW } from '../../../renderer/pipeline/viewState';
import { DEFAULT_PRIVACY, pipelineExportFileName, selectedDealIds } from '../../../renderer/pipeline/exportModel';
import { runPipelineExport, type PipelineExportEnvironment } from '../../../renderer/pipeline/runPipelineExport';
import { makeDocument, person } from '../../support/builders';

const ASOF = '2026-12-02';

function summarizeRows(documents: readonly PowermapDocument[], asOf: string): PipelineRow[] {
  return documents.map((doc) => summarizeDeal(doc, { asOf }));
}

function deal(id: string, name: string, extra: Record<string, unknown> = {}): PowermapDocument {
  return makeDocument({
    deal: { id, name, account: `${name} 银行`, value: 1200, currency: 'CNY', decisionDate: '2026-12-20', ...extra },
    stakeholders: [person(`${id}-p`, { name: '张伟', title: 'CIO', notes: 'golf on Sundays' })],
  });
}

const alpha = deal('d-a', 'Alpha');
const beta = deal('d-b', 'Beta', { value: 800, currency: 'EUR' });
const docs = new Map([alpha, beta].map((doc) => [doc.deal.id, doc]));

function environment(overrides: Partial<PipelineExportEnvironment> = {}) {
  const saveExportFile = vi.fn((request: { suggestedName: string }) =>
    Promise.resolve({ path: `/tmp/${request.suggestedName}` }),
  );
  const env: PipelineExportEnvironment = {
    lang: 'zh-CN',
    asOf: ASOF,
    since: null,
    rows: summarizeRows([alpha, beta], ASOF),
    source: {
      documents: (ids) =>
        Promise.resolve({
          documents: ids.flatMap((id) => (docs.has(id) ? [docs.get(id)!] : [])),
          unread: ids.filter((id) => !docs.has(id)),
        }),
    },
    platform: { saveExportFile },
    ...overrides,
  };
  return { env, saveExportFile };
}

describe('the pipeline CSV from the app', () => {
  it('saves the very bytes the command line writes to a file: BOM, CRLF, Chinese headers', async () => {
    const { env, saveExportFile } = environment();
    const result = await runPipelineExport('csv', ['d-a', 'd-b'], DEFAULT_PRIVACY, env);
    expect(result).toEqual({ outcome: 'saved', name: '/tmp/销售管道 2026-12-02.csv' });
    const request = saveExportFile.mock.calls[0]![0] as unknown as { kind: string; bytes: Uint8Array };
    expect(request.kind).toBe('csv');
    // What `powermap export … --format pipeline-csv -o OUT` writes (cli/commands/exportMany.ts).
    const cliViews = [alpha, beta].map((doc) =>
      prepareExport(doc, { lang: 'zh-CN', includePersonal: false, anonymous: false }),
    );
    const cliBytes = encodeCsvUtf8(pipelineToCsv(cliViews, { asOf: ASOF, since: null, lang: 'zh-CN' }));
    expect(request.bytes).toEqual(cliBytes);
    expect([...request.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(request.bytes.slice(3));
    expect(text).toContain('\r\n');
    const records = parseCsv(text);
    expect(records[0]!.slice(0, 3)).toEqual(['状态', '项目', '客户']);
    expect(
      records
        .slice(1, 3)
        .map((record) => record[1])
        .sort(),
    ).toEqual(['Alpha', 'Beta']);
  });

  it('applies the anonymous variant to every row: the client and the people are not named', async () => {
    const { env, saveExportFile } = environment({ lang: 'en' });
    await runPipelineExport('csv', ['d-a', 'd-b'], { includePersonal: false, anonymous: true }, env);
    const bytes = (saveExportFile.mock.calls[0]![0] as unknown as { bytes: Uint8Array }).bytes;
    const text = new TextDecoder().decode(bytes);
    for (const name of ['银行', '张伟']) expect(text).not.toContain(name);
  });

  it('reports a cancelled save dialog as cancelled', async () => {
    const { env } = environment({ platform: { saveExportFile: () => Promise.resolve(null) } });
    expect(await runPipelineExport('csv', ['d-a'], DEFAULT_PRIVACY, env)).toEqual({ outcome: 'cancelled' });
  });
});

describe('the review pack from the app', () => {
  it('gives the pack of the selected deals, with personal fields left out by default', async () => {
    const { env, saveExportFile } = environment({ lang: 'en' });
    const result = await runPipelineExport('pack', ['d-b'], DEFAULT_PRIVACY, env);
    if (result.outcome !== 'pack') throw new Error(`expected a pack, got ${result.outcome}`);
    expect(result.job.fileName).toBe('Review pack 2026-12-02.pdf');
    expect(result.job.savePdf).toBe(false);
    expect(result.job.pack.deals.map((d) => d.title)).toEqual(['Beta · Beta 银行']);
    expect(JSON.stringify(result.job.pack)).not.toContain('golf on Sundays');
    expect(saveExportFile).not.toHaveBeenCalled();

    const included = await runPipelineExport('pack', ['d-b'], { includePersonal: true, anonymous: false }, env);
    if (included.outcome !== 'pack') throw new Error('expected a pack');
    expect(JSON.stringify(included.job.pack)).toContain('golf on Sundays');
  });

  it('prints it to a PDF straight away on the desktop', async () => {
    const { env } = environment({
      platform: { saveExportFile: () => Promise.resolve(null), printToPdf: () => Promise.resolve(null) },
    });
    const result = await runPipelineExport('pack', ['d-a'], DEFAULT_PRIVACY, env);
    expect(result.outcome === 'pack' && result.job.savePdf).toBe(true);
  });
});

describe('a deal that cannot be read', () => {
  it('stops the export, names the deal in its sentence, keeps the others for the user to confirm, and saves nothing', async () => {
    const rows = summarizeRows([alpha, beta, deal('d-gone', 'Gamma')], ASOF);
    const { env, saveExportFile } = environment({ lang: 'en', rows });
    const result = await runPipelineExport('csv', ['d-a', 'd-gone'], DEFAULT_PRIVACY, env);
    expect(result).toEqual({
      outcome: 'missing',
      messages: ['1 deal could not be read on this computer: Gamma.'],
      documents: [alpha],
    });
    expect(saveExportFile).not.toHaveBeenCalled();
  });
});

describe('which deals and which file', () => {
  it('takes the deals the current filter selects', () => {
    const rows = summarizeRows([alpha, beta], ASOF);
    expect(selectedDealIds(rows, DEFAULT_VIEW.filter).sort()).toEqual(['d-a', 'd-b']);
    expect(selectedDealIds(rows, { ...DEFAULT_VIEW.filter, search: 'beta' })).toEqual(['d-b']);
  });

  it('names the file in the interface language, with no deal in the name', () => {
    expect(pipelineExportFileName('csv', 'en', ASOF)).toBe('Pipeline 2026-12-02.csv');
    expect(pipelineExportFileName('pack', 'zh-CN', ASOF)).toBe('评审资料包 2026-12-02.pdf');
  });
});
