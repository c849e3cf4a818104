import { suggestedDecisionRelationship } from '../../../shared/analysis';
import {
  SUPPLIER_CRITERIA,
  type Deal,
  type PositionScore,
  type Stakeholder,
  type SupplierCriterion,
} from '../../../shared/document';
import type { DealPatch } from '../../editor/commands/deal';
import { useLang } from '../../i18n/LangContext';
import { DraftField } from '../fields/DraftField';
import { SelectField } from '../fields/SelectField';
import { formatNumber, parseScore } from '../logic/parse';

/** The select's value for no best supplier. */
const NONE = 'none';

type Standing = Deal['standing'];
/** Writes a change of the deal; `field` names it, so that typing in one field is one undo step. */
type SetDeal = (field: string, patch: DealPatch) => void;

/** The scores of a criterion after one of them changes; a criterion with neither score is dropped. */
export function withScore(
  scores: Standing['scores'],
  criterion: SupplierCriterion,
  patch: Partial<Pick<PositionScore, 'ours' | 'best'>>,
): Standing['scores'] {
  const next: PositionScore = { ours: null, best: null, ...scores[criterion], ...patch };
  const out = { ...scores };
  if (next.ours === null && next.best === null) delete out[criterion];
  else out[criterion] = next;
  return out;
}

/**
 * Our position against the best supplier (客户选择供应商的要素): who the best supplier is (a
 * competitor of the deal) and, for each criterion, our score and theirs.
 */
export function SupplierPositionFields({
  legendId,
  standing,
  competitors,
  people,
  set,
}: {
  legendId: string;
  standing: Standing;
  competitors: Deal['competitors'];
  people: readonly Stakeholder[];
  set: SetDeal;
}) {
  const { t } = useLang();
  const suppliers = [
    ...new Set([
      ...competitors.filter((c) => c.trim() !== ''),
      ...(standing.bestSupplier ? [standing.bestSupplier] : []),
    ]),
  ];
  const suggested = suggestedDecisionRelationship(people);
  const setScores = (criterion: SupplierCriterion, which: 'ours' | 'best', value: number | null) =>
    set(`standing.${criterion}.${which}`, {
      standing: { ...standing, scores: withScore(standing.scores, criterion, { [which]: value }) },
    });

  return (
    <fieldset className="pn-group pn-position" aria-labelledby={legendId}>
      <legend id={legendId} className="pn-field__label">
        {t('dealInspector.position')}
      </legend>
      <SelectField
        label={t('dealInspector.bestSupplier')}
        value={standing.bestSupplier ?? NONE}
        options={[
          { value: NONE, label: t('dealInspector.bestSupplierNone') },
          ...suppliers.map((name) => ({ value: name, label: name })),
        ]}
        onChange={(value) =>
          set('standing.bestSupplier', { standing: { ...standing, bestSupplier: value === NONE ? null : value } })
        }
      />
      {SUPPLIER_CRITERIA.map((criterion) => (
        <CriterionScores
          key={criterion}
          criterion={criterion}
          entry={standing.scores[criterion]}
          suggested={criterion === 'decisionRelationship' ? suggested : null}
          setScores={setScores}
        />
      ))}
    </fieldset>
  );
}

/** One criterion's two scores, ours and the best supplier's; ours may show the score the map suggests. */
function CriterionScores({
  criterion,
  entry,
  suggested,
  setScores,
}: {
  criterion: SupplierCriterion;
  entry: PositionScore | undefined;
  /** The score the map suggests for this criterion, if it suggests one. */
  suggested: number | null;
  setScores: (criterion: SupplierCriterion, which: 'ours' | 'best', value: number | null) => void;
}) {
  const { t } = useLang();
  const name = t(`criterion.${criterion}`);
  return (
    <div className="pn-pair pn-position__row">
      <DraftField
        label={t('dealInspector.scoreOurs', { criterion: name })}
        value={entry?.ours ?? null}
        format={formatNumber}
        parse={parseScore}
        inputMode="decimal"
        placeholder={suggested !== null ? t('dealInspector.scorePlaceholderMap', { score: suggested }) : '–'}
        apply={(value) => setScores(criterion, 'ours', value)}
      />
      <DraftField
        label={t('dealInspector.scoreBest', { criterion: name })}
        value={entry?.best ?? null}
        format={formatNumber}
        parse={parseScore}
        inputMode="decimal"
        placeholder="–"
        apply={(value) => setScores(criterion, 'best', value)}
      />
    </div>
  );
}
