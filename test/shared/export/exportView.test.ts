/**
 * Privacy runs exactly once: every exporter takes an ExportView, which only prepareExport
 * makes. The @ts-expect-error lines are the test that matters: `npm run typecheck` fails if
 * any exporter ever accepts a raw document again (the directive would then be unused).
 */
import { describe, expect, it } from 'vitest';
import type { PowermapDocument } from '../../../shared/document';
import {
  drawMap,
  drawMapSvg,
  pipelineOfViews,
  pipelineToCsv,
  prepareExport,
  reviewPack,
  reviewSheet,
  stakeholderTable,
  stakeholdersToCsv,
  type ExportView,
} from '../../../shared/export';
import { buildDeck, deckSlides } from '../../../shared/export/deck';
import { seed } from './documents';

/** Calls every exporter with a raw document; never run, only type-checked. */
export function rawDocumentsAreRefused(doc: PowermapDocument): void {
  // @ts-expect-error a raw document is not an export view
  drawMap(doc);
  // @ts-expect-error a raw document is not an export view
  drawMapSvg(doc);
  // @ts-expect-error a raw document is not an export view
  reviewSheet(doc);
  // @ts-expect-error a raw document is not an export view
  stakeholderTable(doc);
  // @ts-expect-error a raw document is not an export view
  stakeholdersToCsv(doc);
  // @ts-expect-error a raw document is not an export view
  buildDeck(doc);
  // @ts-expect-error a raw document is not an export view
  deckSlides(doc);
  const pipeline = { asOf: '2026-11-26', since: null, lang: 'en' } as const;
  // @ts-expect-error raw documents are not export views, for the exports of many deals either
  pipelineOfViews([doc], pipeline);
  // @ts-expect-error raw documents are not export views
  pipelineToCsv([doc], pipeline);
  // @ts-expect-error raw documents are not export views
  reviewPack([doc], pipeline);
  // @ts-expect-error an object that looks like a view is not one: only prepareExport makes it
  const forged: ExportView = { doc, privacy: { lang: 'en', includePersonal: true, anonymous: false } };
  void forged;
}

describe('the export view', () => {
  it('is made once, and exporting it again does not number the placeholders anew', () => {
    const view = prepareExport(seed(), { lang: 'en', includePersonal: false, anonymous: true });
    const names = view.doc.stakeholders.map((person) => person.name);
    // The sheet's table and its map are both drawn from the same view: the same placeholders.
    const sheet = reviewSheet(view, { asOf: '2026-11-26' });
    expect(sheet.table.rows.map((row) => row[0])).toEqual(names);
    for (const name of names) expect(sheet.map.svg).toContain(name.replace(/&/g, '&amp;'));
    expect(stakeholderTable(view).rows.map((row) => row[0])).toEqual(names);
  });

  it('carries the choices it was made with', () => {
    const view = prepareExport(seed(), { lang: 'zh-CN', includePersonal: true, anonymous: false });
    expect(view.privacy).toEqual({ lang: 'zh-CN', includePersonal: true, anonymous: false });
    expect(stakeholderTable(view).columns).toContain('notes');
  });
});
