import { useState } from 'react';
import { INFLUENCE_STRENGTHS, type InfluenceStrength, type PowermapDocument } from '../../../shared/document';
import { deleteLines, updateLine, type LinePatch } from '../../editor/commands/lines';
import type { EditorStore } from '../../editor/store';
import { useLang } from '../../i18n/LangContext';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { FieldMessage } from '../fields/FieldMessage';
import { SelectField } from '../fields/SelectField';
import { useErrorText } from '../hooks/useErrorText';
import { useVocabulary } from '../hooks/useVocabulary';
import { isDirected, lineEditProblem, swapPatch } from '../logic/lines';
import type { FieldError } from '../logic/parse';

/** One relationship line: its kind, its direction, its strength (influences), delete. */
export function LineInspector({ store, doc, id }: { store: EditorStore; doc: PowermapDocument; id: string }) {
  const { t } = useLang();
  const vocabulary = useVocabulary();
  const errorText = useErrorText();
  const [problem, setProblem] = useState<FieldError | null>(null);
  const line = doc.relationships.find((r) => r.id === id);
  if (!line) return <p className="pn-muted">{t('panels.inspector.gone')}</p>;

  const name = (personId: string) =>
    doc.stakeholders.find((p) => p.id === personId)?.name ?? t('panels.line.missingPerson');
  const apply = (field: string, patch: LinePatch) => {
    const found = lineEditProblem(doc, id, patch);
    setProblem(found);
    if (found === null) store.apply(updateLine(id, patch), { mergeKey: `line:${id}:${field}` });
  };
  const strengths = INFLUENCE_STRENGTHS.map((value) => ({
    value: String(value) as `${InfluenceStrength}`,
    label: t(`panels.line.strength.${value}`),
  }));
  const from = name(line.from);
  const to = name(line.to);

  return (
    <section className="pn-section" aria-labelledby="pn-line-heading">
      <h2 id="pn-line-heading" className="pn-heading">
        {t('panels.inspector.line')}
      </h2>
      <SelectField
        label={t('panels.line.kind')}
        value={line.kind}
        options={vocabulary.kinds}
        onChange={(kind) => apply('kind', { kind })}
      />
      {problem !== null && (
        <FieldMessage id="pn-line-problem" kind="error">
          {errorText(problem)}
        </FieldMessage>
      )}
      <div className="pn-field">
        {line.kind === 'reports-to' || line.kind === 'influences' ? (
          <p className="pn-line-direction">{t(`panels.line.directed.${line.kind}`, { from, to })}</p>
        ) : (
          <p className="pn-line-direction">{t('panels.line.between', { a: from, b: to })}</p>
        )}
        {isDirected(line.kind) && (
          <button type="button" className="pn-button" onClick={() => apply('direction', swapPatch(line))}>
            {t('panels.line.swap')}
          </button>
        )}
      </div>
      {line.kind === 'influences' && (
        <ChoiceGroup
          legend={t('panels.line.strength')}
          value={String(line.strength) as `${InfluenceStrength}`}
          options={strengths}
          onChange={(value) => {
            const strength: InfluenceStrength | undefined = INFLUENCE_STRENGTHS.find((s) => String(s) === value);
            if (strength !== undefined) apply('strength', { strength });
          }}
        />
      )}
      <button type="button" className="pn-button pn-button--danger" onClick={() => store.apply(deleteLines([id]))}>
        {t('panels.line.delete')}
      </button>
    </section>
  );
}
