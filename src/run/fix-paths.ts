/** `--fix` over a run's files: lint, fix what can be fixed (see engine/fix.ts), write or show the diff, lint again. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { fixBytes } from '../engine/fix.js';
import { summarize } from '../engine/results.js';
import type { LintResult } from '../engine/types.js';
import { lintPaths, type LintPathsOptions } from './lint.js';

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
