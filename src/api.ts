/**
 * content-lint's Node API — the run the CLI, the action and editor integrations share, as a
 * library (types: types/api.d.ts):
 *
 *     import { lint, lintText } from 'content-lint';
 *     const result = await lint({ cwd: 'my-site' });
 *     const file = await lintText(draft, { cwd: 'my-site', path: 'source/_posts/draft.md' });
 *
 * Findings are data (`Finding`): rule, severity, message, position. Nothing is written or printed.
 */
import type { FileResult, LintResult } from './engine/types.js';
import { lintPaths, lintSource, type LintPathsOptions } from './run/lint.js';

export type { FileResult, Finding, LintResult, Severity, Span } from './engine/types.js';

export interface LintOptions {
  /** Where the run starts: the config is found from here up, and paths are relative to it (default: the process's). */
  cwd?: string;
  /** A config file to use instead of the nearest one. */
  config?: string;
  /** Take this moment as now, for the date rules. */
  now?: Date;
  /** Import the remark-lint packages the config names from the site's node_modules (code of the repository's: off by default). */
  allowPlugins?: boolean;
}

/** Lints files as `content-lint [paths]` does: `paths` (files, folders, globs), or the config's `include`. */
export async function lint(options: LintOptions & { paths?: string[] } = {}): Promise<LintResult> {
  return (await lintPaths({ ...runOptions(options), patterns: options.paths ?? [] })).result;
}

/** Lints text as the file `path` (default `stdin.md`), as `content-lint --stdin --stdin-filename PATH` does. */
export async function lintText(text: string, options: LintOptions & { path?: string } = {}): Promise<FileResult> {
  const { result } = await lintSource(new TextEncoder().encode(text), options.path ?? 'stdin.md', runOptions(options));
  return result.files[0] as FileResult;
}

function runOptions(options: LintOptions): Omit<LintPathsOptions, 'patterns'> {
  return {
    cwd: options.cwd ?? process.cwd(),
    configFile: options.config,
    allowPlugins: options.allowPlugins,
    ...(options.now ? { now: options.now.getTime() } : {}),
  };
}
