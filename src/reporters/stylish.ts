import type { Reporter } from './types.js';
import { colors, plural, printable } from './text.js';

/** Findings grouped by file, aligned columns, a closing count: the format ESLint users know. */
export const stylish: Reporter = (result, context) => {
  const paint = colors(context.color);
  const out: string[] = [];
  for (const file of result.files) {
    const findings = file.findings.filter((finding) => !finding.baselined);
    if (findings.length === 0) continue;
    out.push(paint.underline(printable(file.file)));
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
    out.push('');
  }
  const total = result.errorCount + result.warningCount;
  // Findings of the baseline are not listed: a count says they are there.
  const baselined = result.baselinedCount > 0 ? `${plural(result.baselinedCount, 'finding')} in the baseline, not listed` : '';
  if (total === 0) return baselined ? `${paint.dim(`✔ no new problems; ${baselined}`)}\n` : '';
  const summary = `✖ ${plural(total, 'problem')} (${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')})${baselined ? `; ${baselined}` : ''}`;
  out.push(result.errorCount > 0 ? paint.red(paint.bold(summary)) : paint.yellow(paint.bold(summary)));
  return `${out.join('\n')}\n`;
};
