/**
 * What every slide builder gets: the document as the export may show it (privacy applied
 * once, in buildDeck), its analysis, the language, and the theme's colours.
 */
import type { Analysis } from '../../analysis/types';
import type { PowermapDocument } from '../../document/schema';
import type { Lang } from '../../i18n/catalogue';
import type { Translator } from '../../i18n/translate';
import { MAP_COLOURS } from '../../mapStyle/tokens';
import type { ExportView } from '../privacy';

export interface DeckContext {
  /** The export view the deck is made from (privacy applied once, by prepareExport). */
  readonly view: ExportView;
  /** The view's document: names and personal fields as the choices allow. */
  readonly doc: PowermapDocument;
  readonly analysis: Analysis;
  readonly lang: Lang;
  readonly t: Translator;
  readonly asOf: string | null;
  readonly anonymous: boolean;
  readonly includePersonal: boolean;
}

/** The light theme's colours (shared/mapStyle): the deck is drawn light, as the other exports. */
export const THEME = MAP_COLOURS.light;

/** Severity colours: the app's gap colours (the analysis panel's critical, warning, info). */
export const SEVERITY_COLOR = THEME.severity;

/** The smallest text the deck writes, in points: below this a projected slide cannot be read. */
export const MIN_FONT = 6;
/** The slide's outer margin, in points. */
export const MARGIN = 36;
