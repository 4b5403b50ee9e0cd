/**
 * The command line: arguments in, exit code out. Everything it touches of the process (arguments,
 * working directory, streams, environment) is passed in, so tests run it in-process.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describePlan, InitError, planInit, WORKFLOW_TEMPLATE } from './init.js';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_FILE_NAMES, ConfigError, loadConfig, resolveConfig, settingsFor, type ResolvedConfig } from '../engine/config.js';
import { FileSelectionError, selectFiles, toPosix } from '../run/files.js';
import { GitError } from '../run/git.js';
import { BASELINE_FILE, readBaseline, recordBaseline, writeBaselineFile } from '../engine/baseline.js';
import { inertLines, plural, printable } from '../reporters/text.js';
import { fixPaths } from '../run/fix-paths.js';
import { lintPaths, parseShard, type Shard } from '../run/lint.js';
import { DEFAULT_CACHE_LOCATION, type ResultCache } from '../run/cache.js';
import { JsonReportError, mergeReports, readJsonReport } from '../reporters/json.js';
import { calendarProblem, parseDateText, toInstant } from '../schema/dates.js';
import { collectionMatcher } from '../schema/collections.js';
import type { LintResult } from '../engine/types.js';
import type { Timing } from '../engine/timing.js';
import { formatTimings } from './timing.js';
import { REPORTER_NAMES, reporters, type ReporterName } from '../reporters/index.js';
import { rules as builtInRules } from '../rules/index.js';
import type { Rule } from '../engine/rule.js';
import { TOOL_NAME, VERSION } from '../version.js';

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
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const FAIL_ON = ['error', 'warning', 'never'] as const;

const HELP = `Usage: ${TOOL_NAME} [options] [paths...]
       ${TOOL_NAME} schema [collection]
       ${TOOL_NAME} init [--force] [--workflow] [--import FILE]
       ${TOOL_NAME} merge [options] REPORT.json...

Checks Markdown content: front matter, encodings, scripts and more.
Paths are files, folders or globs; without any, the config's \`include\` is used.
\`schema\` lists the collections, or prints one collection's JSON Schema (for editors);
a folder named "schema" is written ./schema.
\`init\` writes a .content-lint.yml for the site in the current folder (--force to replace one,
--workflow to add .github/workflows/content-lint.yml, --import to read a remark-lint-frontmatter-schema
or JSON Schema mapping); a folder named "init" is written ./init.
\`merge\` combines the JSON reports of \`--shard\` runs into one report in any format (with
--format, --output, --fail-on, --max-warnings, --quiet).

Options:
  -c, --config FILE        Use this config file instead of searching for one
  -f, --format NAME        Output format: ${REPORTER_NAMES.join(', ')} (default: stylish)
  -o, --output FILE        Write the report to FILE instead of standard output
      --fail-on LEVEL      Exit 1 on findings of this level or worse: error, warning, never (default: error)
      --max-warnings N     Also exit 1 when there are more than N warnings
      --quiet              Report errors only
      --color, --no-color  Force colours on or off (default: on for terminals, off with NO_COLOR)
      --allow-plugins      Import the remark-lint packages the config names in \`remark.plugins\` from the
                           site's node_modules (code a pull request can change: never loaded without this)
      --fix                Remove what can be removed safely (ad units, ad blocks, tracking pixels, link farms)
      --fix-dry-run        Show what --fix would change, as a diff, without writing
      --check-urls         Fetch each absolute image URL (safely) and report those that answer no image
      --url-cache FILE     Keep URL results between runs in FILE (default .content-lint-cache/urls.json)
      --now DATE           Take DATE (e.g. 2024-09-21T12:00:00Z) as now, for reproducible date checks
      --changed-since REF  Check only files changed since the git REF, and compare them with it
      --baseline FILE      Findings recorded in FILE are reported apart and do not fail the run
                           (default: .content-lint-baseline.json next to the config, when there)
      --write-baseline[=FILE]  Record the findings of the checked files in the baseline, and exit 0
      --prune-baseline[=FILE]  Drop baseline entries that no longer occur, and exit 0
      --print-config FILE  Print the configuration that applies to FILE, and exit
      --cache              Keep results between runs; unchanged files are not checked again
      --cache-location FILE  Where --cache keeps them (default ${DEFAULT_CACHE_LOCATION})
      --shard I/N          Check only the I-th of N parts of the files (for a CI matrix; see merge)
      --workers N          Worker threads beside the main one (default: one per core but one;
                           0: none, not even for MDX)
      --file-timeout SECONDS  Stop checking a file after this long and report it (default 10)
      --timing             After the report, show on stderr the time each rule and shared step took
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no failing findings, 1 failing findings, 2 usage, config or internal error.
Docs: https://github.com/content-lint/content-lint#readme`;

export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  // Whatever reaches the terminal or a CI log — reports, notes, errors with file names in them —
  // holds no line a runner would take for a command (`::error::…`, `##[…`).
  const io: CliIo = { ...given, stdout: inertStream(given.stdout), stderr: inertStream(given.stderr) };
  const rules = given.rules ?? builtInRules;
  let parsed;
  // `--write-baseline=FILE` and `--prune-baseline=FILE`: the file is optional, which parseArgs cannot say.
  let baselineTarget: string | undefined;
  const args = argv.map((arg) => {
    const match = /^--(write|prune)-baseline=(.*)$/s.exec(arg);
    if (!match) return arg;
    baselineTarget = match[2];
    return `--${match[1]}-baseline`;
  });
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f', default: 'stylish' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string', default: 'error' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'print-config': { type: 'string' },
        now: { type: 'string' },
        fix: { type: 'boolean', default: false },
        'check-urls': { type: 'boolean', default: false },
        'allow-plugins': { type: 'boolean', default: false },
        'url-cache': { type: 'string' },
        'fix-dry-run': { type: 'boolean', default: false },
        'changed-since': { type: 'string' },
        baseline: { type: 'string' },
        workers: { type: 'string' },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        shard: { type: 'string' },
        'file-timeout': { type: 'string' },
        timing: { type: 'boolean', default: false },
        'write-baseline': { type: 'boolean', default: false },
        'prune-baseline': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        workflow: { type: 'boolean', default: false },
        import: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const format = values.format as ReporterName;
  if (!REPORTER_NAMES.includes(format)) {
    return usage(io, `Unexpected format \`${values.format}\`, expected one of ${REPORTER_NAMES.join(', ')}`);
  }
  const failOn = values['fail-on'] as (typeof FAIL_ON)[number];
  if (!FAIL_ON.includes(failOn)) {
    return usage(io, `Unexpected --fail-on \`${values['fail-on']}\`, expected one of ${FAIL_ON.join(', ')}`);
  }
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      return usage(io, `Unexpected --max-warnings \`${values['max-warnings']}\`, expected a whole number of 0 or more`);
    }
  }

  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 0 || workers > 256) return usage(io, `Unexpected --workers \`${values.workers}\`, expected a whole number from 0 to 256`);
  }
  let timeBudgetMs: number | undefined;
  if (values['file-timeout'] !== undefined) {
    timeBudgetMs = Number(values['file-timeout']) * 1000;
    if (!Number.isFinite(timeBudgetMs) || timeBudgetMs <= 0) return usage(io, `Unexpected --file-timeout \`${values['file-timeout']}\`, expected a number of seconds above 0`);
  }

  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    shard = parseShard(values.shard) ?? undefined;
    if (!shard) return usage(io, `Unexpected --shard \`${values.shard}\`, expected I/N with 1 ≤ I ≤ N, such as 2/4`);
  }

  let now: number | undefined;
  if (values.now !== undefined) {
    const parts = parseDateText(values.now);
    if (!parts || calendarProblem(parts)) return usage(io, `Unexpected --now \`${values.now}\`, expected a date such as 2024-09-21T12:00:00Z`);
    // A --now without a zone is read as UTC: it is a moment of the run, not a date of the site.
    now = toInstant(parts, 'UTC');
  }

  try {
    if (positionals[0] === 'init') {
      if (positionals.length > 1) return usage(io, `Unexpected \`${positionals[1]}\` after init, expected options only`);
      return runInit(io, { force: values.force, workflow: values.workflow, importFile: values.import });
    }
    if (positionals[0] === 'merge') {
      const reports = positionals.slice(1);
      if (reports.length === 0) return usage(io, 'Missing reports after merge, expected the JSON files of the shards');
      const result = mergeReports(reports.map((name) => ({ name, ...readJsonReport(readReport(io.cwd, name), name) })));
      writeReport(result, values, format, io, given);
      return exitCode(result, failOn, maxWarnings, io);
    }
    if (positionals[0] === 'schema') {
      const config = await loadConfig(io.cwd, rules, values.config, 'skip');
      return printSchema(config, positionals.slice(1), io);
    }
    if (values['print-config'] !== undefined) {
      const config = await loadConfig(io.cwd, rules, values.config, 'skip');
      io.stdout.write(`${JSON.stringify(describeConfig(config, values['print-config'], io.cwd), null, 2)}\n`);
      return EXIT.ok;
    }

    const recording = values['write-baseline'] ? 'write' : values['prune-baseline'] ? 'prune' : null;
    if (values['write-baseline'] && values['prune-baseline']) return usage(io, 'Unexpected --write-baseline with --prune-baseline, expected one of them');
    if (recording && (values.fix || values['fix-dry-run'])) return usage(io, `Unexpected --${recording}-baseline with --fix, expected one of them`);
    if (values.timing && (values.fix || values['fix-dry-run'] || recording)) return usage(io, `Unexpected --timing with --${recording ? `${recording}-baseline` : 'fix'}, expected it on a plain run`);
    const progress = createProgress(io);
    const lintOptions = {
      cwd: io.cwd,
      patterns: positionals,
      configFile: values.config,
      rules,
      allowPlugins: values['allow-plugins'],
      onProgress: progress.update,
      changedSince: values['changed-since'],
      workers,
      timeBudgetMs,
      shard,
      timing: values.timing,
      ...(values.cache || values['cache-location'] !== undefined
        ? {
            cache: values['cache-location'] ?? DEFAULT_CACHE_LOCATION,
            onCache: (cache: ResultCache) => {
              if (cache.discarded) io.stderr.write(`${TOOL_NAME}: cache ${toPosix(path.relative(io.cwd, cache.file))} not used: ${cache.discarded}; starting afresh\n`);
            },
          }
        : {}),
      // Recording a baseline needs every finding; otherwise the baseline is applied.
      baseline: recording ? (false as const) : values.baseline,
      ...(now === undefined ? {} : { now }),
      ...(values['check-urls'] ? { network: { cacheFile: path.resolve(io.cwd, values['url-cache'] ?? '.content-lint-cache/urls.json') } } : {}),
    };
    let result: LintResult;
    let timings: Timing[] | null = null;
    if (values.fix || values['fix-dry-run']) {
      const dryRun = values['fix-dry-run'];
      const outcome = await fixPaths(lintOptions, dryRun);
      io.onLint?.();
      progress.done();
      // The posts' own lines: no escape sequence of theirs reaches the terminal (tabs and line breaks stay).
      // eslint-disable-next-line no-control-regex
      for (const patch of outcome.patches) io.stdout.write(patch.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (character) => printable(character)));
      const verb = dryRun ? 'would fix' : 'fixed';
      io.stderr.write(`${TOOL_NAME}: ${verb} ${outcome.fixedProblems} problem${outcome.fixedProblems === 1 ? '' : 's'} in ${outcome.fixedFiles} file${outcome.fixedFiles === 1 ? '' : 's'}${dryRun ? ' (nothing written)' : ''}\n`);
      result = outcome.result;
      if (dryRun) {
        // The diff is the output; the findings that would remain go to stderr.
        const remaining = reporters.compact(values.quiet ? onlyErrors(result) : result, { rules, color: false });
        if (remaining) io.stderr.write(remaining);
        return exitCode(result, failOn, maxWarnings, io);
      }
    } else if (recording) {
      const outcome = await lintPaths(lintOptions);
      io.onLint?.();
      progress.done();
      const target = path.resolve(io.cwd, baselineTarget ?? values.baseline ?? path.join(outcome.config.root, BASELINE_FILE));
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
    } else {
      const outcome = await lintPaths(lintOptions);
      io.onLint?.();
      result = outcome.result;
      timings = outcome.timings;
      progress.done();
      // Paths named on the command line that select nothing are refused earlier; the config's own `include` is said here.
      if (result.files.length === 0 && positionals.length === 0 && values['changed-since'] === undefined && values.shard === undefined) {
        const from = outcome.config.file ? toPosix(path.relative(io.cwd, outcome.config.file)) || outcome.config.file : 'the default config';
        io.stderr.write(`${TOOL_NAME}: no file to check: the include globs of ${from} (${outcome.config.include.map((glob) => `\`${glob}\``).join(', ')}) match none\n`);
      }
    }
    writeReport(result, values, format, io, given);
    if (timings) io.stderr.write(formatTimings(timings));
    return exitCode(result, failOn, maxWarnings, io);
  } catch (error) {
    if (
      error instanceof ConfigError ||
      error instanceof FileSelectionError ||
      error instanceof GitError ||
      error instanceof InitError ||
      error instanceof JsonReportError
    ) {
      io.stderr.write(`${TOOL_NAME}: ${printableLines(error.message)}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`${TOOL_NAME}: internal error: ${printableLines((error as Error)?.stack ?? String(error))}\nPlease report this bug.\n`);
    return EXIT.usage;
  }
}

/** Writes the report in the format asked, to the file or standard output. */
function writeReport(
  result: LintResult,
  values: { quiet: boolean; color?: boolean | undefined; 'no-color'?: boolean | undefined; output?: string | undefined },
  format: ReporterName,
  io: CliIo,
  /** The streams as given: the `github` format's commands are its own (their values escaped), so they reach stdout as written. */
  given: CliIo,
): void {
  const shown = values.quiet ? onlyErrors(result) : result;
  const color = values['no-color'] ? false : (values.color ?? wantsColor(io));
  const text = reporters[format](shown, { rules: io.rules ?? builtInRules, color: values.output ? false : color });
  if (values.output) writeFileSync(path.resolve(io.cwd, values.output), text);
  else (format === 'github' ? given.stdout : io.stdout).write(text);
}

