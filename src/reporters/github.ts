import { TOOL_NAME } from '../version.js';
import { inert, inertLines, plural } from './text.js';
import type { TextReporter } from './types.js';

/**
 * GitHub workflow commands: one `::error` or `::warning` annotation per finding, for a plain `run:`
 * step (`npx content-lint --format github`). Values are escaped as `@actions/core` escapes them, so
 * a file name or message can neither end the command nor start another. GitHub shows the first 10
 * errors and 10 warnings of a step as annotations: findings that a file could not be checked come
 * first, then errors, then warnings; a last line gives the totals.
 */
export const github: TextReporter = (result) => {
  const findings = result.files.flatMap((file) => file.findings.filter((finding) => !finding.baselined));
  const rank = (finding: (typeof findings)[number]) => (finding.unchecked ? 0 : finding.severity === 'error' ? 1 : 2);
  const lines = findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index)
    .map(({ finding }) => {
      // As the action annotates: `title=content-lint: rule-id`, then the place.
      const properties = [
        `title=${escapeProperty(`${TOOL_NAME}: ${finding.ruleId}`)}`,
        `file=${escapeProperty(finding.file)}`,
        `line=${finding.line}`,
        `endLine=${finding.endLine}`,
        `col=${finding.column}`,
        `endColumn=${finding.endColumn}`,
      ];
      return `::${finding.severity} ${properties.join(',')}::${escapeData(finding.message)}\n`;
    });
  const total = `${TOOL_NAME}: ${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')} in ${plural(result.files.length, 'file')}${result.baselinedCount > 0 ? `; ${plural(result.baselinedCount, 'finding')} in the baseline, not listed` : ''}`;
  return `${lines.join('')}${inert(total)}\n`;
};

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
