/**
 * What the map's legend explains, as data: its sections, each row's words and the sample it
 * shows. The SVG drawing and the deck draw the samples from this with the tokens of
 * shared/mapStyle, so the legend cannot tell a different story from the cards and lines.
 * (The canvas's legend, renderer/canvas/Legend.tsx, draws its samples with the very classes
 * of the cards and lines, and adds the selection and highlight rings of the interactive map.)
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

export type LegendSample =
  | { readonly kind: 'attitude'; readonly attitude: Attitude }
  | { readonly kind: 'closeness'; readonly closeness: Closeness }
  | { readonly kind: 'line'; readonly line: RelationshipKind }
  /** The three strengths of influence side by side. */
  | { readonly kind: 'strengths' }
  /** The influence bar: a judged sample (60%) or the empty bar of "not judged yet". */
  | { readonly kind: 'influence'; readonly judged: boolean }
  | { readonly kind: 'role'; readonly role: BuyingRole; readonly label: string };

export interface LegendRow {
  readonly label: string;
  readonly sample: LegendSample;
}

export interface LegendSection {
  readonly id: 'attitude' | 'closeness' | 'lines' | 'influence' | 'roles';
  readonly heading: string;
  readonly rows: readonly LegendRow[];
}

/** The share a judged influence sample shows. */
export const LEGEND_INFLUENCE_SAMPLE = 0.6;

/** The legend's sections in the language of `t`; `only` keeps those a medium has room for. */
export function legendSections(t: Translator, only?: readonly LegendSection['id'][]): LegendSection[] {
  const sections: LegendSection[] = [
    {
      id: 'attitude',
      heading: t('export.legend.attitude'),
      rows: ATTITUDES.map((attitude) => ({ label: t(`attitude.${attitude}`), sample: { kind: 'attitude', attitude } })),
    },
    {
      id: 'closeness',
      heading: t('export.legend.closeness'),
      rows: [...CLOSENESS]
        .reverse()
        .map((closeness) => ({ label: t(`closeness.${closeness}`), sample: { kind: 'closeness', closeness } })),
    },
    {
      id: 'lines',
      heading: t('export.legend.lines'),
      rows: [
        { label: t('export.legend.reportsTo'), sample: { kind: 'line', line: 'reports-to' } },
        { label: t('export.legend.influences'), sample: { kind: 'line', line: 'influences' } },
        { label: t('export.legend.strength'), sample: { kind: 'strengths' } },
        { label: t('export.legend.ally'), sample: { kind: 'line', line: 'ally' } },
        { label: t('export.legend.conflict'), sample: { kind: 'line', line: 'conflict' } },
      ],
    },
    {
      id: 'influence',
      heading: t('export.legend.influence'),
      rows: [
        { label: t('export.legend.influenceSample'), sample: { kind: 'influence', judged: true } },
        { label: t('export.legend.influenceNone'), sample: { kind: 'influence', judged: false } },
      ],
    },
    {
      id: 'roles',
      heading: t('export.legend.roles'),
      rows: BUYING_ROLES.map((role) => ({
        label: t(`role.${role}`),
        sample: { kind: 'role', role, label: t(`canvas.roleShort.${role}`) },
      })),
    },
  ];
  return only ? sections.filter((section) => only.includes(section.id)) : sections;
}
