/**
 * The marks of a comparison as a style sheet scoped to the comparison's map: each marked
 * card gets a coloured ring and a worded badge ("▲ improved"), ghosts are faded and
 * dashed, added and removed lines are coloured. React Flow gives every node and edge a
 * `data-id`, so the marks reach the canvas without it knowing about comparisons.
 */
import type { CompareMarks, LineMark, PersonMark } from './compareMarks';

export type MarkWords = Readonly<Record<PersonMark, string>>;

/** The symbol before each mark's word: never colour alone. */
export const MARK_SYMBOLS: Readonly<Record<PersonMark, string>> = {
  added: '+',
  removed: '−',
  improved: '▲',
  worsened: '▼',
  changed: '~',
};

/** A CSS string literal's content: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\n\r\f]/g, '\\a ')}"`;
}

const PERSON_RULES: Readonly<Record<PersonMark, string>> = {
  added: 'box-shadow: 0 0 0 3px var(--ph-added);',
  removed: 'opacity: 0.5; outline: 2px dashed var(--ph-removed); outline-offset: 2px;',
  improved: 'box-shadow: 0 0 0 3px var(--ph-improved);',
  worsened: 'box-shadow: 0 0 0 3px var(--ph-worsened);',
  changed: 'box-shadow: 0 0 0 3px var(--ph-changed);',
};

const LINE_RULES: Readonly<Record<LineMark, string>> = {
  added: 'stroke: var(--ph-added); stroke-width: 3px;',
  removed: 'stroke: var(--ph-removed); stroke-dasharray: 4 4; opacity: 0.6;',
};

/** The style sheet of the marks under `scope` (a selector for the comparison's map). */
export function marksStylesheet(scope: string, marks: CompareMarks, words: MarkWords): string {
  const rules: string[] = [];
  for (const [id, mark] of marks.people) {
    const node = `${scope} .react-flow__node[data-id=${cssString(id)}]`;
    rules.push(`${node} .pm-card { ${PERSON_RULES[mark]} }`);
    rules.push(`${node}::after { content: ${cssString(`${MARK_SYMBOLS[mark]} ${words[mark]}`)}; }`);
    rules.push(`${node} { --ph-mark: var(--ph-${mark}); }`);
  }
  for (const [id, mark] of marks.lines) {
    rules.push(`${scope} .react-flow__edge[data-id=${cssString(id)}] .react-flow__edge-path { ${LINE_RULES[mark]} }`);
  }
  return rules.join('\n');
}
