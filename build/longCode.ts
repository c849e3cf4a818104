/**
 * The functions over 100 lines and the files over 450 lines outside test/ and build/: the
 * places a newcomer reads longest, and the first candidates for a split (issue 9).
 *
 *   npx tsx build/longCode.ts [--function-lines 100] [--file-lines 450]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FOLDERS = ['shared', 'renderer', 'cli', 'electron', 'server', 'bin'];
const CODE = /\.(ts|tsx|mts|mjs|js|cjs)$/;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

function codeFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : codeFiles(relative);
    return CODE.test(entry.name) ? [relative] : [];
  });
}

/** A function's name as a reader finds it: its own, or the variable or property it is assigned to. */
function nameOf(node: ts.FunctionLikeDeclaration): string {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText();
  if (ts.isCallExpression(parent) && ts.isVariableDeclaration(parent.parent))
    return `${parent.parent.name.getText()} (in ${parent.expression.getText()})`;
  return '(anonymous)';
}

interface Long {
  readonly lines: number;
  readonly where: string;
}

function longFunctions(file: string, text: string, limit: number): Long[] {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: Long[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.end).line;
      if (last - first + 1 > limit)
        found.push({
          lines: last - first + 1,
          where: `${file}:${first + 1} ${nameOf(node)}`,
        });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const functionLimit = option('--function-lines', 100);
const fileLimit = option('--file-lines', 450);
const files: Long[] = [];
const functions: Long[] = [];
for (const file of FOLDERS.flatMap(codeFiles)) {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const lines = text.split('\n').length;
  if (lines > fileLimit) files.push({ lines, where: file });
  functions.push(...longFunctions(file, text, functionLimit));
}
const list = (items: Long[]) =>
  items
    .sort((a, b) => b.lines - a.lines)
    .map((item) => `${String(item.lines).padStart(5)}  ${item.where}`)
    .join('\n');
console.log(`Files over ${fileLimit} lines (${files.length})\n${list(files)}\n`);
console.log(`Functions over ${functionLimit} lines (${functions.length})\n${list(functions)}`);
