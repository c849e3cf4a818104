/** What an export holds and how it is named: file names, the privacy options in every text format, the PDF's print view from memory. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocumentText, type PowermapDocument } from '../../../shared/document';
import {
  exportFileName,
  isExportFormat,
  exportView,
  textExportBytes,
  type ExportChoices,
} from '../../../renderer/export/exportFormats';
import { parseRoute, routeHash } from '../../../renderer/services/useHashRoute';
import { runExport } from '../../../renderer/export/runExport';
import type { PrintJob } from '../../../renderer/export/printScreen';
import type { Platform } from '../../../renderer/platform/platform';
import { cssString, pageCss, pageLabelContent } from '../../../renderer/export/pageCss';
import { pngScale, svgSize } from '../../../renderer/export/svgToPng';

const seed = (() => {
  const read = parseDocumentText(readFileSync('test/fixtures/seed-shortlisting.powermap.json', 'utf8'));
  if (!read.ok) throw new Error('seed does not read');
  return read.document;
})();
const context = { lang: 'en' as const, asOf: '2026-11-26' };
const choices = (over: Partial<ExportChoices> = {}): ExportChoices => ({
  format: 'csv',
  includePersonal: false,
  anonymous: false,
  ...over,
});
const text = (doc: PowermapDocument, format: 'svg' | 'csv' | 'powermap', over: Partial<ExportChoices> = {}) => {
  const chosen = choices({ format, ...over });
  return new TextDecoder().decode(textExportBytes(exportView(doc, chosen, 'en'), format, context));
};

describe('exportFileName', () => {
  it('is the deal name, the date and the extension', () => {
    expect(exportFileName('设备采购项目', 'png', '2026-11-27')).toBe('设备采购项目 2026-11-27.png');
    expect(exportFileName('Core banking', 'pptx', '2026-11-27')).toBe('Core banking 2026-11-27.pptx');
  });

  it('drops the characters file systems refuse, and names an unnamed deal', () => {
    expect(exportFileName('a/b:c*?"<>|d', 'csv', '2026-11-27')).toBe('a b c      d 2026-11-27.csv');
    expect(exportFileName('  ', 'svg', '2026-11-27')).toBe('deal 2026-11-27.svg');
    expect(exportFileName('x.powermap', 'powermap', '2026-11-27')).toBe('x.powermap 2026-11-27.powermap');
  });

  it('takes an anonymous export’s name from the anonymous deal name', () => {
    const doc = { ...seed, deal: { ...seed.deal, name: '示例客户 renewal' } };
    const prepared = exportView(doc, choices({ anonymous: true }), 'en');
    expect(exportFileName(prepared.doc.deal.name, 'pdf', '2026-11-27')).toBe('Client renewal 2026-11-27.pdf');
  });

  it('knows its formats', () => {
    expect(isExportFormat('pptx')).toBe(true);
    expect(isExportFormat('docx')).toBe(false);
  });
});

describe('the privacy options in every text format', () => {
  it('CSV: notes and interests only when included', () => {
    const plain = text(seed, 'csv');
    expect(plain.split('\r\n')[0]).not.toContain('Notes');
    expect(plain).not.toContain('信息收集');
    const personal = text(seed, 'csv', { includePersonal: true });
    expect(personal.split('\r\n')[0]).toContain('Notes');
    expect(personal).toContain('信息收集');
  });

  it('CSV: anonymous names people by title, once (not numbered twice)', () => {
    const anonymous = text(seed, 'csv', { anonymous: true });
    for (const name of ['张华', '李建', '王桑']) expect(anonymous).not.toContain(name);
    expect(anonymous).toContain('采购 · 设备科');
  });

  it('.powermap: prepared like every other format, and still a valid document', () => {
    const plain = parseDocumentText(text(seed, 'powermap'));
    expect(plain.ok && plain.document.stakeholders.every((p) => p.notes === '')).toBe(true);
    const personal = parseDocumentText(text(seed, 'powermap', { includePersonal: true }));
    expect(personal.ok && personal.document.stakeholders[0]!.notes).toBe('信息收集');
    const anonymous = text(seed, 'powermap', { anonymous: true });
    expect(parseDocumentText(anonymous).ok).toBe(true);
    for (const name of ['张华', '李建', '王桑', '示例客户']) expect(anonymous).not.toContain(name);
  });

  it('SVG: one card per person, names only in the named variant', () => {
    const named = text(seed, 'svg');
    expect(named.match(/<g class="person"/g)).toHaveLength(4);
    expect(named).toContain('张华');
    expect(text(seed, 'svg', { anonymous: true })).not.toContain('张华');
    expect(svgSize(named).width).toBeGreaterThan(0);
  });
});

describe('the PDF', () => {
  /** A platform that fails the test if a file is saved: the PDF is printed, never saved as bytes. */
  const platform = (desktop: boolean): Platform => ({
    kind: desktop ? 'desktop' : 'browser',
    isMac: false,
    locale: 'en',
    openDocumentFile: () => Promise.resolve(null),
    saveDocumentFile: () => Promise.reject(new Error('no document is saved')),
    saveExportFile: () => Promise.reject(new Error('the PDF is not a file export')),
    ...(desktop ? { printToPdf: () => Promise.resolve(null) } : {}),
    onMenuAction: () => () => {},
    setMenuLanguage: () => {},
    setMenuActions: () => {},
  });

  it.each([false, true])(
    'shows the print view of the document in memory, privacy applied (desktop: %s)',
    async (desktop) => {
      const jobs: PrintJob[] = [];
      const env = {
        platform: platform(desktop),
        lang: 'en' as const,
        today: '2026-11-26',
        showPrintView: (job: PrintJob) => jobs.push(job),
      };
      // An edit not saved anywhere: the sheet shows it all the same.
      const edited = { ...seed, deal: { ...seed.deal, name: 'Edited in memory' } };
      expect(await runExport(edited, choices({ format: 'pdf', anonymous: true }), env)).toBeNull();
      expect(jobs).toHaveLength(1);
      const [job] = jobs;
      expect(job!.dealId).toBe(seed.deal.id);
      expect(job!.savePdf).toBe(desktop);
      expect(job!.view).toEqual(exportView(edited, { includePersonal: false, anonymous: true }, 'en'));
      expect(JSON.stringify(job!.view.doc)).not.toContain('张华');
    },
  );
});