function readReport(cwd: string, name: string): string {
  try {
    return readFileSync(path.resolve(cwd, name), 'utf8');
  } catch (error) {
    throw new JsonReportError(`${name}: cannot read the report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function exitCode(result: LintResult, failOn: (typeof FAIL_ON)[number], maxWarnings: number, io: CliIo): number {
  if (result.warningCount > maxWarnings) {
    io.stderr.write(`${TOOL_NAME}: ${result.warningCount} warnings, more than --max-warnings ${maxWarnings}\n`);
  }
  const failing =
    (failOn !== 'never' && result.errorCount > 0) || (failOn === 'warning' && result.warningCount > 0) || result.warningCount > maxWarnings;
  return failing ? EXIT.findings : EXIT.ok;
}

/** A stream whose every write goes through `inertLines`. */
function inertStream<Stream extends CliIo['stdout']>(stream: Stream): Stream {
  return { ...stream, isTTY: stream.isTTY, write: (text: string) => stream.write(inertLines(text)) };
}

/** Text of several lines for a terminal: each line's control characters escaped (file names can hold any). */
function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`${TOOL_NAME}: ${printableLines(message)}\nRun \`${TOOL_NAME} --help\` for usage.\n`);
  return EXIT.usage;
}

function onlyErrors(result: LintResult): LintResult {
  return {
    ...result,
    warningCount: 0,
    files: result.files.map((file) => ({ ...file, findings: file.findings.filter((finding) => finding.severity === 'error') })),
  };
}

function wantsColor(io: CliIo): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
}

