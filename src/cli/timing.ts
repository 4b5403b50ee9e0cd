/** The `--timing` table, written to standard error after the report (which it never mixes with). */
import type { Timing } from '../engine/timing.js';

/** Rows, the longest first, and the total; times in milliseconds with one decimal. */
export function formatTimings(timings: readonly Timing[]): string {
  const total = timings.reduce((sum, timing) => sum + timing.ms, 0);
  const rows = timings.map((timing) => [timing.kind === 'rule' ? timing.label : `(${timing.label})`, timing.ms.toFixed(1), share(timing.ms, total)]);
  rows.push(['total', total.toFixed(1), share(total, total)]);
  const header = ['Rule or (step)', 'Time (ms)', 'Share'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] as string).length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] as number) : cell.padStart(widths[column] as number))).join('  ');
  return [
    'Time by rule and step, summed over the threads (a step is work the rules share, counted once):',
    line(header),
    ...rows.map(line),
    '',
  ].join('\n');
}

function share(ms: number, total: number): string {
  return `${total > 0 ? ((100 * ms) / total).toFixed(1) : '0.0'}%`;
}
