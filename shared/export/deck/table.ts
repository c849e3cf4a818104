/**
 * A native PowerPoint table (`a:tbl` in a graphic frame). The grid has exactly one
 * `a:gridCol` per column and every row exactly that many cells, since PowerPoint refuses a
 * table whose rows and grid disagree. Cells are styled directly (no table style id), so
 * the look does not depend on PowerPoint's built-in styles.
 */
import type { Lang } from '../../i18n/catalogue';
import { attrs, emu, solidFill } from './xml';
import { line, type RunStyle } from './text';

export interface TableCell {
  readonly text: string;
  readonly style: RunStyle;
  readonly align?: 'l' | 'ctr' | 'r';
  readonly fill?: string;
}

export interface TableSpec {
  readonly id: number;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  /** Column widths in points. */
  readonly columns: readonly number[];
  /** Each row's cells and its height in points (PowerPoint grows a row whose text needs more). */
  readonly rows: readonly { readonly cells: readonly TableCell[]; readonly height: number }[];
  readonly borderColor: string;
  /** The first row is a header row. */
  readonly header?: boolean;
  readonly lang: Lang;
}

const CELL_MARGIN = { l: 4, r: 4, t: 2.5, b: 2.5 };

const NO_BORDER_LRT = '<a:lnL><a:noFill/></a:lnL><a:lnR><a:noFill/></a:lnR><a:lnT><a:noFill/></a:lnT>';

function border(element: string, color: string): string {
  return `<a:${element} w="${emu(0.5)}" cap="flat" cmpd="sng" algn="ctr">${solidFill(color)}<a:prstDash val="solid"/></a:${element}>`;
}

export function table(spec: TableSpec): string {
  const width = spec.columns.reduce((sum, w) => sum + w, 0);
  const height = spec.rows.reduce((sum, row) => sum + row.height, 0);
  const grid = spec.columns.map((w) => `<a:gridCol w="${emu(w)}"/>`).join('');
  const rows = spec.rows
    .map((row) => {
      if (row.cells.length !== spec.columns.length) {
        throw new Error(`a table row has ${row.cells.length} cells for ${spec.columns.length} columns`);
      }
      const cells = row.cells
        .map((cell) => {
          const paragraphs = line(cell.text, cell.style, spec.lang, { align: cell.align ?? 'l' });
          const properties =
            `<a:tcPr${attrs({ marL: emu(CELL_MARGIN.l), marR: emu(CELL_MARGIN.r), marT: emu(CELL_MARGIN.t), marB: emu(CELL_MARGIN.b), anchor: 'ctr' })}>` +
            // Horizontal rules only: lighter to read, and a quarter of the markup of four borders per cell.
            NO_BORDER_LRT +
            border('lnB', spec.borderColor) +
            (cell.fill ? solidFill(cell.fill) : '<a:noFill/>') +
            '</a:tcPr>';
          // A cell's text body keeps a bare bodyPr: its margins live in tcPr.
          return `<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>${paragraphs}</a:txBody>${properties}</a:tc>`;
        })
        .join('');
      return `<a:tr h="${emu(row.height)}">${cells}</a:tr>`;
    })
    .join('');
  return (
    '<p:graphicFrame><p:nvGraphicFramePr>' +
    `<p:cNvPr${attrs({ id: spec.id, name: spec.name })}/>` +
    '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>' +
    `<p:xfrm><a:off x="${emu(spec.x)}" y="${emu(spec.y)}"/><a:ext cx="${emu(width)}" cy="${emu(height)}"/></p:xfrm>` +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">' +
    `<a:tbl><a:tblPr${attrs({ firstRow: spec.header ? true : undefined, bandRow: true })}/>` +
    `<a:tblGrid>${grid}</a:tblGrid>${rows}</a:tbl>` +
    '</a:graphicData></a:graphic></p:graphicFrame>'
  );
}
