/**
 * What the command line writes: reports in the format asked, through streams in which no line is
 * a CI runner's command, exit codes, a progress counter for terminals, usage errors.
 */
import path from 'node:path';
import type { Rule } from '../engine/rule.js';
import type { LintResult } from '../engine/types.js';
import { writeReportFile, writeReportTo } from '../run/report-file.js';
import { reporters } from '../reporters/index.js';
import { inertLines, printable } from '../reporters/text.js';
import { rules as builtInRules } from '../rules/index.js';
import { TOOL_NAME } from '../version.js';
import type { CliArgs, FAIL_ON } from './args.js';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): void; isTTY?: boolean };
  stderr: { write(text: string): void; isTTY?: boolean };
  /** Clock for the progress indicator. */
  now?: () => number;
  /** Called when files have been linted (the command then keeps a code cache that covers the lint: bin.ts). */
  onLint?: () => void;
  /** The rules to run: the built-in registry unless given (tests give registries of their own). */
  rules?: readonly Rule<any>[];
  /** Reads all of standard input (`--stdin`). */
  readStdin?: () => Promise<Uint8Array>;
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Writes the report in the format asked, to the file or standard output. */
export function writeReport(
  result: LintResult,
  { quiet, color, output, format }: Pick<CliArgs, 'quiet' | 'color' | 'output' | 'format'>,
  io: CliIo,
  /** The streams as given: for the formats written to stdout as they are (`AS_WRITTEN`). */
  given: CliIo,
): void {
  const shown = quiet ? onlyErrors(result) : result;
  const report = reporters[format](shown, { rules: io.rules ?? builtInRules, color: output ? false : (color ?? wantsColor(io)) });
  if (output) writeReportFile(path.resolve(io.cwd, output), report);
  else writeReportTo(AS_WRITTEN.has(format) ? given.stdout : io.stdout, report);
}

/**
 * Formats written to stdout as they come, not through `inertStream`: the github format's commands
 * are its own (their values escaped), and the JSON formats are inert as written (`inertJson`: a line
 * of indented JSON never starts with `::`, and `#` is escaped where a command would start), so a
 * second pass over them found nothing (two regular expressions over a JSON report of 16,000 spam posts).
 */
const AS_WRITTEN = new Set<CliArgs['format']>(['github', 'json', 'sarif', 'gitlab']);

export function exitCode(result: LintResult, failOn: (typeof FAIL_ON)[number], maxWarnings: number, io: CliIo): number {
  if (result.warningCount > maxWarnings) {
    io.stderr.write(`${TOOL_NAME}: ${result.warningCount} warnings, more than --max-warnings ${maxWarnings}\n`);
  }
  const failing =
    (failOn !== 'never' && result.errorCount > 0) || (failOn === 'warning' && result.warningCount > 0) || result.warningCount > maxWarnings;
  return failing ? EXIT.findings : EXIT.ok;
}

/** A stream whose every write goes through `inertLines`. */
export function inertStream<Stream extends CliIo['stdout']>(stream: Stream): Stream {
  return { ...stream, isTTY: stream.isTTY, write: (text: string) => stream.write(inertLines(text)) };
}

/** Text of several lines for a terminal: each line's control characters escaped (file names can hold any). */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

export function usage(io: CliIo, message: string): number {
  io.stderr.write(`${TOOL_NAME}: ${printableLines(message)}\nRun \`${TOOL_NAME} --help\` for usage.\n`);
  return EXIT.usage;
}

export function onlyErrors(result: LintResult): LintResult {
  return {
    ...result,
    warningCount: 0,
    // Filtered as they are read: the findings may be on disk (run/spool.ts).
    files: result.files.map((file) => ({
      file: file.file,
      suppressed: file.suppressed,
      get findings() {
        return file.findings.filter((finding) => finding.severity === 'error');
      },
    })),
  };
}

function wantsColor(io: CliIo): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
}

/** A one-line counter on stderr, for terminals only, and only once a run has taken a second. */
export function createProgress(io: CliIo) {
  const now = io.now ?? Date.now;
  const interactive = Boolean(io.stderr.isTTY) && !io.env.CI;
  const started = now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done: number, total: number): void {
      if (!interactive) return;
      const time = now();
      if (time - started < 1000 || time - lastDraw < 100) return;
      lastDraw = time;
      drawn = true;
      io.stderr.write(`\r${TOOL_NAME}: ${done}/${total} files`);
    },
    done(): void {
      if (drawn) io.stderr.write('\r\u001b[2K');
    },
  };
}

