/**
 * DrawingML text: runs, paragraphs and text bodies. Every run names both typefaces: Latin
 * text in Calibri and Chinese in Microsoft YaHei (OOXML has no font fallback list, so one
 * East Asian face is chosen: the one every Windows PowerPoint has; other systems substitute
 * their own Chinese face). The run's text is escaped here, and only here.
 */
import type { Lang } from '../../i18n/catalogue';
import { escapeXml } from '../escape';
import { attrs, emu, solidFill } from './xml';

export const LATIN_FONT = 'Calibri';
export const EAST_ASIAN_FONT = 'Microsoft YaHei';

export interface RunStyle {
  /** Points. */
  readonly size: number;
  readonly color: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** The language tag PowerPoint uses for spelling and font choice. */
function langTag(lang: Lang): string {
  return lang === 'zh-CN' ? 'zh-CN' : 'en-US';
}

function runProperties(element: 'a:rPr' | 'a:endParaRPr', style: RunStyle, lang: Lang): string {
  const properties = `<${element}${attrs({
    lang: langTag(lang),
    altLang: lang === 'zh-CN' ? 'en-US' : undefined,
    sz: Math.max(100, Math.round(style.size * 100)),
    b: style.bold ? true : undefined,
    i: style.italic ? true : undefined,
    dirty: false,
  })}`;
  // A paragraph's end only sizes an empty line: the theme gives its fonts and colour, which keeps big decks small.
  if (element === 'a:endParaRPr') return `${properties}/>`;
  return (
    `${properties}>${solidFill(style.color)}` +
    `<a:latin typeface="${LATIN_FONT}"/><a:ea typeface="${EAST_ASIAN_FONT}"/><a:cs typeface="${LATIN_FONT}"/>` +
    `</${element}>`
  );
}

/** A run of text; line breaks in it become `<a:br/>` (a literal line feed in `<a:t>` is not a break). */
export function run(text: string, style: RunStyle, lang: Lang): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split('\n');
  const properties = runProperties('a:rPr', style, lang);
  return lines
    .map(
      (line, i) =>
        (i > 0 ? `<a:br>${properties}</a:br>` : '') + `<a:r>${properties}<a:t>${escapeXml(line)}</a:t></a:r>`,
    )
    .join('');
}

export interface ParagraphOptions {
  readonly align?: 'l' | 'ctr' | 'r';
  /** Space before the paragraph, in points. */
  readonly spaceBefore?: number;
  /** Left margin in points; with a bullet, the bullet hangs in it. */
  readonly indent?: number;
  readonly bullet?: string;
}

/** A paragraph of runs (markup from `run`); `endStyle` sizes an empty paragraph. */
export function paragraph(runs: string, endStyle: RunStyle, lang: Lang, options: ParagraphOptions = {}): string {
  const indent = options.indent ?? 0;
  const pPrAttributes = attrs({
    // Always explicit: a reader must not carry one paragraph's indent over to the next.
    marL: emu(indent),
    indent: options.bullet !== undefined ? -emu(indent) : 0,
    algn: options.align ?? 'l',
  });
  let inner = '';
  if (options.spaceBefore !== undefined) {
    inner += `<a:spcBef><a:spcPts val="${Math.round(options.spaceBefore * 100)}"/></a:spcBef>`;
  }
  inner += options.bullet === undefined ? '<a:buNone/>' : `<a:buChar${attrs({ char: options.bullet })}/>`;
  return `<a:p><a:pPr${pPrAttributes}>${inner}</a:pPr>${runs}${runProperties('a:endParaRPr', endStyle, lang)}</a:p>`;
}

/** One paragraph holding one run: the common case. */
export function line(text: string, style: RunStyle, lang: Lang, options: ParagraphOptions = {}): string {
  return paragraph(run(text, style, lang), style, lang, options);
}

export interface BodyOptions {
  /** Insets in points (left, top, right, bottom); zero when not given. */
  readonly inset?: readonly [number, number, number, number];
  readonly anchor?: 't' | 'ctr' | 'b';
  /** Wrap at the shape's width (default) or keep each paragraph on one line. */
  readonly wrap?: boolean;
  /**
   * `shrink`: PowerPoint shrinks the text when it overflows after an edit (normAutofit);
   * `none`: the sizes were chosen to fit and stay as they are.
   */
  readonly autofit?: 'shrink' | 'none';
}

/** `<a:bodyPr>` + an empty list style + the paragraphs: the inside of a `p:txBody` or `a:txBody`. */
export function textBodyContent(paragraphs: string, options: BodyOptions = {}): string {
  const [l, t, r, b] = options.inset ?? [0, 0, 0, 0];
  const body = attrs({
    rot: 0,
    spcFirstLastPara: false,
    vertOverflow: 'overflow',
    horzOverflow: 'overflow',
    vert: 'horz',
    wrap: options.wrap === false ? 'none' : 'square',
    lIns: emu(l),
    tIns: emu(t),
    rIns: emu(r),
    bIns: emu(b),
    anchor: options.anchor ?? 't',
    rtlCol: false,
  });
  const autofit = options.autofit === 'shrink' ? '<a:normAutofit/>' : '<a:noAutofit/>';
  return `<a:bodyPr${body}>${autofit}</a:bodyPr><a:lstStyle/>${paragraphs}`;
}
