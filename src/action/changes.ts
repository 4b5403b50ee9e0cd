/**
 * What a pull request changed: its files and, for each, the lines it added and the lines its diff
 * shows. From the REST API first (`pulls.listFiles`), from `git diff` against the base when the API
 * cannot be used; `null` when neither knows, and the caller lints everything it was asked to.
 */
import path from 'node:path';
import { parsePatch } from 'diff';
import { git } from '../run/git.js';
import type { History } from '../engine/rule.js';
import type { LintDocument } from '../engine/document.js';

/** 1-based line numbers in the pull request's version of a file; `all` when the diff is unknown. */
export type LineSet = ReadonlySet<number> | 'all';

export interface ChangedFile {
  /** POSIX path from the repository root, in the pull request's head. */
  path: string;
  /** Its path at the base; `null` for an added file. */
  previousPath: string | null;
  /** Lines the pull request added or rewrote. */
  added: LineSet;
  /** Lines the diff shows: added lines and their context. */
  context: LineSet;
}

export interface Changes {
  files: ChangedFile[];
  /** Files the pull request deleted, as POSIX paths from the repository root (the link rules follow links to them). */
  deleted?: string[];
  /** Where the list came from, for the log. */
  source: 'api' | 'git';
}

export interface GitChanges extends Changes {
  /** The commit the diff starts from: the merge base of the base and HEAD. */
  base: string;
}

export interface PullRequest {
  number: number;
  owner: string;
  repo: string;
  baseSha: string;
  /** The base branch, for messages. */
  baseRef: string;
  headSha: string;
  /** `changed_files` of the event payload, when given. */
  changedFiles: number | null;
}

/** GitHub lists at most this many files of a pull request. */
export const API_FILE_LIMIT = 3000;

/** Added and context lines of a unified diff's hunks (a patch from the API, or `git diff` output). */
export function linesOfPatch(patch: string | undefined | null): { added: LineSet; context: LineSet } {
  // The API leaves `patch` out for very large or binary diffs: count the whole file as changed.
  if (!patch) return { added: 'all', context: 'all' };
  let parsed;
  try {
    parsed = parsePatch(patch);
  } catch {
    return { added: 'all', context: 'all' };
  }
  const added = new Set<number>();
  const context = new Set<number>();
  for (const file of parsed) {
    for (const hunk of file.hunks) {
      let line = hunk.newStart;
      for (const text of hunk.lines) {
        if (text.startsWith('+')) {
          added.add(line);
          context.add(line);
          line++;
        } else if (text.startsWith(' ') || text === '') {
          context.add(line);
          line++;
        }
      }
    }
  }
  return { added, context };
}

export function hasLine(lines: LineSet, from: number, to: number): boolean {
  if (lines === 'all') return true;
  for (let line = from; line <= to; line++) if (lines.has(line)) return true;
  return false;
}

/** The subset of the REST API this module needs; an Octokit instance provides it. */
export interface PullFilesApi {
  listFiles(request: { owner: string; repo: string; pull_number: number; per_page: number; page: number }): Promise<{
    data: Array<{ filename: string; status: string; previous_filename?: string; patch?: string }>;
  }>;
}

/**
 * Every file of the pull request, page by page (100 per page). Returns `null` when the list is cut
 * at the API's 3,000 files: the caller then asks git.
 */
export async function changesFromApi(api: PullFilesApi, pr: PullRequest): Promise<Changes | null> {
  if (pr.changedFiles !== null && pr.changedFiles > API_FILE_LIMIT) return null;
  const files: ChangedFile[] = [];
  const deleted: string[] = [];
  let listed = 0;
  for (let page = 1; ; page++) {
    const { data } = await api.listFiles({ owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100, page });
    listed += data.length;
    for (const file of data) {
      if (file.status === 'removed') {
        deleted.push(file.filename);
        continue;
      }
      files.push({
        path: file.filename,
        previousPath: file.status === 'added' ? null : (file.previous_filename ?? file.filename),
        ...linesOfPatch(file.patch),
      });
    }
    if (data.length < 100) break;
    if (listed >= API_FILE_LIMIT) return null;
  }
  return { files, deleted, source: 'api' };
}

/** The first of `candidates` git knows as a commit. */
export function resolveCommit(cwd: string, candidates: readonly string[]): string | null {
  for (const candidate of candidates) {
    const verified = git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`]);
    if (verified.ok) return verified.stdout.trim();
  }
  return null;
}

/**
 * The same from git: the files changed between `base` and HEAD (renames followed, deletions
 * listed apart) and the lines of each. `null` when git has no such base (a shallow checkout).
 */
export function changesFromGit(cwd: string, baseCommit: string, withLines: boolean): GitChanges | null {
  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) return null;
  const root = top.stdout.trim();
  // From the merge base, so that what the base branch did since is not counted as the change.
  const mergeBase = git(root, ['merge-base', baseCommit, 'HEAD']);
  const base = mergeBase.ok ? mergeBase.stdout.trim() : baseCommit;
  const names = git(root, ['diff', '--name-status', '-z', '-M', '--diff-filter=ACDMRT', base, 'HEAD', '--']);
  if (!names.ok) return null;
  const fields = names.stdout.split('\0');
  const files: ChangedFile[] = [];
  const deleted: string[] = [];
  for (let index = 0; index < fields.length - 1; ) {
    const status = fields[index++] ?? '';
    if (status.startsWith('D')) {
      deleted.push(fields[index++] ?? '');
      continue;
    }
    const renamed = status.startsWith('R') || status.startsWith('C');
    const previous = renamed ? (fields[index++] ?? '') : null;
    const name = fields[index++] ?? '';
    const lines = withLines
      ? linesOfPatch(git(root, ['diff', '--no-color', '--no-ext-diff', '-U3', '-M', base, 'HEAD', '--', ...(previous ? [previous] : []), name]).stdout)
      : { added: 'all' as const, context: 'all' as const };
    files.push({ path: name, previousPath: status.startsWith('A') || status.startsWith('C') ? null : (previous ?? name), ...lines });
  }
  return { files, deleted, source: 'git', base };
}

/**
 * Each changed file's text at the base, for rules that compare (`date-updated`): from git when the
 * base is in the checkout, else from the texts fetched beforehand.
 */
export function historyOf(
  changes: Changes,
  options: { cwd: string; root: string; base: string | null; label: string; fetched?: ReadonlyMap<string, string> },
): History {
  const { root } = options;
  const byPath = new Map<string, { previousPath: string | null }>(changes.files.map((file) => [file.path, file]));
  // A deleted file's text at the base: where unchanged posts' links to it led.
  for (const file of changes.deleted ?? []) byPath.set(file, { previousPath: file });
  const cache = new Map<string, string | null>();
  return {
    ref: options.label,
    previousText(document: Pick<LintDocument, 'path'>): string | null {
      const relative = path.relative(root, path.resolve(options.cwd, document.path)).split(path.sep).join('/');
      const previousPath = byPath.get(relative)?.previousPath;
      if (!previousPath) return null;
      if (!cache.has(previousPath)) {
        const shown = options.base ? git(root, ['show', `${options.base}:${previousPath}`]) : null;
        cache.set(previousPath, shown?.ok ? shown.stdout : (options.fetched?.get(previousPath) ?? null));
      }
      return cache.get(previousPath) ?? null;
    },
  };
}
