/**
 * The baseline: findings a site had when it adopted content-lint, recorded in a committed file so
 * that later runs fail only on new ones. A finding is recognised by its rule, its message id and the
 * text of its line (trimmed, spaces collapsed) — not by its line number, so edits elsewhere in the
 * file do not make old findings new. Identical lines are counted.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './config.js';
import { detached } from '../text/detached.js';
import type { LineIndex } from '../text/line-index.js';
import { tallyOfResult } from './results.js';
import type { FileResult, Finding, LintResult } from './types.js';

export const BASELINE_FILE = '.content-lint-baseline.json';
const BASELINE_VERSION = 1;
const CONTEXT_LENGTH = 160;

export interface BaselineEntry {
  rule: string;
  messageId: string;
  /** The finding's line, trimmed, runs of spaces made one, at most 160 characters. */
  line: string;
  count: number;
}

export interface Baseline {
  /** Paths from the config's folder → the findings recorded in that file. */
  files: Record<string, BaselineEntry[]>;
}

const baselineSchema = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(BASELINE_VERSION),
  files: z.record(
    z.string(),
    z.array(z.strictObject({ rule: z.string(), messageId: z.string(), line: z.string(), count: z.number().int().positive() })),
  ),
});

/**
 * The text a finding is recognised by: its line trimmed, runs of white space made one space, cut at
 * 160 characters — `line.trim().replace(/\s+/g, ' ').slice(0, 160)`. Reads only as far into the
 * line as the context needs, and returns a new string rather than a slice: a context outlives its
 * document, and a slice would keep a whole long line (V8 shares a slice's parent).
 */
export function lineContext(text: string, lines: LineIndex, line: number): string {
  const start = lines.lineStart(line);
  const end = line < lines.lineCount ? lines.lineStart(line + 1) : text.length;
  // The line's words, each cut to the room left, joined: `join` writes a new flat string. (Built a
  // character at a time, it took 187 MB of ropes over 4,000 synthetic spam posts.)
  const words: string[] = [];
  let length = 0;
  for (let index = start; index < end && length < CONTEXT_LENGTH; ) {
    if (isWhiteSpace(text.charCodeAt(index))) {
      index++;
      continue;
    }
    // The space before it counts; with no room after it, the context ends in it (an empty last word).
    if (words.length > 0) length++;
    // Read as far as there is room: a word may be a megabyte of base64.
    let wordEnd = index;
    while (wordEnd < end && length + (wordEnd - index) < CONTEXT_LENGTH && !isWhiteSpace(text.charCodeAt(wordEnd))) wordEnd++;
    words.push(text.slice(index, wordEnd));
    length += wordEnd - index;
    index = wordEnd;
  }
  // One word is the line's own slice: copied.
  return words.length === 1 ? detached(words[0] as string) : words.join(' ');
}

/** What `\s` and `trim` take for white space. */
function isWhiteSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The findings of `current` that `previous` (the same file's findings at an earlier version) does
 * not account for, recognised as the baseline recognises them: by rule, message id and line text,
 * counted. What a change made appear, wherever its lines are.
 */
export function newFindings(current: readonly Finding[], previous: readonly Finding[]): Set<Finding> {
  const remaining = new Map<string, number>();
  for (const finding of previous) {
    const key = keyOf(finding.ruleId, finding.messageId, finding.context ?? '');
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const fresh = new Set<Finding>();
  for (const finding of current) {
    const key = keyOf(finding.ruleId, finding.messageId, finding.context ?? '');
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else fresh.add(finding);
  }
  return fresh;
}

function keyOf(rule: string, messageId: string, line: string): string {
  return `${rule}\u0000${messageId}\u0000${line}`;
}

/** Reads a baseline file; `null` when there is none. A damaged one is a config error, never ignored. */
export function readBaseline(file: string): Baseline | null {
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${file}: the baseline is not valid JSON (${(error as Error).message}); restore it from git or write a new one with --write-baseline`);
  }
  const checked = baselineSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ConfigError(`${file}: unexpected baseline content at \`${issue?.path.join('.') || '(top)'}\` (${issue?.message}); write a new one with --write-baseline`);
  }
  return { files: checked.data.files };
}

