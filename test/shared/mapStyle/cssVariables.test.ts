/**
 * The canvas's stylesheets read the map's tokens, never a copy of them: every custom
 * property canvas.css reads is defined (by the generated sheet, theme.css or canvas.css
 * itself), theme.css defines none of the generated ones, and no token's colour is written
 * out by hand in either stylesheet.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapStyleCss } from '../../../shared/mapStyle/cssVariables';
import { BORDERS, CARD, lineLook, MAP_COLOURS, type MapColours } from '../../../shared/mapStyle/tokens';

const canvasCss = readFileSync('renderer/canvas/canvas.css', 'utf8');
const themeCss = readFileSync('renderer/styles/theme.css', 'utf8');
const generated = mapStyleCss();

const defined = (css: string) => new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!));
const read = (css: string) => new Set([...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!));
/** Every colour of a theme. */
const colours = (theme: MapColours): string[] =>
  Object.values(theme).flatMap((value: string | Readonly<Record<string, string>>) =>
    typeof value === 'string' ? [value] : Object.values(value),
  );

describe('the map style sheet', () => {
  it('defines every custom property canvas.css reads', () => {
    const known = new Set([...defined(generated), ...defined(themeCss), ...defined(canvasCss)]);
    const missing = [...read(canvasCss)].filter((name) => !known.has(name));
    expect(missing).toEqual([]);
  });

  it('is the one place of the map tokens: theme.css redefines none of them', () => {
    const twice = [...defined(themeCss)].filter((name) => defined(generated).has(name));
    expect(twice).toEqual([]);
  });

  it('leaves no token colour written out by hand in canvas.css or theme.css', () => {
    for (const colour of new Set([...colours(MAP_COLOURS.light), ...colours(MAP_COLOURS.dark)])) {
      expect(canvasCss.toLowerCase(), colour).not.toContain(colour.toLowerCase());
      expect(themeCss.toLowerCase(), colour).not.toContain(colour.toLowerCase());
    }
  });

  it('sizes the pill, the role badges, the influence and the owner badge from the tokens, not from numbers of its own', () => {
    const ruleOf = (selector: string) => {
      const start = canvasCss.indexOf(`\n${selector} {`);
      expect(start, selector).toBeGreaterThanOrEqual(0);
      return canvasCss.slice(start, canvasCss.indexOf('}', start));
    };
    for (const selector of [
      '.pm-card__attitude',
      '.pm-role',
      '.pm-influence',
      '.pm-influence__value',
      '.pm-owner',
      '.pm-owner__badge',
    ]) {
      expect(ruleOf(selector), selector).not.toMatch(/\d(px|%)/);
    }
    expect(ruleOf('.pm-card__attitude')).toContain('var(--card-pill-tint)');
    expect(generated).toContain(`--card-pill-tint: ${CARD.pill.tint * 100}%;`);
    expect(generated).toContain(`--card-owner-height: ${CARD.owner.height}px;`);
  });

  it('writes the tokens: both themes, the card, the borders, the line widths', () => {
    const [light, dark] = generated.split('@media (prefers-color-scheme: dark)');
    expect(light).toContain(`--attitude-supporter: ${MAP_COLOURS.light.attitude.supporter};`);
    expect(dark).toContain(`--surface: ${MAP_COLOURS.dark.surface};`);
    expect(dark).toContain(`--line-reports-to: ${MAP_COLOURS.dark.line['reports-to']};`);
    expect(light).toContain(`--card-width: ${CARD.width}px;`);
    expect(light).toContain(`--card-foot-top: ${CARD.rows.foot.top}px;`);
    expect(light).toContain(`--border-close: ${BORDERS.close.width}px;`);
    expect(light).toContain(`--line-width-influences-3: ${lineLook('influences', 3).width};`);
    expect(light).toContain(`--line-width-conflict: ${lineLook('conflict', 1).width};`);
  });
});