describe('the route', () => {
  it('round-trips the library and a deal through the hash', () => {
    expect(routeHash({ view: 'deal', dealId: 'deal 1/2' })).toBe('#/deal/deal%201%2F2');
    expect(parseRoute(routeHash({ view: 'deal', dealId: 'deal 1/2' }))).toEqual({ view: 'deal', dealId: 'deal 1/2' });
    expect(parseRoute(routeHash({ view: 'library' }))).toEqual({ view: 'library' });
  });

  it('opens the deal from an older print address, which carried the export choices', () => {
    expect(parseRoute('#/deal/abc/print?personal=0&anonymous=1&pdf=1')).toEqual({ view: 'deal', dealId: 'abc' });
    expect(parseRoute('#/deal/abc/print')).toEqual({ view: 'deal', dealId: 'abc' });
    expect(parseRoute('#/deal/abc/other')).toEqual({ view: 'library' });
    expect(parseRoute('#/deal/%E0%A4%A')).toEqual({ view: 'library' });
    expect(parseRoute('#/')).toEqual({ view: 'library' });
  });
});

describe('the printed page’s footer', () => {
  it('turns the page template into CSS counters', () => {
    expect(pageLabelContent('Page {page} of {pages}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageLabelContent('第 {page} 页, 共 {pages} 页')).toBe(
      '"\\7b2c  " counter(page) " \\9875 , \\5171  " counter(pages) " \\9875 "',
    );
  });

  it('escapes every character that could end the string or the rule', () => {
    expect(cssString('a"b\\c}{;\n')).toBe('"a\\22 b\\5c c\\7d \\7b \\3b \\a "');
    expect(pageCss('x', '{page}')).toContain('size: A4 landscape;');
  });
});

describe('the PNG’s scale', () => {
  it('is 2x, unless a huge map would not fit a canvas', () => {
    expect(pngScale(1200, 800)).toBe(2);
    expect(pngScale(12_000, 3_000)).toBeCloseTo(16_384 / 12_000);
    expect(pngScale(12_000, 3_000) * 12_000).toBeLessThanOrEqual(16_384);
  });

  it('reads the drawing’s size from its root element', () => {
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480.5"><g width="1"/></svg>')).toEqual({
      width: 640,
      height: 480.5,
    });
    expect(() => svgSize('<svg></svg>')).toThrow();
  });
});