/** A one-line counter on stderr, for terminals only, and only once a run has taken a second. */
function createProgress(io: CliIo) {
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

/** `content-lint init`: a config for the site in the working directory, and optionally a workflow. */
function runInit(io: CliIo, options: { force: boolean; workflow: boolean; importFile: string | undefined }): number {
  const plan = planInit(io.cwd, options.importFile);
  const targets: Array<[string, string]> = [['.content-lint.yml', plan.config]];
  if (options.workflow) targets.push([path.join('.github', 'workflows', 'content-lint.yml'), WORKFLOW_TEMPLATE]);
  const existing = targets.filter(([file]) => existsSync(path.join(io.cwd, file))).map(([file]) => toPosix(file));
  const existingConfig = CONFIG_FILE_NAMES.filter((name) => name !== '.content-lint.yml' && existsSync(path.join(io.cwd, name)));
  if (!options.force && (existing.length > 0 || existingConfig.length > 0)) {
    io.stderr.write(`${TOOL_NAME}: ${[...existing, ...existingConfig].join(' and ')} already there; nothing written (--force replaces ${existing.length + existingConfig.length === 1 ? 'it' : 'them'})\n`);
    return EXIT.usage;
  }
  // Checked before writing: the config init writes must load.
  resolveConfig(parseYaml(plan.config), io.rules ?? builtInRules, { root: io.cwd, file: path.join(io.cwd, '.content-lint.yml') });
  io.stdout.write(`${describePlan(plan).join('\n')}\n\n`);
  for (const [file, content] of targets) {
    mkdirSync(path.dirname(path.join(io.cwd, file)), { recursive: true });
    writeFileSync(path.join(io.cwd, file), content);
    io.stdout.write(`Wrote ${toPosix(file)}\n`);
  }
  io.stdout.write(`\nNext: \`npx ${TOOL_NAME}\` shows what it finds; \`npx ${TOOL_NAME} --write-baseline\` records today's findings so that only new ones fail.\n`);
  return EXIT.ok;
}

/** `content-lint schema [collection]`: the collections, or one collection's JSON Schema. */
function printSchema(config: ResolvedConfig, names: string[], io: CliIo): number {
  const [name] = names;
  if (name === undefined) {
    for (const collection of config.collections) {
      io.stdout.write(`${collection.name}\t${collection.include.join(', ')}\t${collection.preset ?? (collection.fields ? 'fields' : 'schema')} (${collection.source})\n`);
    }
    return EXIT.ok;
  }
  const collection = config.collections.find((candidate) => candidate.name === name);
  if (!collection) {
    return usage(io, `Unexpected collection \`${name}\`, expected one of ${config.collections.map((candidate) => `\`${candidate.name}\``).join(', ')}`);
  }
  const schema = collection.jsonSchema();
  if (!schema) return usage(io, `Collection \`${name}\` has a schema that cannot be written as JSON Schema`);
  io.stdout.write(`${JSON.stringify({ title: `${TOOL_NAME}: front matter of collection ${name}`, ...schema }, null, 2)}\n`);
  return EXIT.ok;
}

