/**
 * `--fix`: removes what the rules marked as removable (ad units, marked ad blocks, tracking pixels,
 * link-farm blocks) and leaves every other byte of the file as it was — line endings, BOM and all.
 * A removal that fills whole lines takes its line breaks with it. Code is never touched: fix ranges
 * come only from HTML outside code. Applying the fixes twice changes nothing the second time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { LintDocument } from './document.js';
import { lintPaths, type LintPathsOptions } from '../run/lint.js';
import { summarize } from './results.js';
import type { Finding, LintResult } from './types.js';

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

export interface FixOutcome {
  /** Findings after fixing (what is left to do by hand). */
  result: LintResult;
  fixedFiles: number;
  fixedProblems: number;
  /** Unified diffs, for `--fix-dry-run`. */
  patches: string[];
}

/** Lints, fixes what can be fixed (writing files unless `dryRun`), and lints the fixed text again. */
export async function fixPaths(options: LintPathsOptions, dryRun: boolean): Promise<FixOutcome> {
  const { result } = await lintPaths(options);
  const fixable = new Set<string>();
  const patches: string[] = [];
  let fixedProblems = 0;
  for (const file of result.files) {
    const absolute = path.resolve(options.cwd, file.file);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(absolute);
    } catch {
      continue;
    }
    const fixed = fixBytes(bytes, file.findings, file.file);
    if (!fixed) continue;
    fixedProblems += fixed.fixed;
    fixable.add(file.file);
    if (dryRun) {
      const decode = (data: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);
      patches.push(createTwoFilesPatch(`a/${file.file}`, `b/${file.file}`, decode(bytes), decode(fixed.output), '', '', { context: 2 }));
    } else {
      writeFileSync(absolute, fixed.output);
    }
  }
  const fixedFiles = fixable.size;
  // A dry run reports, at their places in the files as they are, the findings a fix would leave.
  // Written files are linted again, so positions match what is now on disk.
  let after: LintResult;
  if (fixedFiles === 0) after = result;
  else if (dryRun) after = summarize(result.files.map((file) => ({ ...file, findings: file.findings.filter((finding) => !finding.fix || !fixable.has(file.file)) })));
  else after = (await lintPaths(options)).result;
  return { result: after, fixedFiles, fixedProblems, patches };
}
