import type { TeamMember } from '../../../shared/document';
import { useLang } from '../../i18n/LangContext';
import { SelectField, type Option } from '../fields/SelectField';

const NONE = 'none';
const memberValue = (id: string) => `member:${id}`;

/**
 * Who on our team owns the relationship: a member or nobody. `value` undefined means the
 * selected people differ. An owner no longer on the team is shown as such, not hidden.
 */
export function OwnerField({
  team,
  value,
  onChange,
}: {
  team: readonly TeamMember[];
  value: string | null | undefined;
  onChange: (ownerId: string | null) => void;
}) {
  const { t } = useLang();
  const options: Option<string>[] = [
    { value: NONE, label: t('panels.person.ownerNone') },
    ...team.map((member) => ({ value: memberValue(member.id), label: member.name.trim() || t('panels.team.unnamed') })),
  ];
  if (typeof value === 'string' && !team.some((member) => member.id === value)) {
    options.push({ value: memberValue(value), label: t('panels.person.ownerMissing') });
  }
  const selected = value === undefined ? null : value === null ? NONE : memberValue(value);
  return (
    <SelectField
      label={t('panels.person.owner')}
      value={selected}
      options={options}
      onChange={(chosen) => onChange(chosen === NONE ? null : chosen.slice('member:'.length))}
    />
  );
}
