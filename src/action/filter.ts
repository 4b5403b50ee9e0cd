/**
 * Which findings a pull request is shown, and in what order. Pure: findings and changes in, findings
 * out. The modes are reviewdog's, which reviewers already know.
 */
import { summarize } from '../engine/results.js';
import type { Finding, LintResult } from '../engine/types.js';
import { hasLine, type ChangedFile, type Changes } from './changes.js';

export const FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

/** Maps a finding's path (relative to the working directory) to its path from the repository root. */
export type RepoPath = (file: string) => string;

export interface Filtered {
  result: LintResult;
  /** Findings in the linted files that the mode left out. */
  outside: number;
}

/**
 * Keeps, under `added`, findings touching an added line; under `diff_context`, findings touching a
 * line the diff shows; under `file`, every finding of a changed file; under `nofilter` (or when the
 * changes are unknown), everything. Findings that the file could not be checked are kept in every
 * mode: whatever was not checked may be on any line. So are `fresh` findings, which the file did not
 * have before the change, wherever they are: deleting an opening code fence turns old lines into
 * live HTML without adding a line.
 */
export function filterFindings(result: LintResult, changes: Changes | null, mode: FilterMode, repoPath: RepoPath, fresh: ReadonlySet<Finding> = new Set()): Filtered {
  if (mode === 'nofilter' || changes === null) return { result, outside: 0 };
  const byPath = new Map(changes.files.map((file) => [file.path, file]));
  const deleted = new Set(changes.deleted);
  let outside = 0;
  const files = result.files.map((file) => {
    const changed = byPath.get(repoPath(file.file));
    const findings = file.findings.filter((finding) => {
      // A file that could not be checked may hide anything on any line: shown whatever the mode.
      // A finding in a file the pull request did not touch that points at one it did (a link to a
      // renamed or deleted post) is the change's doing: shown too.
      const related = finding.related?.file === undefined ? null : repoPath(finding.related.file);
      const caused = changed === undefined && related !== null && (byPath.has(related) || deleted.has(related));
      const keep = finding.unchecked === true || caused || (changed !== undefined && (fresh.has(finding) || inScope(finding, changed, mode)));
      if (!keep) outside++;
      return keep;
    });
    return findings.length === file.findings.length ? file : { ...file, findings };
  });
  return { result: summarize(files), outside };
}

function inScope(finding: Finding, changed: ChangedFile, mode: Exclude<FilterMode, 'nofilter'>): boolean {
  if (mode === 'file') return true;
  return hasLine(mode === 'added' ? changed.added : changed.context, finding.line, finding.endLine);
}

/**
 * Every finding not in the baseline, in the order a reviewer should see them when only some can be
 * shown: files that could not be checked first, then errors, then those on lines the pull request
 * added, then file and line order.
 */
export function rankFindings(result: LintResult, changes: Changes | null, repoPath: RepoPath): Finding[] {
  const byPath = new Map(changes?.files.map((file) => [file.path, file]) ?? []);
  const ranked = result.files.flatMap((file, fileIndex) =>
    file.findings.flatMap((finding, index) => {
      if (finding.baselined) return [];
      const changed = byPath.get(repoPath(file.file));
      const onAddedLine = changed !== undefined && hasLine(changed.added, finding.line, finding.endLine);
      return [{ finding, key: [finding.unchecked ? 0 : 1, finding.severity === 'error' ? 0 : 1, onAddedLine ? 0 : 1, fileIndex, index] }];
    }),
  );
  ranked.sort((a, b) => compareKeys(a.key, b.key));
  return ranked.map((entry) => entry.finding);
}

function compareKeys(a: number[], b: number[]): number {
  for (let index = 0; index < a.length; index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
