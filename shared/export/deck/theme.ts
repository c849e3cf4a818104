/**
 * The deck's theme (ppt/theme/theme1.xml): the app's light colours as the colour scheme, so
 * a user restyling a shape in PowerPoint picks from the same palette, and Calibri with
 * Microsoft YaHei as the fonts (see text.ts). The format scheme is the minimum the schema
 * requires (three fills, lines, effects and background fills).
 */
import { MAP_COLOURS } from '../../mapStyle/tokens';
import { LATIN_FONT, EAST_ASIAN_FONT } from './text';
import { hex, NS, XML_DECLARATION } from './xml';

const colour = (name: string, value: string) => `<a:${name}><a:srgbClr val="${hex(value)}"/></a:${name}>`;

const fonts = (kind: 'majorFont' | 'minorFont') =>
  `<a:${kind}><a:latin typeface="${LATIN_FONT}"/><a:ea typeface="${EAST_ASIAN_FONT}"/><a:cs typeface=""/>` +
  `<a:font script="Hans" typeface="${EAST_ASIAN_FONT}"/></a:${kind}>`;

const solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
const line = (w: number) =>
  `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr">${solid}<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`;

export function themeXml(): string {
  const t = MAP_COLOURS.light;
  return (
    XML_DECLARATION +
    `<a:theme xmlns:a="${NS.a}" name="Powermap">` +
    '<a:themeElements>' +
    '<a:clrScheme name="Powermap">' +
    colour('dk1', t.text) +
    colour('lt1', t.surface) +
    colour('dk2', t.textMuted) +
    colour('lt2', t.surface2) +
    colour('accent1', t.accent) +
    colour('accent2', t.attitude.supporter) +
    colour('accent3', t.attitude.opponent) +
    colour('accent4', t.attitude.blocker) +
    colour('accent5', t.attitude.unknown) +
    colour('accent6', t.attitude.neutral) +
    colour('hlink', t.accent) +
    colour('folHlink', t.textMuted) +
    '</a:clrScheme>' +
    `<a:fontScheme name="Powermap">${fonts('majorFont')}${fonts('minorFont')}</a:fontScheme>` +
    '<a:fmtScheme name="Powermap">' +
    `<a:fillStyleLst>${solid}${solid}${solid}</a:fillStyleLst>` +
    `<a:lnStyleLst>${line(6350)}${line(12700)}${line(19050)}</a:lnStyleLst>` +
    '<a:effectStyleLst>' +
    '<a:effectStyle><a:effectLst/></a:effectStyle>'.repeat(3) +
    '</a:effectStyleLst>' +
    `<a:bgFillStyleLst>${solid}${solid}${solid}</a:bgFillStyleLst>` +
    '</a:fmtScheme>' +
    '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/>' +
    '</a:theme>'
  );
}
