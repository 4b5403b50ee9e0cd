/** What a run's results are made of, beyond their types: totals and the order of findings. Reporters may import this. */
import type { FileResult, Finding, LintResult } from './types.js';

/** The files' findings, counted: errors and warnings not in the baseline, and those in it. */
export function summarize(files: FileResult[]): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let baselinedCount = 0;
  for (const file of files) {
    for (const finding of file.findings) {
      if (finding.baselined) baselinedCount++;
      else if (finding.severity === 'error') errorCount++;
      else warningCount++;
    }
  }
  return { files, errorCount, warningCount, baselinedCount };
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
