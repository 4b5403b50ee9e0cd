/**
 * What git knows about a change: the files changed since a ref, and their text at that ref. Used
 * by `--changed-since` (and the action on pull requests). git runs without a shell, the ref is
 * passed after `--end-of-options`, so neither a ref nor a file name can become an option.
 */
import path from 'node:path';
import type { LintDocument } from '../engine/document.js';
import type { History } from '../engine/rule.js';
import { childProcess } from '../engine/builtins.js';

export class GitError extends Error {
  override name = 'GitError';
}

/** Runs git without a shell; throws only when git itself cannot be run. */
export function git(cwd: string, args: string[]): { ok: boolean; stdout: string; stderr: string } {
  const result = childProcess().spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new GitError(`git could not be run (${result.error.message})`);
  return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr };
}

export interface Changes {
  /** Absolute paths of files added, copied, modified or renamed since the ref (deleted files are gone). */
  changed: Set<string>;
  /** Files renamed or moved since the ref (as git detects renames): new absolute path → old absolute path. */
  renamed: Map<string, string>;
  /** Absolute paths of files deleted since the ref (not renamed: git's rename detection decides). */
  deleted: Set<string>;
  history: History;
}

export function changesSince(ref: string, cwd: string): Changes {
  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new GitError(`--changed-since needs a git repository: ${top.stderr.trim()}`);
  const root = top.stdout.trim();
  const verified = git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (!verified.ok) throw new GitError(`--changed-since: \`${ref}\` is not a commit, branch or tag git knows`);
  const commit = verified.stdout.trim();
  const diff = git(root, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', commit, '--']);
  if (!diff.ok) throw new GitError(`git diff failed: ${diff.stderr.trim()}`);
  // Files not yet committed count as changed too: they are what the user is about to commit.
  const untracked = git(root, ['ls-files', '-z', '--others', '--exclude-standard']);
  const names = [...diff.stdout.split('\0'), ...(untracked.ok ? untracked.stdout.split('\0') : [])].filter(Boolean);
  const changed = new Set(names.map((name) => path.resolve(root, name)));
  // Renames, for the rules that follow links to moved files: `R<score>\0old\0new\0` records.
  const renames = git(root, ['diff', '--name-status', '-z', '-M', '--diff-filter=R', commit, '--']);
  const renamed = new Map<string, string>();
  const fields = renames.ok ? renames.stdout.split('\0') : [];
  for (let index = 0; index + 2 < fields.length; index += 3) renamed.set(path.resolve(root, fields[index + 2] as string), path.resolve(root, fields[index + 1] as string));
  const removals = git(root, ['diff', '--name-only', '-z', '-M', '--diff-filter=D', commit, '--']);
  const deleted = new Set((removals.ok ? removals.stdout.split('\0') : []).filter(Boolean).map((name) => path.resolve(root, name)));
  const cache = new Map<string, string | null>();
  return {
    changed,
    deleted,
    renamed,
    history: {
      ref,
      previousText(document: Pick<LintDocument, 'path'>): string | null {
        const absolute = path.resolve(cwd, document.path);
        if (!cache.has(absolute)) {
          const relative = path.relative(root, absolute).split(path.sep).join('/');
          const shown = git(root, ['show', `${commit}:${relative}`]);
          cache.set(absolute, shown.ok ? shown.stdout : null);
        }
        return cache.get(absolute) ?? null;
      },
    },
  };
}
