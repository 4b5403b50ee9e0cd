/** What a run's results are made of, beyond their types: totals and the order of findings. Reporters may import this. */
import type { FileResult, Finding, LintResult } from './types.js';

/** The files' findings, counted: errors and warnings not in the baseline, and those in it. */
export function summarize(files: FileResult[]): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let baselinedCount = 0;
  for (const file of files) {
    const tally = tallyOfResult(file);
    errorCount += tally.errors;
    warningCount += tally.warnings;
    baselinedCount += tally.baselined;
  }
  return { files, errorCount, warningCount, baselinedCount };
}

/** A file's findings counted: errors and warnings not in the baseline, and those it accounts for. */
export interface Tally {
  errors: number;
  warnings: number;
  baselined: number;
}

/**
 * A result that counts its findings without reading them: one whose findings are on disk
 * (run/spool.ts) counts them as they are written, so the run's totals read no file back.
 */
export interface Tallied {
  tally(): Tally;
}

/** A result's tally: its own count when its findings are on disk, else counted from them. */
export function tallyOfResult(file: FileResult): Tally {
  return (file as Partial<Tallied>).tally?.() ?? tallyOf(file.findings);
}

export function tallyOf(findings: readonly Finding[]): Tally {
  const tally = { errors: 0, warnings: 0, baselined: 0 };
  for (const finding of findings) {
    if (finding.baselined) tally.baselined++;
    else if (finding.severity === 'error') tally.errors++;
    else tally.warnings++;
  }
  return tally;
}

/** Findings in the order every report lists them: by place, then rule, message id and message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.messageId, b.messageId) ||
    compareStrings(a.message, b.message)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One file's findings from the file-local rules and from the main thread's rules, as one result. */
export function combine(local: FileResult, mine: FileResult | null): FileResult {
  // Nothing to add: `local` as it is (its findings may be on disk, and stay there).
  if (!mine || (mine.findings.length === 0 && mine.suppressed === 0)) return local;
  return { file: local.file, findings: [...local.findings, ...mine.findings].sort(compareFindings), suppressed: local.suppressed + mine.suppressed };
}
