/**
 * What the map's legend explains, as data: its sections, each row's words and the sample it
 * shows. The canvas (renderer/canvas/Legend.tsx), the SVG drawing and the deck each draw the
 * samples from this, with the classes or tokens of shared/mapStyle, so the three legends
 * cannot tell different stories, nor a different story from the cards and lines.
 *
 * Which sections a medium shows is decided here too (LEGEND_SECTIONS), with the reason.
 */
import {
  ATTITUDES,
  BUYING_ROLES,
  CLOSENESS,
  type Attitude,
  type BuyingRole,
  type Closeness,
  type RelationshipKind,
} from '../document/vocabulary';
import type { Translator } from '../i18n/translate';

/** The rings the interactive map draws round a card. */
export type LegendRing = 'selected' | 'highlighted';

export type LegendSample =
  | { readonly kind: 'attitude'; readonly attitude: Attitude }
  | { readonly kind: 'closeness'; readonly closeness: Closeness }
  | { readonly kind: 'line'; readonly line: RelationshipKind }
  /** The three strengths of influence side by side, thin to thick. */
  | { readonly kind: 'strengths' }
  /** The influence bar: a judged sample (60%) or the empty bar of "not judged yet". */
  | { readonly kind: 'influence'; readonly judged: boolean }
  | { readonly kind: 'role'; readonly role: BuyingRole; readonly label: string }
  | { readonly kind: 'ring'; readonly ring: LegendRing };

export interface LegendRow {
  readonly label: string;
  readonly sample: LegendSample;
}

export type LegendSectionId = 'attitude' | 'closeness' | 'lines' | 'influence' | 'roles' | 'rings';

export interface LegendSection {
  readonly id: LegendSectionId;
  readonly heading: string;
  readonly rows: readonly LegendRow[];
}

/** Where a legend is drawn. */
export type LegendMedium = 'canvas' | 'drawing' | 'deck';

/**
 * The sections each medium shows, in order. Every medium explains what its cards and lines
 * show, and nothing they do not:
 * - the rings (selected, highlighted by a gap) only exist on the interactive canvas: an
 *   export has no selection and draws no gap highlight;
 * - the deck leaves the influence section out for room on the slide: its cards show the bar
 *   with its figure beside it, which reads without a key.
 */
export const LEGEND_SECTIONS: Readonly<Record<LegendMedium, readonly LegendSectionId[]>> = {
  canvas: ['attitude', 'closeness', 'lines', 'influence', 'roles', 'rings'],
  drawing: ['attitude', 'closeness', 'lines', 'influence', 'roles'],
  deck: ['attitude', 'closeness', 'lines', 'roles'],
};

/** The share a judged influence sample shows. */
export const LEGEND_INFLUENCE_SAMPLE = 0.6;

/** One section's heading and rows in the language of `t`. */
function section(id: LegendSectionId, t: Translator): LegendSection {
  switch (id) {
    case 'attitude':
      return {
        id,
        heading: t('legend.attitude'),
        rows: ATTITUDES.map((attitude) => ({
          label: t(`attitude.${attitude}`),
          sample: { kind: 'attitude', attitude },
        })),
      };
    case 'closeness':
      return {
        id,
        heading: t('legend.closeness'),
        rows: [...CLOSENESS]
          .reverse()
          .map((closeness) => ({ label: t(`closeness.${closeness}`), sample: { kind: 'closeness', closeness } })),
      };
    case 'lines':
      return {
        id,
        heading: t('legend.lines'),
        rows: [
          { label: t('legend.reportsTo'), sample: { kind: 'line', line: 'reports-to' } },
          { label: t('legend.influences'), sample: { kind: 'line', line: 'influences' } },
          { label: t('legend.strength'), sample: { kind: 'strengths' } },
          { label: t('legend.ally'), sample: { kind: 'line', line: 'ally' } },
          { label: t('legend.conflict'), sample: { kind: 'line', line: 'conflict' } },
        ],
      };
    case 'influence':
      return {
        id,
        heading: t('legend.influence'),
        rows: [
          { label: t('legend.influenceSample'), sample: { kind: 'influence', judged: true } },
          { label: t('legend.influenceNone'), sample: { kind: 'influence', judged: false } },
        ],
      };
    case 'roles':
      return {
        id,
        heading: t('legend.roles'),
        rows: BUYING_ROLES.map((role) => ({
          label: t(`role.${role}`),
          sample: { kind: 'role', role, label: t(`canvas.roleShort.${role}`) },
        })),
      };
    case 'rings':
      return {
        id,
        heading: t('legend.rings'),
        rows: [
          { label: t('legend.selected'), sample: { kind: 'ring', ring: 'selected' } },
          { label: t('legend.highlighted'), sample: { kind: 'ring', ring: 'highlighted' } },
        ],
      };
  }
}

/** The legend's sections for `medium`, in the language of `t`. */
export function legendSections(t: Translator, medium: LegendMedium): LegendSection[] {
  return LEGEND_SECTIONS[medium].map((id) => section(id, t));
}