export function writeBaselineFile(file: string, baseline: Baseline): void {
  const files = Object.fromEntries(Object.entries(baseline.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const content = {
    $comment: 'Findings content-lint reports but does not fail on: recorded with --write-baseline, trimmed with --prune-baseline.',
    version: BASELINE_VERSION,
    files,
  };
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
}

/**
 * Marks the findings the baseline accounts for (`baselined: true`) and counts only the others.
 * `key` maps a finding's file to its path in the baseline.
 */
export function applyBaseline(
  result: LintResult,
  baseline: Baseline,
  key: (file: string) => string,
  /** Where a file's new result is kept (run/spool.ts), so that the run's findings need not all be in memory at once. */
  keep: (file: FileResult) => FileResult = (file) => file,
): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let baselinedCount = 0;
  const files = result.files.map((file) => {
    const entries = baseline.files[key(file.file)];
    if (!entries) {
      // Counted without reading a spooled file's findings back.
      const tally = tallyOfResult(file);
      errorCount += tally.errors;
      warningCount += tally.warnings;
      baselinedCount += tally.baselined;
      return file;
    }
    const remaining = new Map<string, number>();
    for (const entry of entries) {
      const entryKey = keyOf(entry.rule, entry.messageId, entry.line);
      remaining.set(entryKey, (remaining.get(entryKey) ?? 0) + entry.count);
    }
    let marked = false;
    const findings = file.findings.map((finding): Finding => {
      const findingKey = keyOf(finding.ruleId, finding.messageId, finding.context ?? '');
      // A file that could not be checked may hide anything: no baseline entry accounts for that.
      const left = finding.unchecked ? 0 : (remaining.get(findingKey) ?? 0);
      if (left > 0) {
        remaining.set(findingKey, left - 1);
        baselinedCount++;
        marked = true;
        return { ...finding, baselined: true };
      }
      if (finding.severity === 'error') errorCount++;
      else warningCount++;
      return finding;
    });
    return marked ? keep({ ...file, findings }) : file;
  });
  return { files, errorCount, warningCount, baselinedCount };
}

/**
 * A new baseline from a run. `write` records every finding of the files the run checked; `prune`
 * keeps only entries that still occur (never adding any). Entries of files the run did not check
 * are kept while the file exists.
 */
export function recordBaseline(
  result: LintResult,
  previous: Baseline | null,
  key: (file: string) => string,
  options: { mode: 'write' | 'prune'; fileExists: (baselineKey: string) => boolean },
): { baseline: Baseline; entries: number; dropped: number } {
  const files: Record<string, BaselineEntry[]> = {};
  const checked = new Set<string>();
  let dropped = 0;
  for (const file of result.files) {
    const path = key(file.file);
    checked.add(path);
    const current = new Map<string, BaselineEntry>();
    for (const finding of file.findings) {
      if (finding.unchecked) continue;
      const line = finding.context ?? '';
      const entryKey = keyOf(finding.ruleId, finding.messageId, line);
      const entry = current.get(entryKey);
      if (entry) entry.count++;
      else current.set(entryKey, { rule: finding.ruleId, messageId: finding.messageId, line, count: 1 });
    }
    let entries: BaselineEntry[];
    if (options.mode === 'write') {
      entries = [...current.values()];
    } else {
      entries = [];
      for (const old of previous?.files[path] ?? []) {
        const now = current.get(keyOf(old.rule, old.messageId, old.line));
        const count = Math.min(old.count, now?.count ?? 0);
        dropped += old.count - count;
        if (count > 0) entries.push({ ...old, count });
      }
    }
    if (entries.length > 0) files[path] = entries;
  }
  for (const [path, entries] of Object.entries(previous?.files ?? {})) {
    if (checked.has(path)) continue;
    if (options.fileExists(path)) files[path] = entries;
    else dropped += entries.reduce((sum, entry) => sum + entry.count, 0);
  }
  const entries = Object.values(files).reduce((sum, list) => sum + list.reduce((total, entry) => total + entry.count, 0), 0);
  return { baseline: { files }, entries, dropped };
}
