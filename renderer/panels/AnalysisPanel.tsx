import type { Analysis, Gap } from '../../shared/analysis';
import type { PowermapDocument } from '../../shared/document';
import { useLang } from '../i18n/LangContext';
import { ExplanationList } from './analysis/ExplanationList';
import { GapList } from './analysis/GapList';
import { LikelihoodHeadline } from './analysis/LikelihoodHeadline';
import { PersonaTips } from './analysis/PersonaTips';
import { PositionChart } from './analysis/PositionChart';
import { SalesStepView } from './analysis/SalesStepView';
import { WhatIfBar, type WhatIfControls } from './analysis/WhatIfBar';
import { gapPeople } from './logic/gaps';
import './panels.css';
import './sales.css';

export type { WhatIfControls } from './analysis/WhatIfBar';

export interface AnalysisPanelProps {
  readonly analysis: Analysis;
  readonly doc: PowermapDocument;
  /** The key of the chosen gap, or null. */
  readonly highlightedGap: string | null;
  /** Choosing a gap again passes null (unchoose); the app highlights the gap's people. */
  readonly onChooseGap: (gap: Gap | null) => void;
  readonly whatIf: WhatIfControls;
  readonly onSelectPerson: (id: string) => void;
  /** The selected people, for persona tips (the chosen gap's people are always used). */
  readonly selectedPeople?: readonly string[];
}

const NONE: readonly string[] = [];

/** Live analysis: the win likelihood and its explanation, the gaps, what-if, and persona tips. */
export function AnalysisPanel({
  analysis,
  doc,
  highlightedGap,
  onChooseGap,
  whatIf,
  onSelectPerson,
  selectedPeople = NONE,
}: AnalysisPanelProps) {
  const { t } = useLang();
  const highlighted = gapPeople(analysis.gaps, highlightedGap);
  return (
    <div
      className={`pn-panel pn-analysis${whatIf.active ? ' is-what-if' : ''}`}
      role="region"
      aria-label={t('panels.analysis.label')}
    >
      <LikelihoodHeadline value={analysis.winLikelihood} />
      <WhatIfBar analysis={analysis} whatIf={whatIf} />
      <ExplanationList
        explanation={analysis.explanation}
        teamModelBy={doc.deal.likelihoodModel?.adoptedBy ?? null}
        likelihood={analysis.winLikelihood}
        shares={analysis.shares}
        gaps={analysis.gaps}
        onSelectPerson={onSelectPerson}
        onChooseGap={onChooseGap}
      />
      <GapList
        gaps={analysis.gaps}
        doc={doc}
        highlightedGap={highlightedGap}
        onChooseGap={onChooseGap}
        onSelectPerson={onSelectPerson}
      />
      <SalesStepView doc={doc} onSelectPerson={onSelectPerson} />
      <PositionChart doc={doc} />
      <PersonaTips
        people={doc.stakeholders}
        selected={selectedPeople}
        highlighted={highlighted}
        onSelectPerson={onSelectPerson}
      />
    </div>
  );
}
