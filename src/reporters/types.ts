import type { Rule } from '../engine/rule.js';
import type { LintResult } from '../engine/types.js';

export interface ReporterContext {
  rules: readonly Rule<any>[];
  color: boolean;
  /** For the Markdown report (the action's job summary): links, size limit, extra notes (Markdown). */
  markdown?: MarkdownOptions;
}

export interface MarkdownOptions {
  /** A link to a line of a file (the pull request's head on GitHub). */
  lineUrl?: (file: string, line: number) => string;
  /** Stop listing findings before the report reaches this many bytes (GitHub allows 1 MiB per step). */
  maxBytes?: number;
  /** Lines shown under the totals: what was checked, where else the findings are. */
  notes?: readonly string[];
}

/**
 * A report: text, or text in pieces (a file's findings each, for the reports that grow with the
 * site) that the caller writes as they come, so that no report of a large site is held whole.
 */
export type Report = string | Iterable<string>;

/** Renders a whole run; every reporter is a pure function of the result. */
export type Reporter = (result: LintResult, context: ReporterContext) => Report;

/** A reporter whose report is short, or read line by line: one string. */
export type TextReporter = (result: LintResult, context: ReporterContext) => string;
