/**
 * Where everything on a person's card goes: the layout model the canvas, the SVG drawing
 * and the deck share. Pure: a person, the owner and the words in, boxes and texts out, in
 * map units from the card's top-left corner. The SVG writer draws each box and text where
 * it says; the deck makes a shape of each; the canvas places its four rows at the same
 * tops (the CSS custom properties of shared/mapStyle) and lets the browser lay out each row
 * the same way (flex rows, the attitude word at the right, the owner at the right of the foot).
 *
 * Texts are truncated with an ellipsis to their room by the conservative width estimate of
 * textWidth.ts (exports have no fonts to measure); the canvas truncates with CSS instead.
 */
import type { PowermapDocument, Stakeholder } from '../document/schema';
import type { BuyingRole } from '../document/vocabulary';
import { ownerOf, subtitleOf, type CardOwner } from './cardText';
import { estimateWidth, truncateToWidth } from '../text/textWidth';
import type { Translator } from '../i18n/translate';
import { CARD, TYPE, type Row, type TextStyle } from '../mapStyle/tokens';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A line of text: what is shown (already truncated), its box (height: the line height) and style. */
export interface TextRun {
  readonly text: string;
  readonly box: Box;
  readonly style: TextStyle;
  readonly align: 'start' | 'middle' | 'end';
  readonly italic: boolean;
  /** Drawn in the muted text colour. */
  readonly muted: boolean;
}

export interface RoleBadge {
  readonly role: BuyingRole;
  readonly box: Box;
  readonly label: TextRun;
  /** The decision-maker's badge is filled dark. */
  readonly filled: boolean;
}

export interface CardLayout {
  readonly width: number;
  readonly height: number;
  readonly name: TextRun;
  /** The attitude word in a pill at the right of the first row. */
  readonly attitude: { readonly box: Box; readonly label: TextRun };
  /** Title · department; null when empty or when the name already says it (the anonymous variant). */
  readonly subtitle: TextRun | null;
  readonly roles: readonly RoleBadge[];
  /** "+N" when the badges do not all fit. */
  readonly moreRoles: TextRun | null;
  /** The influence bar: its box, the filled share (0..1, in steps of 5%), or null when not judged (a dashed empty bar). */
  readonly influence: { readonly bar: Box; readonly share: number | null; readonly label: TextRun };
  /** The owner's initials badge and name; `none` when nobody on our team covers the person. */
  readonly owner: { readonly badge: Box; readonly initials: TextRun; readonly name: TextRun; readonly none: boolean };
}

/** Height of a bordered box round a line of text. */
const bordered = (style: TextStyle, border: number) => style.lineHeight + 2 * border;
/** A box of `height`, centred in the row (the canvas's rows align their items at the centre). */
const centredIn = (row: Row, height: number) => row.top + (row.height - height) / 2;

function run(
  text: string,
  box: Box,
  style: TextStyle,
  options: Partial<Pick<TextRun, 'align' | 'italic' | 'muted'>> = {},
): TextRun {
  return {
    text,
    box,
    style,
    align: options.align ?? 'start',
    italic: options.italic ?? false,
    muted: options.muted ?? false,
  };
}

/** The influence bar's filled share: steps of 5%, as the canvas draws it (its classes pm-w0 … pm-w20). */
export function influenceShare(influence: number): number {
  return Math.max(0, Math.min(20, Math.round(influence / 5))) / 20;
}

/** A number as a card shows it: at most two decimals. */
const figure = (value: number) => String(Math.round(value * 100) / 100);

/** Whether the subtitle is shown: not when empty, nor when the name already says it (the anonymous variant). */
export function showsSubtitle(person: Stakeholder): boolean {
  const subtitle = subtitleOf(person);
  return subtitle !== '' && person.name !== subtitle && !person.name.startsWith(`${subtitle} (`);
}

