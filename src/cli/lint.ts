/** The command's main work: lint (or fix, or record the baseline), then report. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BASELINE_FILE, readBaseline, recordBaseline, writeBaselineFile } from '../engine/baseline.js';
import type { Rule } from '../engine/rule.js';
import { writeReportTo } from '../run/report-file.js';
import { reporters } from '../reporters/index.js';
import { plural, printable } from '../reporters/text.js';
import type { ResultCache } from '../run/cache.js';
import { toPosix } from '../run/files.js';
import { fixPaths } from '../run/fix-paths.js';
import { lintPaths, lintSource, type LintPathsOptions, type LintPathsOutcome } from '../run/lint.js';
import { TOOL_NAME } from '../version.js';
import type { CliArgs } from './args.js';
import { createProgress, EXIT, exitCode, onlyErrors, writeReport, type CliIo } from './output.js';
import { formatTimings } from './timing.js';

export async function runLint(args: CliArgs, io: CliIo, given: CliIo, rules: readonly Rule<any>[]): Promise<number> {
  const { run, recording } = args;
  const progress = createProgress(io);
  const options: LintPathsOptions = {
    cwd: io.cwd,
    patterns: args.operands,
    configFile: args.config,
    rules,
    allowPlugins: run.allowPlugins,
    onProgress: progress.update,
    changedSince: run.changedSince,
    workers: run.workers,
    timeBudgetMs: run.timeBudgetMs,
    shard: run.shard,
    timing: run.timing,
    ...(run.cache === undefined
      ? {}
      : {
          cache: run.cache,
          onCache: (cache: ResultCache) => {
            if (cache.discarded) io.stderr.write(`${TOOL_NAME}: cache ${toPosix(path.relative(io.cwd, cache.file))} not used: ${cache.discarded}; starting afresh\n`);
          },
        }),
    // Recording a baseline needs every finding; otherwise the baseline is applied.
    baseline: recording ? false : run.baseline,
    ...(run.now === undefined ? {} : { now: run.now }),
    ...(run.urlCache === undefined ? {} : { network: { cacheFile: path.resolve(io.cwd, run.urlCache) } }),
  };
  if (args.fix) {
    const dryRun = args.fix === 'dry-run';
    const outcome = await fixPaths(options, dryRun);
    io.onLint?.();
    progress.done();
    // The posts' own lines: no escape sequence of theirs reaches the terminal (tabs and line breaks stay).
    // eslint-disable-next-line no-control-regex
    for (const patch of outcome.patches) io.stdout.write(patch.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (character) => printable(character)));
    io.stderr.write(`${TOOL_NAME}: ${dryRun ? 'would fix' : 'fixed'} ${plural(outcome.fixedProblems, 'problem')} in ${plural(outcome.fixedFiles, 'file')}${dryRun ? ' (nothing written)' : ''}\n`);
    if (dryRun) {
      // The diff is the output; the findings that would remain go to stderr.
      writeReportTo(io.stderr, reporters.compact(args.quiet ? onlyErrors(outcome.result) : outcome.result, { rules, color: false }));
    } else writeReport(outcome.result, args, io, given);
    return exitCode(outcome.result, args.failOn, args.maxWarnings, io);
  }
  if (run.stdin !== undefined && !io.readStdin) throw new Error('--stdin: no standard input to read');
  const outcome = run.stdin !== undefined && io.readStdin ? await lintSource(await io.readStdin(), run.stdin, options) : await lintPaths({ ...options, spool: true });
  io.onLint?.();
  progress.done();
  try {
    return report(outcome, args, io, given);
  } finally {
    outcome.release();
  }
}

function report(outcome: LintPathsOutcome, args: CliArgs, io: CliIo, given: CliIo): number {
  const { run, recording } = args;
  for (const notice of outcome.notices) io.stderr.write(`${TOOL_NAME}: ${notice}\n`);
  if (recording) {
    const target = path.resolve(io.cwd, args.baselineTarget ?? run.baseline ?? path.join(outcome.config.root, BASELINE_FILE));
    const recorded = recordBaseline(outcome.result, readBaseline(target), outcome.projectPathOf, {
      mode: recording,
      fileExists: (file) => existsSync(path.resolve(outcome.config.root, file)),
    });
    writeBaselineFile(target, recorded.baseline);
    const shown = toPosix(path.relative(io.cwd, target)) || target;
    io.stderr.write(
      recording === 'write'
        ? `${TOOL_NAME}: recorded ${plural(recorded.entries, 'finding')} in ${shown}; later runs fail only on new ones\n`
        : `${TOOL_NAME}: dropped ${plural(recorded.dropped, 'finding')} that no longer occur from ${shown}; ${recorded.entries} left\n`,
    );
    return EXIT.ok;
  }
  const { result, config } = outcome;
  // Paths named on the command line that select nothing are refused earlier; the config's own `include` is said here.
  if (result.files.length === 0 && args.operands.length === 0 && run.changedSince === undefined && run.shard === undefined) {
    const from = config.file ? toPosix(path.relative(io.cwd, config.file)) || config.file : 'the default config';
    io.stderr.write(`${TOOL_NAME}: no file to check: the include globs of ${from} (${config.include.map((glob) => `\`${glob}\``).join(', ')}) match none\n`);
  }
  writeReport(result, args, io, given);
  if (outcome.timings) io.stderr.write(formatTimings(outcome.timings));
  return exitCode(result, args.failOn, args.maxWarnings, io);
}
