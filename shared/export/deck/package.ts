/**
 * The parts of a PresentationML package around the slides: content types, relationships,
 * document properties, the presentation, one slide master with one title-only layout, the
 * theme, and the small property parts PowerPoint expects. Every part the package holds is
 * listed in [Content_Types].xml and every relationship id is unique within its part, since
 * PowerPoint offers to "repair" (and drops content from) a file that breaks either rule.
 */
import { escapeXml } from '../escape';
import { themeXml } from './theme';
import { attrs, emu, NS, PML_NAMESPACES, SLIDE_HEIGHT, SLIDE_WIDTH, XML_DECLARATION } from './xml';
import type { PackagePart } from './zip';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = {
  officeDocument: `${REL}/officeDocument`,
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  extendedProperties: `${REL}/extended-properties`,
  slideMaster: `${REL}/slideMaster`,
  slideLayout: `${REL}/slideLayout`,
  slide: `${REL}/slide`,
  theme: `${REL}/theme`,
  presProps: `${REL}/presProps`,
  viewProps: `${REL}/viewProps`,
  tableStyles: `${REL}/tableStyles`,
} as const;

const CONTENT_TYPE = {
  presentation: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
  slide: 'application/vnd.openxmlformats-officedocument.presentationml.slide+xml',
  slideMaster: 'application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml',
  slideLayout: 'application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  presProps: 'application/vnd.openxmlformats-officedocument.presentationml.presProps+xml',
  viewProps: 'application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml',
  tableStyles: 'application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

function relationships(list: readonly Relationship[]): string {
  return (
    XML_DECLARATION +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    list.map((rel) => `<Relationship${attrs({ Id: rel.id, Type: rel.type, Target: rel.target })}/>`).join('') +
    '</Relationships>'
  );
}

/** The `_rels` part that belongs to `path` (`ppt/slides/slide1.xml` -> `ppt/slides/_rels/slide1.xml.rels`). */
function relsPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

/** A shape tree holding `shapes`. */
const tree = (shapes: string) =>
  '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
  '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' +
  `${shapes}</p:spTree>`;

/**
 * The title placeholder of the master and the layout: each slide's heading is a title
 * placeholder (so PowerPoint knows the slide's title), and a placeholder on a slide should
 * have one to inherit from. `frame` gives the master's position; the layout inherits it.
 */
function titlePlaceholder(frame: boolean): string {
  const xfrm = frame
    ? `<a:xfrm><a:off x="${emu(36)}" y="${emu(20)}"/><a:ext cx="${emu(SLIDE_WIDTH - 72)}" cy="${emu(34)}"/></a:xfrm>` +
      '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
    : '';
  return (
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>' +
    `<p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr>${xfrm}</p:spPr>` +
    '<p:txBody><a:bodyPr anchor="b"/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>'
  );
}

/** Default text for placeholders the user may add: the theme's fonts and text colour. */
const textStyle = (font: 'mj' | 'mn', size: number) =>
  `<a:lvl1pPr><a:defRPr sz="${size}"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>` +
  `<a:latin typeface="+${font}-lt"/><a:ea typeface="+${font}-ea"/><a:cs typeface="+${font}-cs"/></a:defRPr></a:lvl1pPr>`;

function slideMasterXml(): string {
  return (
    XML_DECLARATION +
    `<p:sldMaster ${PML_NAMESPACES}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>${tree(titlePlaceholder(true))}</p:cSld>` +
    '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" ' +
    'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>' +
    '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>' +
    `<p:txStyles><p:titleStyle>${textStyle('mj', 3200)}</p:titleStyle><p:bodyStyle>${textStyle('mn', 1800)}</p:bodyStyle>` +
    `<p:otherStyle>${textStyle('mn', 1800)}</p:otherStyle></p:txStyles>` +
    '</p:sldMaster>'
  );
}

function slideLayoutXml(): string {
  return (
    XML_DECLARATION +
    `<p:sldLayout ${PML_NAMESPACES} type="titleOnly" preserve="1"><p:cSld name="Title Only">${tree(titlePlaceholder(false))}</p:cSld>` +
    '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
  );
}

function presentationXml(slideCount: number): string {
  let slides = '';
  for (let i = 0; i < slideCount; i++) slides += `<p:sldId id="${256 + i}" r:id="rId${i + 2}"/>`;
  return (
    XML_DECLARATION +
    `<p:presentation ${PML_NAMESPACES} saveSubsetFonts="1">` +
    '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>' +
    `<p:sldIdLst>${slides}</p:sldIdLst>` +
    `<p:sldSz cx="${emu(SLIDE_WIDTH)}" cy="${emu(SLIDE_HEIGHT)}"/><p:notesSz cx="6858000" cy="9144000"/>` +
    '</p:presentation>'
  );
}

export interface PackageMetadata {
  readonly title: string;
  readonly lang: string;
  /** YYYY-MM-DD or null: the document's date (never the clock, so the bytes stay stable). */
  readonly date: string | null;
}

function corePropertiesXml(meta: PackageMetadata): string {
  const date =
    meta.date === null
      ? ''
      : `<dcterms:created xsi:type="dcterms:W3CDTF">${escapeXml(meta.date)}T00:00:00Z</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${escapeXml(meta.date)}T00:00:00Z</dcterms:modified>`;
  return (
    XML_DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(meta.title)}</dc:title><dc:creator>Powermap</dc:creator>` +
    `<dc:language>${escapeXml(meta.lang)}</dc:language>${date}` +
    '</cp:coreProperties>'
  );
}

function appPropertiesXml(slideCount: number): string {
  return (
    XML_DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>Powermap</Application><PresentationFormat>Widescreen</PresentationFormat><Slides>${slideCount}</Slides>` +
    '</Properties>'
  );
}

