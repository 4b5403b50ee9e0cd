/** Severity as written in configuration and shown in every report. */
export type Severity = 'warning' | 'error';
export type SeveritySetting = Severity | 'off';

/** A place in the original file: 1-based line and column, end exclusive. */
import type { Span } from '../text/span.js';

export type { Span } from '../text/span.js';

/** A finding is data: reporters decide how to show it. */
export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  messageId: string;
  /** The rendered message, in the house style (literals in backticks, no trailing period). */
  message: string;
  /** The values the message template was filled with, for machine readers. */
  data: Record<string, string | number>;
  /** POSIX path relative to the working directory. */
  file: string;
  /** A second place the finding refers to ("first defined here"). */
  related?: { file: string; line: number; column: number; message: string } | undefined;
  /** Set when `--fix` can remove the problem: a range of the normalised text. */
  fix?: { start: number; end: number } | undefined;
  /** Known to be fixable where the range is not known: a finding read back from a JSON report. */
  fixable?: true | undefined;
  /** The text of the finding's line, normalised: what the baseline recognises it by. */
  context?: string | undefined;
  /** Recorded in the baseline: reported, but not counted and never failing. */
  baselined?: boolean | undefined;
  /**
   * The file, or part of it, could not be checked (too large, too complex, unreadable, a rule that
   * failed): always an error, never filtered out by a pull request's lines, switched off inline,
   * or accounted for by the baseline. The run fails closed.
   */
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
