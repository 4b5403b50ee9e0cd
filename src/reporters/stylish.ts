import type { Reporter } from './types.js';
import { colors, plural, printable } from './text.js';

/** Findings grouped by file, aligned columns, a closing count: the format ESLint users know; a file at a time. */
export const stylish: Reporter = function* (result, context) {
  const paint = colors(context.color);
  for (const file of result.files) {
    const findings = file.findings.filter((finding) => !finding.baselined);
    if (findings.length === 0) continue;
    const out: string[] = [paint.underline(printable(file.file))];
    const rows = findings.map((finding) => [
      `${finding.line}:${finding.column}`,
      finding.severity,
      printable(finding.message),
      finding.ruleId,
    ]);
    const positionWidth = Math.max(...rows.map((row) => row[0]?.length ?? 0));
    for (const [position = '', severity = '', message = '', ruleId = ''] of rows) {
      const label = severity === 'error' ? paint.red('error'.padEnd(7)) : paint.yellow('warning');
      out.push(`  ${paint.dim(position.padEnd(positionWidth))}  ${label}  ${message}  ${paint.dim(ruleId)}`);
    }
    yield `${out.join('\n')}\n\n`;
  }
  const total = result.errorCount + result.warningCount;
  // Findings of the baseline are not listed: a count says they are there.
  const baselined = result.baselinedCount > 0 ? `${plural(result.baselinedCount, 'finding')} in the baseline, not listed` : '';
  if (total === 0) {
    if (baselined) yield `${paint.dim(`✔ no new problems; ${baselined}`)}\n`;
    return;
  }
  const summary = `✖ ${plural(total, 'problem')} (${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')})${baselined ? `; ${baselined}` : ''}`;
  yield `${result.errorCount > 0 ? paint.red(paint.bold(summary)) : paint.yellow(paint.bold(summary))}\n`;
};