/** What `--print-config FILE` shows: the config in force for that file, and whether it is selected. */
function describeConfig(config: ResolvedConfig, file: string, cwd: string) {
  const projectPath = toPosix(path.relative(config.root, path.resolve(cwd, file)));
  let selected = false;
  try {
    selected = selectFiles([], config, cwd).some((entry) => entry.projectPath === projectPath);
  } catch {
    selected = false;
  }
  const collection = collectionMatcher(config.collections)(projectPath);
  return {
    file: toPosix(path.relative(cwd, path.resolve(cwd, file))),
    selected,
    configFile: config.file ? toPosix(path.relative(cwd, config.file)) || config.file : null,
    root: toPosix(path.relative(cwd, config.root)) || '.',
    generator: config.site.generator ?? 'none detected (generic Markdown)',
    detectedFrom: config.site.evidence,
    collection: collection
      ? {
          name: collection.name,
          source: collection.source,
          preset: collection.preset,
          unknownKeys: collection.unknownKeys,
          frontMatter: collection.frontMatter,
          unique: collection.unique,
          fields: collection.fields ? Object.keys(collection.fields) : 'JSON Schema or zod (see `content-lint schema`)',
        }
      : null,
    collections: config.collections.map((candidate) => ({ name: candidate.name, include: candidate.include, exclude: candidate.exclude, preset: candidate.preset, source: candidate.source })),
    include: config.include,
    exclude: config.exclude,
    gitignore: config.gitignore,
    maxFileSize: config.maxFileSize,
    site: config.site,
    allowInlineDisable: [...config.allowInlineDisable],
    // Precedence: each rule's default, then `rules`, then every matching override in order.
    overrides: config.overrides.map((override, index) => ({
      index,
      files: override.files,
      excludedFiles: override.excludedFiles,
      appliesToThisFile: override.matches(projectPath),
      rules: Object.fromEntries([...override.rules].map(([id, setting]) => [id, setting.options === undefined ? setting.severity : [setting.severity, setting.options]])),
    })),
    rules: Object.fromEntries([...settingsFor(config, projectPath)].map(([id, setting]) => [id, [setting.severity, setting.options]])),
  };
}
