/**
 * Finding a font that carries Chinese for the PDF and the PNG. pdfkit's built-in Helvetica
 * knows only Latin-1 (WinAnsi); a document with Chinese text drawn in it would come out as
 * garbage, so such a document needs a system font with CJK glyphs, and without one the
 * export stops with a clear message (exit 1) instead of writing an unreadable file.
 *
 * Order: `--font PATH`, then POWERMAP_FONT (used as given: a Latin font serves a Latin
 * document), then the places the usual CJK fonts are installed
 * on Linux (Noto Sans CJK, fonts-noto-cjk), macOS (PingFang, STHeiti) and Windows (Microsoft
 * YaHei, SimHei), then fontconfig's `fc-match` where it exists. A collection (.ttc) holds
 * several faces; pdfkit needs the PostScript name of the one to use, which we know for the
 * known places and read from the collection (through fontkit, the font reader pdfkit uses)
 * otherwise, preferring the Simplified Chinese face.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface FontFace {
  readonly path: string;
  /** The PostScript name of the face inside a collection (.ttc); null for a single-face file. */
  readonly postscriptName: string | null;
}

export interface FontChoice {
  readonly regular: FontFace;
  /** The bold face; the regular one again when no bold is known. */
  readonly bold: FontFace;
  /** The family name for SVG renderers (resvg), which pick fonts by family. */
  readonly family: string;
  /** Whether it has Chinese glyphs (a --font may be a Latin font, fine for a Latin document). */
  readonly cjk: boolean;
  /** Installed in the system's font folders (where renderers that load system fonts find it themselves). */
  readonly system: boolean;
}

interface Candidate {
  readonly regular: string;
  readonly regularName: string | null;
  readonly bold: string | null;
  readonly boldName: string | null;
  readonly family: string;
}

/** The usual places, most wanted first. */
const KNOWN: readonly Candidate[] = [
  {
    regular: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    regularName: 'NotoSansCJKsc-Regular',
    bold: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
    boldName: 'NotoSansCJKsc-Bold',
    family: 'Noto Sans CJK SC',
  },
  {
    regular: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
    regularName: 'NotoSansCJKsc-Regular',
    bold: '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc',
    boldName: 'NotoSansCJKsc-Bold',
    family: 'Noto Sans CJK SC',
  },
  {
    regular: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
    regularName: 'NotoSansCJKsc-Regular',
    bold: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc',
    boldName: 'NotoSansCJKsc-Bold',
    family: 'Noto Sans CJK SC',
  },
  {
    regular: '/System/Library/Fonts/PingFang.ttc',
    regularName: 'PingFangSC-Regular',
    bold: '/System/Library/Fonts/PingFang.ttc',
    boldName: 'PingFangSC-Semibold',
    family: 'PingFang SC',
  },
  {
    regular: '/System/Library/Fonts/STHeiti Light.ttc',
    regularName: 'STHeitiSC-Light',
    bold: '/System/Library/Fonts/STHeiti Medium.ttc',
    boldName: 'STHeitiSC-Medium',
    family: 'Heiti SC',
  },
  {
    regular: 'C:\\Windows\\Fonts\\msyh.ttc',
    regularName: 'MicrosoftYaHei',
    bold: 'C:\\Windows\\Fonts\\msyhbd.ttc',
    boldName: 'MicrosoftYaHei-Bold',
    family: 'Microsoft YaHei',
  },
  {
    regular: 'C:\\Windows\\Fonts\\simhei.ttf',
    regularName: null,
    bold: null,
    boldName: null,
    family: 'SimHei',
  },
];

interface FontkitFont {
  readonly postscriptName: string;
  readonly familyName: string;
  hasGlyphForCodePoint(codePoint: number): boolean;
}
interface FontkitCollection {
  readonly fonts: readonly FontkitFont[];
}

/**
 * The font reader pdfkit itself uses (fontkit, the same version, so one copy is installed),
 * loaded lazily: only --font and fc-match results need it.
 */
function openFont(path: string): FontkitFont | FontkitCollection {
  const fontkit = createRequire(import.meta.url)('fontkit') as {
    openSync(path: string): FontkitFont | FontkitCollection;
  };
  return fontkit.openSync(path);
}

const HAN_SAMPLE = '中'.codePointAt(0)!;

/** A face of the font at `path` that has Chinese glyphs (the Simplified Chinese one first), or null. */
export function describeFontFile(path: string): { face: FontFace; family: string; cjk: boolean } | null {
  let font: FontkitFont | FontkitCollection;
  try {
    font = openFont(path);
  } catch {
    return null;
  }
  if ('fonts' in font) {
    const faces = font.fonts;
    const pick =
      faces.find((face) => /SC\b|SC-|GB|Hans/i.test(face.postscriptName) && face.hasGlyphForCodePoint(HAN_SAMPLE)) ??
      faces.find((face) => face.hasGlyphForCodePoint(HAN_SAMPLE)) ??
      faces[0];
    if (!pick) return null;
    return {
      face: { path, postscriptName: pick.postscriptName },
      family: pick.familyName,
      cjk: pick.hasGlyphForCodePoint(HAN_SAMPLE),
    };
  }
  return { face: { path, postscriptName: null }, family: font.familyName, cjk: font.hasGlyphForCodePoint(HAN_SAMPLE) };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** fontconfig's choice for Simplified Chinese sans-serif, where fontconfig is installed. */
function fromFontconfig(): string | null {
  try {
    const result = spawnSync('fc-match', ['-f', '%{file}', 'sans-serif:lang=zh-cn'], {
      encoding: 'utf8',
      timeout: 5000,
    });
    const file = result.status === 0 ? result.stdout.trim() : '';
    return file !== '' && isFile(file) ? file : null;
  } catch {
    return null;
  }
}

export type FontLookup =
  | { readonly ok: true; readonly font: FontChoice }
  | { readonly ok: false; readonly reason: 'none' }
  /** The font asked for (--font, POWERMAP_FONT) cannot be used. */
  | { readonly ok: false; readonly reason: 'unreadable'; readonly path: string };

function single(face: FontFace, family: string, cjk: boolean, system: boolean): FontChoice {
  return { regular: face, bold: face, family, cjk, system };
}

/**
 * The font to draw with: the one asked for (`override`, else POWERMAP_FONT), else the first
 * known place that exists, else fontconfig's choice (only when it carries Chinese).
 */
export function findCjkFont(override: string | null, env: Readonly<Record<string, string | undefined>>): FontLookup {
  const asked = override ?? (env['POWERMAP_FONT']?.trim() || null);
  if (asked !== null) {
    const described = isFile(asked) ? describeFontFile(asked) : null;
    if (described === null) return { ok: false, reason: 'unreadable', path: asked };
    return { ok: true, font: single(described.face, described.family, described.cjk, false) };
  }
  for (const candidate of KNOWN) {
    if (!existsSync(candidate.regular)) continue;
    const regular = { path: candidate.regular, postscriptName: candidate.regularName };
    const bold =
      candidate.bold !== null && existsSync(candidate.bold)
        ? { path: candidate.bold, postscriptName: candidate.boldName }
        : regular;
    return { ok: true, font: { regular, bold, family: candidate.family, cjk: true, system: true } };
  }
  const matched = fromFontconfig();
  if (matched !== null) {
    const described = describeFontFile(matched);
    if (described?.cjk) return { ok: true, font: single(described.face, described.family, true, true) };
  }
  return { ok: false, reason: 'none' };
}
