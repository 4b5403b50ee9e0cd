/**
 * content-lint's Node API (dist/api.js). Kept by hand; test/api.test.ts checks it against the
 * implementation (src/api.ts) both ways.
 */

/** Severity as written in configuration and shown in every report. */
export type Severity = 'warning' | 'error';

/** A place in a file: 1-based line and column, end exclusive (columns in UTF-16 code units). */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One problem, as data. */
export interface Finding extends Span {
  /** The rule's id (`no-ad-embeds`), or `remark-lint:<rule>` for a rule remark-lint runs. */
  ruleId: string;
  severity: Severity;
  /** The rule's message template the finding used. */
  messageId: string;
  /** The rendered message (literals in backticks, no trailing period). */
  message: string;
  /** The values the message template was filled with. */
  data: Record<string, string | number>;
  /** POSIX path relative to the run's folder. */
  file: string;
  /** A second place the finding refers to ("first defined here"). */
  related?: { file: string; line: number; column: number; message: string } | undefined;
  /** Where `--fix` would remove the problem: a range of the file's text (line endings as `\n`). */
  fix?: { start: number; end: number } | undefined;
  fixable?: true | undefined;
  /** The text of the finding's line, trimmed, spaces collapsed: what the baseline recognises it by. */
  context?: string | undefined;
  /** Recorded in the baseline: reported, but not counted and never failing. */
  baselined?: boolean | undefined;
  /** The file, or part of it, could not be checked: always an error. */
  unchecked?: true | undefined;
}

export interface FileResult {
  file: string;
  findings: Finding[];
  /** How many findings inline directives switched off. */
  suppressed: number;
}

export interface LintResult {
  files: FileResult[];
  /** Errors and warnings not in the baseline. */
  errorCount: number;
  warningCount: number;
  /** Findings the baseline accounts for. */
  baselinedCount: number;
}

export interface LintOptions {
  /** Where the run starts: the config is found from here up, and paths are relative to it (default: the process's). */
  cwd?: string;
  /** A config file to use instead of the nearest one. */
  config?: string;
  /** Take this moment as now, for the date rules. */
  now?: Date;
  /** Import the remark-lint packages the config names from the site's node_modules (off by default). */
  allowPlugins?: boolean;
}

/** Lints files as `content-lint [paths]` does: `paths` (files, folders, globs), or the config's `include`. */
export declare function lint(options?: LintOptions & { paths?: string[] }): Promise<LintResult>;

/** Lints text as the file `path` (default `stdin.md`), as `content-lint --stdin --stdin-filename PATH` does. */
export declare function lintText(text: string, options?: LintOptions & { path?: string }): Promise<FileResult>;
