import { useId, useMemo } from 'react';
import type { PowermapDocument, Stakeholder } from '../../../shared/document';
import { computeWeights, sharePercent, wordWeights } from '../../../shared/analysis';
import { updatePeople, type PersonPatch } from '../../editor/commands/people';
import type { EditorStore } from '../../editor/store';
import { useLang } from '../../i18n/LangContext';
import { CheckboxGroup } from '../fields/CheckboxGroup';
import { DateField } from '../fields/DateField';
import { DraftField } from '../fields/DraftField';
import { KeyHints } from '../fields/KeyHints';
import { SelectField } from '../fields/SelectField';
import { useVocabulary } from '../hooks/useVocabulary';
import { formatNumber, parseAnyText, parseInfluence, parseRequiredText } from '../logic/parse';
import { attitudeKeys, closenessKeys } from '../logic/quickKeys';
import { OwnerField } from './OwnerField';

const text = (value: string) => value;
type InterestPart = 'organizational' | 'position' | 'personal';
const ATTITUDE_KEYS = attitudeKeys();
const CLOSENESS_KEYS = closenessKeys();

/** Every field of one person. Each change is one updatePeople, merged per field for undo. */
export function PersonInspector({
  store,
  doc,
  person,
  onDelete,
}: {
  store: EditorStore;
  doc: PowermapDocument;
  person: Stakeholder;
  /** Deletes this person, as Person › Delete person does. */
  onDelete?: (() => void) | undefined;
}) {
  const { t, lang } = useLang();
  const vocabulary = useVocabulary();
  const id = person.id;
  const headingId = useId();
  const set = (field: string, patch: PersonPatch) =>
    store.apply(updatePeople([id], patch), { mergeKey: `person:${id}:${field}` });

  const index = doc.stakeholders.indexOf(person);
  const weights = useMemo(
    () => computeWeights(doc.stakeholders, doc.deal.purchaseStage),
    [doc.stakeholders, doc.deal.purchaseStage],
  );
  const share = sharePercent(weights.shares[index] ?? 0);
  const stake = sharePercent(weights.stakes[index] ?? 0);
  const how = wordWeights(weights, lang);

  const interest = (part: InterestPart) => (
    <DraftField
      label={t(`panels.person.interests.${part}`)}
      value={person.interests[part]}
      format={text}
      parse={parseAnyText}
      multiline
      apply={(value) => set(`interests.${part}`, { interests: { ...person.interests, [part]: value } })}
    />
  );

  return (
    <section className="pn-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="pn-heading">
        {t('panels.inspector.person')}
      </h2>
      <DraftField
        label={t('panels.person.name')}
        value={person.name}
        format={text}
        parse={parseRequiredText}
        required
        apply={(name) => set('name', { name })}
      />
      <DraftField
        label={t('panels.person.title')}
        value={person.title}
        format={text}
        parse={parseAnyText}
        apply={(title) => set('title', { title })}
      />
      <DraftField
        label={t('panels.person.department')}
        value={person.department}
        format={text}
        parse={parseAnyText}
        apply={(department) => set('department', { department })}
      />
      <SelectField
        label={t('panels.person.function')}
        value={person.function}
        options={vocabulary.functions}
        onChange={(value) => set('function', { function: value })}
      />
      <SelectField
        label={t('panels.person.level')}
        value={person.level}
        options={vocabulary.levels}
        onChange={(level) => set('level', { level })}
      />
      <CheckboxGroup
        legend={t('panels.person.roles')}
        values={person.roles}
        options={vocabulary.roles}
        onChange={(roles) => set('roles', { roles })}
      />
      <SelectField
        label={t('panels.person.attitude')}
        value={person.attitude}
        options={vocabulary.attitudes}
        onChange={(attitude) => set('attitude', { attitude })}
        hint={<KeyHints keys={ATTITUDE_KEYS} label={(value) => t(`attitude.${value}`)} />}
      />
      <SelectField
        label={t('panels.person.closeness')}
        value={person.closeness}
        options={vocabulary.closeness}
        onChange={(closeness) => set('closeness', { closeness })}
        hint={<KeyHints keys={CLOSENESS_KEYS} label={(value) => t(`closeness.${value}`)} />}
      />
      <SelectField
        label={t('panels.person.stage')}
        value={person.stage}
        options={vocabulary.stages}
        onChange={(stage) => set('stage', { stage })}
      />
      <DraftField
        label={t('panels.person.influence')}
        value={person.influence}
        format={formatNumber}
        parse={parseInfluence}
        inputMode="decimal"
        placeholder={t('panels.person.influenceNotJudged')}
        apply={(influence) => set('influence', { influence })}
        hint={
          person.influence === null
            ? t('panels.person.influenceDefault', { stake, share, how })
            : t('panels.person.influenceShare', { entered: person.influence, share, how })
        }
        after={
          <button
            type="button"
            className="pn-button pn-button--quiet"
            disabled={person.influence === null}
            onClick={() => set('influence', { influence: null })}
          >
            {t('panels.person.influenceClear')}
          </button>
        }
      />
      <SelectField
        label={t('panels.person.style')}
        value={person.style}
        options={vocabulary.styles}
        onChange={(style) => set('style', { style })}
      />
      <OwnerField team={doc.team} value={person.ownerId} onChange={(ownerId) => set('ownerId', { ownerId })} />
      <DateField
        label={t('panels.person.lastContact')}
        value={person.lastContact}
        apply={(lastContact) => set('lastContact', { lastContact })}
      />
      <fieldset className="pn-group">
        <legend className="pn-field__label">{t('panels.person.interests')}</legend>
        {interest('organizational')}
        {interest('position')}
        {interest('personal')}
      </fieldset>
      <DraftField
        label={t('panels.person.notes')}
        value={person.notes}
        format={text}
        parse={parseAnyText}
        multiline
        apply={(notes) => set('notes', { notes })}
        hint={t('panels.person.privateHint')}
      />
      {onDelete && (
        <button type="button" className="pn-button pn-button--danger" onClick={onDelete}>
          {t('action.person.delete')}
        </button>
      )}
    </section>
  );
}
