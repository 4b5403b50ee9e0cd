import { ruleDocsUrl, TOOL_NAME } from '../version.js';
import { plural } from './text.js';
import type { TextReporter } from './types.js';

/** GitHub's limit for one step's job summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/**
 * GitHub-flavoured Markdown: totals, a table and a chart per rule, and every finding with a link to
 * its line, cut (with a note saying how many are left out) before `maxBytes`. The action's job
 * summary and check-run summary; `--format markdown` for other CI systems.
 */
export const markdown: TextReporter = (result, context) => {
  const options = context.markdown ?? {};
  // Passes over the files, not one list of every finding (they may be read from disk each time: run/spool.ts).
  const perRule = new Map<string, { error: number; warning: number }>();
  let listed = 0;
  for (const file of result.files) {
    for (const finding of file.findings) {
      if (finding.baselined) continue;
      listed++;
      const counts = perRule.get(finding.ruleId) ?? { error: 0, warning: 0 };
      counts[finding.severity]++;
      perRule.set(finding.ruleId, counts);
    }
  }
  const head: string[] = [];
  head.push(`### ${TOOL_NAME}: ${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')} in ${plural(result.files.length, 'file')}`, '');
  const notes = [...(options.notes ?? []), ...(result.baselinedCount > 0 ? [`${plural(result.baselinedCount, 'finding')} recorded in the baseline ${result.baselinedCount === 1 ? 'is not listed and does' : 'are not listed and do'} not fail the run.`] : [])];
  for (const note of notes) head.push(`${note}  `);
  if (notes.length > 0) head.push('');

  if (listed > 0) {
    const rows = [...perRule].sort(([a, x], [b, y]) => y.error + y.warning - (x.error + x.warning) || a.localeCompare(b));
    head.push('| Rule | Errors | Warnings |', '| --- | ---: | ---: |');
    for (const [ruleId, counts] of rows) head.push(`| [\`${ruleId}\`](${ruleDocsUrl(ruleId)}) | ${counts.error} | ${counts.warning} |`);
    head.push('');
    // Rule ids are ours (lowercase, digits, dashes, colons): safe inside the chart's quotes.
    head.push('```mermaid', 'pie showData title Findings per rule');
    for (const [ruleId, counts] of rows) head.push(`    "${ruleId}" : ${counts.error + counts.warning}`);
    head.push('```', '');
    head.push('| Where | Severity | Message | Rule |', '| --- | --- | --- | --- |');
  }

  const limit = options.maxBytes ?? Infinity;
  let text = `${head.join('\n')}\n`;
  let bytes = Buffer.byteLength(text);
  let shown = 0;
  // Files that could not be checked first: a summary cut for size still says so.
  rows: for (const unchecked of [true, false]) {
    for (const file of result.files) {
      for (const finding of file.findings) {
        if (finding.baselined || Boolean(finding.unchecked) !== unchecked) continue;
        const where = `${finding.file}:${finding.line}`;
        const url = options.lineUrl?.(finding.file, finding.line);
        const row = `| ${url ? `[${cell(where)}](${url})` : cell(where)} | ${finding.severity} | ${message(finding.message)} | \`${finding.ruleId}\` |\n`;
        const rowBytes = Buffer.byteLength(row);
        // Room for the closing note, whatever is cut.
        if (bytes + rowBytes + 300 > limit) break rows;
        text += row;
        bytes += rowBytes;
        shown++;
      }
    }
  }
  if (shown < listed) {
    text += `\n${plural(listed - shown, 'more finding')} not listed: the summary would exceed GitHub's size limit. The SARIF or JSON report, the check run and \`npx ${TOOL_NAME}\` have them all.\n`;
  }
  return text;
};

/**
 * Plain text made inert in a table cell: no HTML, emphasis or line breaks, and no links or mentions
 * (GitHub links `https://…`, `www.…` and `a@b.c` after unescaping, so a zero-width space breaks them).
 */
function cell(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]<>#|~&]/g, (character) => (character === '&' ? '&amp;' : character === '<' ? '&lt;' : character === '>' ? '&gt;' : `\\${character}`))
    .replace(/:\/\/|\bwww\.|@/gi, (link) => `${link.slice(0, 1)}\u200b${link.slice(1)}`);
}

/** A message keeps its `literals` as code spans; everything else is plain text (notes that name files are made Markdown with it). */
export function message(text: string): string {
  return text
    .split(/(`[^`\r\n\u2028\u2029]*`)/)
    .map((part, index) => (index % 2 === 1 ? `\`${part.slice(1, -1).replace(/\|/g, '\\|')}\`` : cell(part)))
    .join('');
}
