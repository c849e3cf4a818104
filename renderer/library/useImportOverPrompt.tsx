import { useCallback, useState, type ReactNode } from 'react';
import type { DealSummary } from '../persistence/repository';
import type { ImportChoice } from './importDecision';
import { ImportOverDialog } from './ImportOverDialog';

interface Question {
  readonly deal: string;
  readonly file: string;
  readonly answer: (choice: ImportChoice) => void;
}

/**
 * The ImportOverDialog as a promise, for importDecision's `ask`: `ask(existing, file)`
 * shows the dialog and resolves with the user's choice; render `dialog` where it belongs.
 */
export function useImportOverPrompt(): {
  ask: (existing: DealSummary, file: string) => Promise<ImportChoice>;
  dialog: ReactNode;
} {
  const [question, setQuestion] = useState<Question | null>(null);
  const ask = useCallback(
    (existing: DealSummary, file: string) =>
      new Promise<ImportChoice>((resolve) => {
        setQuestion({
          deal: existing.name,
          file,
          answer: (choice) => {
            setQuestion(null);
            resolve(choice);
          },
        });
      }),
    [],
  );
  const dialog = question && <ImportOverDialog deal={question.deal} file={question.file} onChoose={question.answer} />;
  return { ask, dialog };
}
