/**
 * What every slide builder gets: the document as the export may show it (privacy applied
 * once, in buildDeck), its analysis, the language, and the theme's colours.
 */
import type { Analysis } from '../../analysis/types';
import type { PowermapDocument } from '../../document/schema';
import type { Lang } from '../../i18n/catalogue';
import type { Translator } from '../../i18n/translate';
import { LIGHT_THEME } from '../drawMap';
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

export const THEME = LIGHT_THEME;

/** Severity colours: the attitude palette's red, orange and grey (the app's gap colours). */
export const SEVERITY_COLOR = {
  critical: LIGHT_THEME.attitude.blocker,
  warning: LIGHT_THEME.attitude.opponent,
  info: LIGHT_THEME.attitude.neutral,
} as const;

/** The smallest text the deck writes, in points: below this a projected slide cannot be read. */
export const MIN_FONT = 6;
/** The slide's outer margin, in points. */
export const MARGIN = 36;
