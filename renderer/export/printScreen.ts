/**
 * The print view of the deal-review sheet, as a screen over the open deal. It is drawn from
 * the document in memory (its ExportView, privacy already applied), so exporting the PDF
 * neither reads the database nor carries the choices through the address.
 */
import { createContext, useContext } from 'react';
import type { ExportView } from '../../shared/export/privacy';

export interface PrintJob {
  /** The deal the sheet is of: the print view shows over that deal's editor only. */
  readonly dealId: string;
  readonly view: ExportView;
  /** Desktop: save the PDF as soon as the sheet is drawn, then go back (the Export dialog's PDF). */
  readonly savePdf: boolean;
}

/** Shows the print view of a job; the app provides it (App.tsx). */
export type ShowPrintView = (job: PrintJob) => void;

const PrintScreenContext = createContext<ShowPrintView | null>(null);

export const PrintScreenProvider = PrintScreenContext.Provider;

export function usePrintScreen(): ShowPrintView {
  const show = useContext(PrintScreenContext);
  if (!show) throw new Error('usePrintScreen outside PrintScreenProvider');
  return show;
}