/** The card of `person` (see the module comment). */
export function cardLayout(person: Stakeholder, owner: CardOwner | null, t: Translator): CardLayout {
  const { width, height, padX, rows } = CARD;
  const left = padX;
  const right = width - padX;

  // First row: the attitude word in a pill at the right, the name in the room before it.
  const attitudeStyle = TYPE.attitude;
  const word = truncateToWidth(t(`attitude.${person.attitude}`), width / 2 - 2 * CARD.pill.padX, attitudeStyle.size);
  const pillWidth = estimateWidth(word, attitudeStyle.size) + 2 * (CARD.pill.padX + CARD.pill.border);
  const pillHeight = bordered(attitudeStyle, CARD.pill.border);
  const pill: Box = { x: right - pillWidth, y: centredIn(rows.head, pillHeight), width: pillWidth, height: pillHeight };
  const attitude = {
    box: pill,
    label: run(
      word,
      { x: pill.x, y: pill.y + CARD.pill.border, width: pill.width, height: attitudeStyle.lineHeight },
      attitudeStyle,
      { align: 'middle' },
    ),
  };
  const nameStyle = TYPE.name;
  const nameRoom = pill.x - CARD.gap - left;
  const name = run(
    truncateToWidth(person.name, nameRoom, nameStyle.size, true),
    { x: left, y: centredIn(rows.head, nameStyle.lineHeight), width: nameRoom, height: nameStyle.lineHeight },
    nameStyle,
  );

  // Second row: title · department.
  const subStyle = TYPE.subtitle;
  const subtitle = showsSubtitle(person)
    ? run(
        truncateToWidth(subtitleOf(person), right - left, subStyle.size),
        { x: left, y: centredIn(rows.sub, subStyle.lineHeight), width: right - left, height: subStyle.lineHeight },
        subStyle,
        { muted: true },
      )
    : null;

  // Third row: the role badges, the decision-maker's filled; "+N" for those with no room.
  const roleStyle = TYPE.role;
  const badgeHeight = bordered(roleStyle, CARD.badge.border);
  const badgeTop = centredIn(rows.roles, badgeHeight);
  const roles: RoleBadge[] = [];
  let moreRoles: TextRun | null = null;
  let x = left;
  for (let i = 0; i < person.roles.length; i++) {
    const role = person.roles[i]!;
    const label = t(`canvas.roleShort.${role}`);
    const badgeWidth = estimateWidth(label, roleStyle.size) + 2 * (CARD.badge.padX + CARD.badge.border);
    if (x + badgeWidth > right) {
      moreRoles = run(
        `+${person.roles.length - i}`,
        { x, y: badgeTop + CARD.badge.border, width: right - x, height: roleStyle.lineHeight },
        roleStyle,
        { muted: true },
      );
      break;
    }
    const box = { x, y: badgeTop, width: badgeWidth, height: badgeHeight };
    roles.push({
      role,
      box,
      filled: role === 'decision-maker',
      label: run(
        label,
        { x, y: badgeTop + CARD.badge.border, width: badgeWidth, height: roleStyle.lineHeight },
        roleStyle,
        {
          align: 'middle',
        },
      ),
    });
    x += badgeWidth + CARD.badge.gap;
  }

  // Foot: the influence bar and its figure at the left, the owner at the right.
  const foot = rows.foot;
  const footStyle = TYPE.foot;
  const { influence: bar } = CARD;
  const barBox: Box = { x: left, y: centredIn(foot, bar.height), width: bar.width, height: bar.height };
  const judged = person.influence !== null;
  const influenceText = judged ? `${figure(person.influence!)}%` : t('canvas.influence.none');
  const influenceX = left + bar.width + bar.gap;
  const influenceWidth = estimateWidth(influenceText, footStyle.size);
  const influence = {
    bar: barBox,
    share: judged ? influenceShare(person.influence!) : null,
    label: run(
      influenceText,
      { x: influenceX, y: centredIn(foot, footStyle.lineHeight), width: influenceWidth, height: footStyle.lineHeight },
      footStyle,
      { italic: !judged, muted: !judged },
    ),
  };

  const none = owner === null;
  const badgeStyle = TYPE.ownerBadge;
  const initials = none ? '?' : owner.initials;
  const ownerBadgeWidth = Math.max(
    CARD.owner.minWidth,
    estimateWidth(initials, badgeStyle.size, true) + 2 * CARD.owner.padX,
  );
  const ownerName = none ? t('canvas.owner.none') : owner.name;
  const ownerRoom = right - (influenceX + influenceWidth + 4) - ownerBadgeWidth - CARD.owner.gap;
  const shownOwner = truncateToWidth(ownerName, Math.max(ownerRoom, 12), footStyle.size);
  const ownerWidth = estimateWidth(shownOwner, footStyle.size);
  const badgeX = right - ownerWidth - CARD.owner.gap - ownerBadgeWidth;
  const badge: Box = {
    x: badgeX,
    y: centredIn(foot, CARD.owner.height),
    width: ownerBadgeWidth,
    height: CARD.owner.height,
  };
  return {
    width,
    height,
    name,
    attitude,
    subtitle,
    roles,
    moreRoles,
    influence,
    owner: {
      badge,
      none,
      initials: run(initials, badge, badgeStyle, { align: 'middle', muted: none }),
      name: run(
        shownOwner,
        {
          x: badgeX + ownerBadgeWidth + CARD.owner.gap,
          y: centredIn(foot, footStyle.lineHeight),
          width: ownerWidth,
          height: footStyle.lineHeight,
        },
        footStyle,
        { italic: none, muted: none },
      ),
    },
  };
}

/** The card of `person` on `doc`'s map, its owner looked up. */
export function cardLayoutOf(doc: PowermapDocument, person: Stakeholder, t: Translator): CardLayout {
  return cardLayout(person, ownerOf(doc, person, t), t);
}

/**
 * Where a text's baseline lies in its box: the line box centred as CSS centres it, the
 * baseline at the font's ascent below the content area's top (Noto Sans CJK: 0.88 em).
 */
export function baselineOf(run: TextRun): number {
  return run.box.y + (run.box.height - run.style.size) / 2 + 0.88 * run.style.size;
}
