/** The part of svg-to-pdfkit (which ships no types) that the PDF export uses. */
declare module 'svg-to-pdfkit' {
  export interface SvgToPdfOptions {
    /** The drawing's size on the page, in PDF points; the viewBox is fitted into it. */
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    /** Returns the name of a font registered on the document for an SVG font-family. */
    fontCallback?: (family: string, bold: boolean, italic: boolean, options: { fauxBold?: boolean }) => string;
    warningCallback?: (message: string) => void;
    /** Treat SVG units as PDF points (otherwise 1px = 0.75pt). */
    assumePt?: boolean;
    precision?: number;
  }
  export default function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x: number,
    y: number,
    options?: SvgToPdfOptions,
  ): void;
}
