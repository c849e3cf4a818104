/**
 * The deal-review deck: an editable PowerPoint file (PresentationML, written here, zipped
 * with fflate) with a title slide, the map as native shapes and glued connectors, the win
 * likelihood with its explanation, the gaps and actions, and the stakeholder table.
 *
 * Pure and deterministic: no clock, no random ids, no DOM or Node; the same document and
 * options always give the same bytes. It is made from an export view (privacy applied once,
 * by prepareExport), so
 * "personal fields" and "anonymous" mean what they mean in every other export.
 */
import { analyze } from '../../analysis/analyze';
import { translator } from '../../i18n/translate';
import type { ExportView } from '../privacy';
import type { DeckContext } from './context';
import { packageParts } from './package';
import { gapsSlides } from './slides/gapsSlides';
import { likelihoodSlide } from './slides/likelihoodSlide';
import { mapSlide } from './slides/mapSlide';
import { salesSlide } from './slides/salesSlide';
import { tableSlides } from './slides/tableSlides';
import { titleSlide } from './slides/titleSlide';
import { zipParts } from './zip';

export interface DeckOptions {
  /** The analysis date (YYYY-MM-DD), shown on the title slide; without it, staleness is not judged. */
  readonly asOf?: string | null;
}

/** The slides' XML, in order, and the deal's name as the export may show it. */
function slidesOf(view: ExportView, options: DeckOptions): { slides: string[]; title: string; asOf: string | null } {
  const { lang, includePersonal, anonymous } = view.privacy;
  const { doc } = view;
  // An empty date is no date (as in the drawing's title block).
  const asOf = options.asOf === undefined || options.asOf === null || options.asOf.trim() === '' ? null : options.asOf;
  const context: DeckContext = {
    view,
    doc,
    analysis: analyze(doc, { asOf, lang }),
    lang,
    t: translator(lang),
    asOf,
    anonymous,
    includePersonal,
  };
  const slides = [
    titleSlide(context),
    mapSlide(context),
    likelihoodSlide(context),
    ...gapsSlides(context),
    salesSlide(context),
    ...tableSlides(context),
  ];
  return { slides, title: doc.deal.name, asOf };
}

/** The slides' XML, in order (for tests and tools; `buildDeck` zips them with the package's other parts). */
export function deckSlides(view: ExportView, options: DeckOptions = {}): string[] {
  return slidesOf(view, options).slides;
}

/** The deck as the bytes of a .pptx file. */
export function buildDeck(view: ExportView, options: DeckOptions = {}): Uint8Array {
  const { slides, title, asOf } = slidesOf(view, options);
  return zipParts(packageParts(slides, { title, lang: view.privacy.lang, date: asOf }));
}
