/**
 * `powermap diff OLD NEW [--json] [--as-of DATE]`: what changed between two versions, and
 * `powermap diff FILE --from REF [--to REF]`: the same between two versions of one file's
 * history. Both add the attribution: how many points of win likelihood each change moved.
 */
import type { PowermapDocument } from '../../shared/document';
import { compareVersions, versionOf, type Comparison, type Version, type VersionRefError } from '../../shared/history';
import { joinList } from '../../shared/i18n';
import type { Context } from '../context';
import { formatDiff } from '../format/diff';
import { terminalSafe } from '../format/text';
import { loadDocument } from '../loadDocument';

export interface DiffRequest {
  readonly oldFile: string;
  readonly newFile: string;
  readonly json: boolean;
  /** YYYY-MM-DD, already checked; null for today. */
  readonly asOf: string | null;
}

export interface DiffVersionsRequest {
  readonly file: string;
  /** References to versions: `current`, a snapshot id, `#N` or a label. */
  readonly from: string;
  readonly to: string;
  readonly json: boolean;
  readonly asOf: string | null;
}

/** The `--json` object: the DocumentDiff with the attribution beside it. */
export function comparisonJson(comparison: Comparison, extra: object = {}): object {
  return { ...extra, ...comparison.diff, attribution: comparison.attribution };
}

export async function diff(request: DiffRequest, ctx: Context): Promise<number> {
  // Both files are read (and both reported) before giving up, so one run shows every problem.
  const [oldLoaded, newLoaded] = [await loadDocument(request.oldFile, ctx), await loadDocument(request.newFile, ctx)];
  if (oldLoaded === null || newLoaded === null) return 1;
  const asOf = request.asOf ?? ctx.io.today;
  const comparison = compareVersions(oldLoaded.document, newLoaded.document, { asOf, lang: ctx.lang });
  ctx.io.stdout(
    request.json
      ? `${JSON.stringify(comparisonJson(comparison), null, 2)}\n`
      : formatDiff(
          {
            title: ctx.t('cli.diff.title', { old: request.oldFile, new: request.newFile, date: asOf }),
            oldMap: oldLoaded.document,
            newMap: newLoaded.document,
            comparison,
          },
          ctx,
        ),
  );
  return 0;
}

function refErrorMessage(error: VersionRefError, doc: PowermapDocument, ctx: Context): string {
  if (error.code === 'ambiguous') {
    const ids = joinList(
      ctx.lang,
      error.candidates.map((id) => `"${id}"`),
    );
    return ctx.t('cli.ref.ambiguous', { ref: error.ref, count: error.candidates.length, ids });
  }
  const count = doc.history.length;
  return count === 0
    ? ctx.t('cli.ref.unknownEmpty', { ref: error.ref })
    : ctx.t('cli.ref.unknown', { ref: error.ref, count });
}

/** A version as the title names it: `the current map`, `snapshot "after first visit" (h-1, 2026-10-01T09:00:00Z)`. */
function versionName(version: Version, ctx: Context): string {
  if (version.index === null) return ctx.t('cli.version.current');
  const params = { id: version.id, label: version.label, takenAt: version.takenAt ?? '' };
  return ctx.t(version.label.trim() === '' ? 'cli.version.unlabelled' : 'cli.version.snapshot', params);
}

function versionJson(version: Version): object {
  return { id: version.id, index: version.index, label: version.label, takenAt: version.takenAt };
}

export async function diffVersions(request: DiffVersionsRequest, ctx: Context): Promise<number> {
  const loaded = await loadDocument(request.file, ctx);
  if (loaded === null) return 1;
  const doc = loaded.document;
  const from = versionOf(doc, request.from);
  const to = versionOf(doc, request.to);
  if (!from.ok || !to.ok) {
    // Both references are checked before giving up, so one run shows every problem.
    for (const lookup of [from, to]) {
      if (lookup.ok) continue;
      const message = refErrorMessage(lookup.error, doc, ctx);
      ctx.io.stderr(`${terminalSafe(ctx.t('cli.input.line', { file: request.file, message }))}\n`);
    }
    return 1;
  }
  const asOf = request.asOf ?? ctx.io.today;
  const comparison = compareVersions(from.version.content, to.version.content, { asOf, lang: ctx.lang });
  ctx.io.stdout(
    request.json
      ? `${JSON.stringify(comparisonJson(comparison, { from: versionJson(from.version), to: versionJson(to.version) }), null, 2)}\n`
      : formatDiff(
          {
            title: ctx.t('cli.diff.versionsTitle', {
              file: request.file,
              old: versionName(from.version, ctx),
              new: versionName(to.version, ctx),
              date: asOf,
            }),
            oldMap: from.version.content,
            newMap: to.version.content,
            comparison,
          },
          ctx,
        ),
  );
  return 0;
}
