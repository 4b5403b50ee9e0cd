import { TOOL_NAME } from '../version.js';
import { inert, inertLines, plural } from './text.js';
import type { Finding } from '../engine/types.js';
import type { Reporter } from './types.js';

/**
 * GitHub workflow commands: one `::error` or `::warning` annotation per finding, for a plain `run:`
 * step (`npx content-lint --format github`). Values are escaped as `@actions/core` escapes them, so
 * a file name or message can neither end the command nor start another. GitHub shows the first 10
 * errors and 10 warnings of a step as annotations: findings that a file could not be checked come
 * first, then errors, then warnings; a last line gives the totals.
 */
export const github: Reporter = function* (result) {
  // Three passes over the files (their findings may be read from disk each time: run/spool.ts), not one list of every finding.
  const rank = (finding: Finding) => (finding.unchecked ? 0 : finding.severity === 'error' ? 1 : 2);
  for (const pass of [0, 1, 2]) {
    for (const file of result.files) {
      let lines = '';
      for (const finding of file.findings) if (!finding.baselined && rank(finding) === pass) lines += command(finding);
      if (lines !== '') yield lines;
    }
  }
  const total = `${TOOL_NAME}: ${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')} in ${plural(result.files.length, 'file')}${result.baselinedCount > 0 ? `; ${plural(result.baselinedCount, 'finding')} in the baseline, not listed` : ''}`;
  yield `${inert(total)}\n`;
};

/** One finding as the action annotates it: `title=content-lint: rule-id`, then the place. */
function command(finding: Finding): string {
  const properties = [
    `title=${escapeProperty(`${TOOL_NAME}: ${finding.ruleId}`)}`,
    `file=${escapeProperty(finding.file)}`,
    `line=${finding.line}`,
    `endLine=${finding.endLine}`,
    `col=${finding.column}`,
    `endColumn=${finding.endColumn}`,
  ];
  return `::${finding.severity} ${properties.join(',')}::${escapeData(finding.message)}\n`;
}

/** `%`, CR and LF escaped, as `@actions/core` escapes a command's values: the runner reads them back as they were. */
function escapeValue(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * A command's message. The runner reads a line as this command before it looks for the older
 * `##[` syntax in it, but other runners (Azure's `##vso[`) look anywhere: a zero-width space there.
 */
function escapeData(text: string): string {
  return inertLines(escapeValue(text));
}

/** A command's property: also `:` and `,`, which would end it; nothing else changes, so the runner finds the file named. */
function escapeProperty(text: string): string {
  return escapeValue(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
