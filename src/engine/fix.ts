/**
 * `--fix`: removes what the rules marked as removable (ad units, marked ad blocks, tracking pixels,
 * link-farm blocks) and leaves every other byte of the file as it was — line endings, BOM and all.
 * A removal that fills whole lines takes its line breaks with it. Code is never touched: fix ranges
 * come only from HTML outside code. Applying the fixes twice changes nothing the second time.
 */
import { LintDocument } from './document.js';
import type { Finding } from './types.js';

type Range = { start: number; end: number };

/** The fixed bytes of one file, or `null` when nothing can be fixed (or the file is not clean UTF-8). */
export function fixBytes(bytes: Uint8Array, findings: readonly Finding[], filePath = 'file.md'): { output: Uint8Array; fixed: number } | null {
  const fixable = findings.filter((finding) => finding.fix);
  if (fixable.length === 0) return null;
  const document = LintDocument.fromBytes(filePath, bytes);
  if (!document.source.lintable || document.source.problems.length > 0) return null;
  const text = document.text;
  const ranges = merge(fixable.map((finding) => wholeLines(text, finding.fix as Range)));

  const original = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const bom = document.source.hadBom ? 1 : 0;
  const lineStarts = [0];
  for (const match of original.matchAll(/\r\n|\r|\n/g)) lineStarts.push((match.index ?? 0) + match[0].length);
  const toOriginal = (offset: number) => {
    const { line, column } = document.lines.position(offset);
    return (lineStarts[line - 1] ?? original.length) + column - 1 + (line === 1 ? bom : 0);
  };
  let output = '';
  let cursor = 0;
  for (const range of ranges) {
    const start = toOriginal(range.start);
    output += original.slice(cursor, start);
    cursor = toOriginal(range.end);
  }
  output += original.slice(cursor);
  return { output: new TextEncoder().encode(output), fixed: fixable.length };
}

/** A fix as a change of whole lines, as a pull-request suggestion shows it: lines `startLine`–`endLine` become `replacement` (empty: they go). */
export interface LineSuggestion {
  finding: Finding;
  startLine: number;
  endLine: number;
  /** The new text of those lines, without a final line break; `null` when the lines go altogether. */
  replacement: string | null;
}

/** The fixable findings of one file as line suggestions (each on its own, as a reviewer applies them), or `[]` when the file is not clean UTF-8. */
export function lineSuggestions(bytes: Uint8Array, findings: readonly Finding[], filePath = 'file.md'): LineSuggestion[] {
  const fixable = findings.filter((finding) => finding.fix);
  if (fixable.length === 0) return [];
  const document = LintDocument.fromBytes(filePath, bytes);
  if (!document.source.lintable || document.source.problems.length > 0) return [];
  const text = document.text;
  return fixable.map((finding) => {
    const range = wholeLines(text, finding.fix as Range);
    const first = text.lastIndexOf('\n', range.start - 1) + 1;
    const lastBreak = text.indexOf('\n', Math.max(range.start, range.end - 1));
    const last = lastBreak === -1 ? text.length : lastBreak;
    const startLine = document.lines.position(first).line;
    const endLine = document.lines.position(Math.max(first, Math.min(last, range.end - 1))).line;
    const kept = text.slice(first, range.start) + text.slice(Math.min(range.end, last), last);
    const wholeLinesGo = range.start === first && (range.end === last + 1 || range.end >= text.length);
    return { finding, startLine, endLine, replacement: wholeLinesGo ? null : kept };
  });
}

/** Widens a range to whole lines (and their line break) when nothing else is on those lines. */
function wholeLines(text: string, range: Range): Range {
  const lineStart = text.lastIndexOf('\n', range.start - 1) + 1;
  const nextBreak = text.indexOf('\n', range.end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  if (text.slice(lineStart, range.start).trim() !== '' || text.slice(range.end, lineEnd).trim() !== '') return range;
  return { start: lineStart, end: nextBreak === -1 ? text.length : nextBreak + 1 };
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
