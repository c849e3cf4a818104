/** A card's third row: the role badges, the decision-maker's filled; "+N" for those with no room. */
import type { Stakeholder } from '../document/schema';
import type { Translator } from '../i18n/translate';
import { CARD, TYPE } from '../mapStyle/tokens';
import { estimateWidth } from '../text/textWidth';
import { bordered, centredIn, run } from './cardRun';
import type { CardLayout, RoleBadge } from './cardTypes';

/** The badges from `left`, as many as fit before `right`. */
export function roleRow(
  person: Stakeholder,
  left: number,
  right: number,
  t: Translator,
): Pick<CardLayout, 'roles' | 'moreRoles'> {
  const roleStyle = TYPE.role;
  const badgeHeight = bordered(roleStyle, CARD.badge.border);
  const badgeTop = centredIn(CARD.rows.roles, badgeHeight);
  const labelTop = badgeTop + CARD.badge.border;
  const roles: RoleBadge[] = [];
  let x = left;
  for (let i = 0; i < person.roles.length; i++) {
    const role = person.roles[i]!;
    const label = t(`canvas.roleShort.${role}`);
    const badgeWidth = estimateWidth(label, roleStyle.size) + 2 * (CARD.badge.padX + CARD.badge.border);
    if (x + badgeWidth > right) {
      const more = `+${person.roles.length - i}`;
      const box = { x, y: labelTop, width: right - x, height: roleStyle.lineHeight };
      return { roles, moreRoles: run(more, box, roleStyle, { muted: true }) };
    }
    const labelBox = { x, y: labelTop, width: badgeWidth, height: roleStyle.lineHeight };
    roles.push({
      role,
      box: { x, y: badgeTop, width: badgeWidth, height: badgeHeight },
      filled: role === 'decision-maker',
      label: run(label, labelBox, roleStyle, { align: 'middle' }),
    });
    x += badgeWidth + CARD.badge.gap;
  }
  return { roles, moreRoles: null };
}
