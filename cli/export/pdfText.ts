/**
 * Writing and measuring text on a pdfkit page with the sheet's two faces. Every string of
 * the PDF goes through here, so the Helvetica fallback's substitutions (winAnsi.ts) are
 * applied in one place and measuring always uses the same font settings as writing.
 */
import type { FontChoice } from './fonts';
import { toWinAnsi } from './winAnsi';

export interface PdfFonts {
  /** The names the faces are registered under on the document (or pdfkit's standard fonts). */
  readonly regular: string;
  readonly bold: string;
  /** The text as the faces can write it. */
  readonly prepare: (text: string) => string;
}

/** Registers the chosen font's faces on `doc`, or falls back to Helvetica (Latin-only documents). */
export function registerFonts(doc: PDFKit.PDFDocument, font: FontChoice | null): PdfFonts {
  if (font === null) return { regular: 'Helvetica', bold: 'Helvetica-Bold', prepare: toWinAnsi };
  const register = (name: string, face: FontChoice['regular']) => {
    if (face.postscriptName === null) doc.registerFont(name, face.path);
    else doc.registerFont(name, face.path, face.postscriptName);
  };
  register('pm-regular', font.regular);
  register('pm-bold', font.bold);
  return { regular: 'pm-regular', bold: 'pm-bold', prepare: (text) => text };
}

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: string;
  readonly align?: 'left' | 'right' | 'center';
}

/**
 * Extra space between wrapped lines, as a share of the font size: none, since the fonts' own
 * line height is already generous (Noto Sans CJK's is about 1.45 em).
 */
const LINE_GAP = 0;

export class PdfText {
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly fonts: PdfFonts,
  ) {}

  private use(style: TextStyle): void {
    this.doc.font(style.bold ? this.fonts.bold : this.fonts.regular).fontSize(style.size);
  }

  /** The height `text` takes wrapped to `width`. */
  height(text: string, width: number, style: TextStyle): number {
    this.use(style);
    return this.doc.heightOfString(this.fonts.prepare(text), { width, lineGap: style.size * LINE_GAP });
  }

  /** The width of `text` on one line. */
  width(text: string, style: TextStyle): number {
    this.use(style);
    return this.doc.widthOfString(this.fonts.prepare(text));
  }

  /** Writes `text` wrapped to `width` with its top at `y`; returns the height it took. */
  write(text: string, x: number, y: number, width: number, style: TextStyle): number {
    this.use(style);
    this.doc
      .fillColor(style.color ?? '#1c2430')
      .text(this.fonts.prepare(text), x, y, { width, align: style.align ?? 'left', lineGap: style.size * LINE_GAP });
    // pdfkit leaves its cursor below the text: that is the height, without measuring twice.
    return this.doc.y - y;
  }

  /** Writes `text` on one line, cut with an ellipsis to fit `width`. */
  writeLine(text: string, x: number, y: number, width: number, style: TextStyle): void {
    let shown = text;
    if (this.width(shown, style) > width) {
      const chars = Array.from(text);
      while (chars.length > 0 && this.width(`${chars.join('')}…`, style) > width) chars.pop();
      shown = `${chars.join('')}…`;
    }
    this.use(style);
    this.doc
      .fillColor(style.color ?? '#1c2430')
      .text(this.fonts.prepare(shown), x, y, { width, align: style.align ?? 'left', lineBreak: false });
  }
}
