/**
 * Installs the map's tokens (shared/mapStyle) as CSS custom properties, once, on import:
 * theme.css and canvas.css read them, so the canvas draws with the very values the exports
 * use. A constructed style sheet: no markup, nothing for the content security policy to refuse.
 */
import { mapStyleCss } from '../../shared/mapStyle/cssVariables';

function install(): void {
  if (typeof document === 'undefined' || typeof CSSStyleSheet === 'undefined') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(mapStyleCss());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

install();
