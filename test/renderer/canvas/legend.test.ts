/**
 * The canvas legend lists exactly the legend model's entries (shared/mapLayout/legend.ts), in
 * its order and words, in both languages: the canvas, the SVG drawing and the deck draw one
 * legend. Rendered to static markup, the way the browser receives it.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LANGS, translator, type Lang } from '../../../shared/i18n';
import { LEGEND_SECTIONS, legendSections } from '../../../shared/mapLayout/legend';
import { Legend, sampleKey } from '../../../renderer/canvas/Legend';
import { LangProvider } from '../../../renderer/i18n/LangContext';

/** React escapes text; the catalogue's words hold only these of the escaped characters. */
const unescape = (html: string) =>
  html
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'");

interface Shown {
  readonly section: string;
  readonly heading: string;
  readonly rows: readonly { readonly sample: string; readonly label: string }[];
}

/** The legend as the browser receives it, closed, in `lang`. */
const markup = (lang: Lang) =>
  renderToStaticMarkup(createElement(LangProvider, { lang, children: createElement(Legend) }));

/** The sections the legend's markup shows: each one's id, heading, and rows' samples and labels. */
function shownSections(lang: Lang): Shown[] {
  const html = markup(lang);
  return [...html.matchAll(/<section data-section="([^"]+)"><h3>([^<]*)<\/h3><ul>(.*?)<\/ul><\/section>/g)].map(
    ([, section, heading, list]) => ({
      section: section!,
      heading: unescape(heading!),
      rows: [
        ...list!.matchAll(/<li data-sample="([^"]+)">.*?<span class="pm-legend__label">([^<]*)<\/span><\/li>/g),
      ].map(([, sample, label]) => ({ sample: sample!, label: unescape(label!) })),
    }),
  );
}

describe('the canvas legend', () => {
  it.each(LANGS)('lists exactly the legend model’s sections and rows (%s)', (lang) => {
    const model = legendSections(translator(lang), 'canvas').map((section) => ({
      section: section.id,
      heading: section.heading,
      rows: section.rows.map((row) => ({ sample: sampleKey(row.sample), label: row.label })),
    }));
    const shown = shownSections(lang);
    expect(shown.map((section) => section.section)).toEqual(LEGEND_SECTIONS.canvas);
    expect(shown).toEqual(model);
  });

  it('shows every section an export shows, and the rings besides', () => {
    for (const id of [...LEGEND_SECTIONS.drawing, ...LEGEND_SECTIONS.deck])
      expect(LEGEND_SECTIONS.canvas).toContain(id);
    expect(LEGEND_SECTIONS.canvas).toContain('rings');
    expect(LEGEND_SECTIONS.drawing).not.toContain('rings');
    expect(LEGEND_SECTIONS.deck).not.toContain('rings');
  });

  it('is a closed disclosure at first: a button with aria-expanded, the body hidden', () => {
    const html = markup('zh-CN');
    expect(html).toMatch(
      /<button type="button" class="pm-legend__toggle" aria-expanded="false" aria-controls="([^"]+)">.*图例<\/button><div class="pm-legend__body" id="\1" hidden="">/,
    );
  });
});
