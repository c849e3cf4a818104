/**
 * The review pack's print view holds many sheets on one page: every id in it is unique (the
 * contents link to them, headings label their sections), and every aria-labelledby names an
 * id that is there. Rendered to static markup, the page the browser receives, for two deals
 * that both have a position against the best supplier (the section whose id once repeated).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { prepareExport } from '../../../shared/export/privacy';
import { reviewPack } from '../../../shared/export/reviewPack';
import { LANGS, type Lang } from '../../../shared/i18n';
import { PackPrintView } from '../../../renderer/export/PackPrintView';
import { LangProvider } from '../../../renderer/i18n/LangContext';
import type { Platform } from '../../../renderer/platform/platform';
import { ServicesProvider, type Services } from '../../../renderer/services/services';
import { ToastStore } from '../../../renderer/ui/toasts';
import { greenDeal, parsedDeal } from '../../support/pipelineDeals';

/** A deal scored against a best supplier, so its sheet has the position section. */
const scoredDeal = (id: string) =>
  greenDeal(id, {
    competitors: ['Acme'],
    standing: { bestSupplier: 'Acme', scores: { brand: { ours: 6, best: 8 }, price: { ours: 7, best: 5 } } },
  });

/** The print view of a two-deal pack, as markup. The print job reads only the platform and the toasts. */
function twoDealPack(lang: Lang): string {
  const views = ['d-1', 'd-2'].map((id) =>
    prepareExport(parsedDeal(scoredDeal(id)), { lang, includePersonal: false, anonymous: false }),
  );
  const pack = reviewPack(views, { asOf: '2026-11-26', lang });
  expect(pack.deals.every(({ sheet }) => sheet.position)).toBe(true);
  // The browser's platform has no printToPdf; nothing else of the services is read while drawing.
  const platform: Pick<Platform, 'printToPdf'> = {};
  const services = { platform, toasts: new ToastStore() } as Pick<Services, 'platform' | 'toasts'> as Services;
  const view = createElement(PackPrintView, { pack, fileName: 'Review pack.pdf', onBack: () => {} });
  return renderToStaticMarkup(
    createElement(LangProvider, {
      lang,
      children: createElement(ServicesProvider, { value: services, children: view }),
    }),
  );
}

const attributeValues = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((match) => match[1]!);

describe.each(LANGS)('the review pack of two deals, in %s', (lang) => {
  const html = twoDealPack(lang);
  const ids = attributeValues(html, 'id');

  it('has no id twice', () => {
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
    // Both deals' position sections are there, each with its own id.
    expect(ids.filter((id) => id.endsWith('-position'))).toHaveLength(2);
  });

  it('labels every section by an id that is on the page', () => {
    const labels = attributeValues(html, 'aria-labelledby');
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((label) => !ids.includes(label))).toEqual([]);
  });
});