/**
 * Every part of the deck, `[Content_Types].xml` first, for slides given as their XML
 * (slide1 first). Each slide uses the one layout, whose only placeholder is the title.
 */
export function packageParts(slides: readonly string[], meta: PackageMetadata): PackagePart[] {
  const slidePaths = slides.map((_, i) => `ppt/slides/slide${i + 1}.xml`);
  const overrides: [string, string][] = [
    ['ppt/presentation.xml', CONTENT_TYPE.presentation],
    ...slidePaths.map((path): [string, string] => [path, CONTENT_TYPE.slide]),
    ['ppt/slideMasters/slideMaster1.xml', CONTENT_TYPE.slideMaster],
    ['ppt/slideLayouts/slideLayout1.xml', CONTENT_TYPE.slideLayout],
    ['ppt/theme/theme1.xml', CONTENT_TYPE.theme],
    ['ppt/presProps.xml', CONTENT_TYPE.presProps],
    ['ppt/viewProps.xml', CONTENT_TYPE.viewProps],
    ['ppt/tableStyles.xml', CONTENT_TYPE.tableStyles],
    ['docProps/core.xml', CONTENT_TYPE.core],
    ['docProps/app.xml', CONTENT_TYPE.app],
  ];
  const contentTypes =
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([path, type]) => `<Override${attrs({ PartName: `/${path}`, ContentType: type })}/>`).join('') +
    '</Types>';

  const presentationRels: Relationship[] = [
    { id: 'rId1', type: REL_TYPE.slideMaster, target: 'slideMasters/slideMaster1.xml' },
    ...slidePaths.map((_, i) => ({ id: `rId${i + 2}`, type: REL_TYPE.slide, target: `slides/slide${i + 1}.xml` })),
  ];
  const next = presentationRels.length + 1;
  presentationRels.push(
    { id: `rId${next}`, type: REL_TYPE.presProps, target: 'presProps.xml' },
    { id: `rId${next + 1}`, type: REL_TYPE.viewProps, target: 'viewProps.xml' },
    { id: `rId${next + 2}`, type: REL_TYPE.theme, target: 'theme/theme1.xml' },
    { id: `rId${next + 3}`, type: REL_TYPE.tableStyles, target: 'tableStyles.xml' },
  );

  const parts: PackagePart[] = [
    { path: '[Content_Types].xml', content: contentTypes },
    {
      path: '_rels/.rels',
      content: relationships([
        { id: 'rId1', type: REL_TYPE.officeDocument, target: 'ppt/presentation.xml' },
        { id: 'rId2', type: REL_TYPE.coreProperties, target: 'docProps/core.xml' },
        { id: 'rId3', type: REL_TYPE.extendedProperties, target: 'docProps/app.xml' },
      ]),
    },
    { path: 'docProps/core.xml', content: corePropertiesXml(meta) },
    { path: 'docProps/app.xml', content: appPropertiesXml(slides.length) },
    { path: 'ppt/presentation.xml', content: presentationXml(slides.length) },
    { path: relsPath('ppt/presentation.xml'), content: relationships(presentationRels) },
    ...slides.flatMap((content, i): PackagePart[] => [
      { path: slidePaths[i]!, content },
      {
        path: relsPath(slidePaths[i]!),
        content: relationships([
          { id: 'rId1', type: REL_TYPE.slideLayout, target: '../slideLayouts/slideLayout1.xml' },
        ]),
      },
    ]),
    { path: 'ppt/slideMasters/slideMaster1.xml', content: slideMasterXml() },
    {
      path: relsPath('ppt/slideMasters/slideMaster1.xml'),
      content: relationships([
        { id: 'rId1', type: REL_TYPE.slideLayout, target: '../slideLayouts/slideLayout1.xml' },
        { id: 'rId2', type: REL_TYPE.theme, target: '../theme/theme1.xml' },
      ]),
    },
    { path: 'ppt/slideLayouts/slideLayout1.xml', content: slideLayoutXml() },
    {
      path: relsPath('ppt/slideLayouts/slideLayout1.xml'),
      content: relationships([{ id: 'rId1', type: REL_TYPE.slideMaster, target: '../slideMasters/slideMaster1.xml' }]),
    },
    { path: 'ppt/theme/theme1.xml', content: themeXml() },
    { path: 'ppt/presProps.xml', content: `${XML_DECLARATION}<p:presentationPr ${PML_NAMESPACES}/>` },
    {
      path: 'ppt/viewProps.xml',
      content:
        `${XML_DECLARATION}<p:viewPr ${PML_NAMESPACES}><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr>` +
        '<p:gridSpacing cx="76200" cy="76200"/></p:viewPr>',
    },
    {
      path: 'ppt/tableStyles.xml',
      content: `${XML_DECLARATION}<a:tblStyleLst xmlns:a="${NS.a}" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>`,
    },
  ];
  return parts;
}
