import { useMemo } from 'react';
import { computeWeights, sharePercent, wordWeights } from '../../../shared/analysis';
import type { PowermapDocument, Stakeholder } from '../../../shared/document';
import { useLang } from '../../i18n/LangContext';
import { DraftField } from '../fields/DraftField';
import { formatNumber, parseInfluence } from '../logic/parse';
import type { SetPersonField } from './personField';

/**
 * The person's influence as entered, or not judged; the hint says their share of the decision
 * either way (and the stake it is reckoned from when not judged).
 */
export function InfluenceField({
  doc,
  person,
  set,
}: {
  doc: PowermapDocument;
  person: Stakeholder;
  set: SetPersonField;
}) {
  const { t, lang } = useLang();
  const index = doc.stakeholders.indexOf(person);
  const weights = useMemo(
    () => computeWeights(doc.stakeholders, doc.deal.purchaseStage),
    [doc.stakeholders, doc.deal.purchaseStage],
  );
  const share = sharePercent(weights.shares[index] ?? 0);
  const stake = sharePercent(weights.stakes[index] ?? 0);
  const how = wordWeights(weights, lang);
  return (
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
  );
}
