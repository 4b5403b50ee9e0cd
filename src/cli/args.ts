/** The command line's arguments, checked, as one typed object (usage mistakes as messages, never thrown). */
import { parseArgs } from 'node:util';
import { REPORTER_NAMES, type ReporterName } from '../reporters/index.js';
import { DEFAULT_CACHE_LOCATION, DEFAULT_URL_CACHE } from '../run/cache.js';
import { parseShard, type Shard } from '../run/shard.js';
import { calendarProblem, parseDateText, toInstant } from '../schema/dates.js';
import { DOCS_URL, TOOL_NAME } from '../version.js';

export const FAIL_ON = ['error', 'warning', 'never'] as const;

export const HELP = `Usage: ${TOOL_NAME} [options] [paths...]
       ${TOOL_NAME} schema [collection]
       ${TOOL_NAME} init [--force] [--workflow] [--import FILE]
       ${TOOL_NAME} merge [options] REPORT.json...
       ${TOOL_NAME} lsp

Checks Markdown content: front matter, encodings, scripts and more.
Paths are files, folders or globs; without any, the config's \`include\` is used.
\`schema\` lists the collections, or prints one collection's JSON Schema (for editors);
a folder named "schema" is written ./schema.
\`init\` writes a .content-lint.yml for the site in the current folder (--force to replace one,
--workflow to add .github/workflows/content-lint.yml, --import to read a remark-lint-frontmatter-schema
or JSON Schema mapping); a folder named "init" is written ./init.
\`lsp\` serves editors as a language server on standard input and output (diagnostics, fixes).
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
      --url-cache FILE     Keep URL results between runs in FILE (default ${DEFAULT_URL_CACHE})
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
                           0: none, not even for MDX, nor a reader thread)
      --file-timeout SECONDS  Stop checking a file after this long and report it (default 10)
      --timing             After the report, show on stderr the time each rule and shared step took
      --stdin              Lint the text of standard input instead of files (for editors and scripts)
      --stdin-filename PATH  The path that text stands for: it chooses the config's collection and
                           rules, and names the findings (default: stdin.md)
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no failing findings, 1 failing findings, 2 usage, config or internal error.
Docs: ${DOCS_URL}`;

export interface CliArgs {
  command: 'help' | 'version' | 'init' | 'merge' | 'schema' | 'print-config' | 'lsp' | 'lint';
  /** Paths to check; the reports for `merge`; the collection for `schema`. */
  operands: string[];
  config: string | undefined;
  format: ReporterName;
  output: string | undefined;
  failOn: (typeof FAIL_ON)[number];
  maxWarnings: number;
  quiet: boolean;
  /** `--color` / `--no-color`; `undefined`: as the terminal and the environment say. */
  color: boolean | undefined;
  /** `--fix`, `--fix-dry-run`. */
  fix: 'write' | 'dry-run' | null;
  /** `--write-baseline`, `--prune-baseline`, and the file named with `=`. */
  recording: 'write' | 'prune' | null;
  baselineTarget: string | undefined;
  printConfig: string | undefined;
  init: { force: boolean; workflow: boolean; importFile: string | undefined };
  run: {
    allowPlugins: boolean;
    changedSince: string | undefined;
    workers: number | undefined;
    timeBudgetMs: number | undefined;
    shard: Shard | undefined;
    now: number | undefined;
    timing: boolean;
    /** `--stdin`: the path the text of standard input stands for (`--stdin-filename`); `undefined`: files are linted. */
    stdin: string | undefined;
    /** The cache file (`--cache`, `--cache-location`); `undefined`: no cache. */
    cache: string | undefined;
    baseline: string | undefined;
    /** The URL cache file (`--check-urls`, `--url-cache`); `undefined`: no network checks. */
    urlCache: string | undefined;
  };
}

/** The arguments, checked; or what is wrong with them, as a message. */
export function parseCliArgs(argv: readonly string[]): CliArgs | { usage: string } {
  // `--write-baseline=FILE` and `--prune-baseline=FILE`: the file is optional, which parseArgs cannot say.
  let baselineTarget: string | undefined;
  const args = argv.map((arg) => {
    const match = /^--(write|prune)-baseline=(.*)$/s.exec(arg);
    if (!match) return arg;
    baselineTarget = match[2];
    return `--${match[1]}-baseline`;
  });
  let parsed;
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
      stdin: { type: 'boolean', default: false },
      'stdin-filename': { type: 'string' },
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
    return { usage: (error as Error).message };
  }
  const { values, positionals } = parsed;
  const format = values.format as ReporterName;
  if (!REPORTER_NAMES.includes(format)) return { usage: `Unexpected format \`${values.format}\`, expected one of ${REPORTER_NAMES.join(', ')}` };
  const failOn = values['fail-on'] as (typeof FAIL_ON)[number];
  if (!FAIL_ON.includes(failOn)) return { usage: `Unexpected --fail-on \`${values['fail-on']}\`, expected one of ${FAIL_ON.join(', ')}` };
  const maxWarnings = values['max-warnings'] === undefined ? Infinity : Number(values['max-warnings']);
  if (values['max-warnings'] !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) return { usage: `Unexpected --max-warnings \`${values['max-warnings']}\`, expected a whole number of 0 or more` };
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 256)) return { usage: `Unexpected --workers \`${values.workers}\`, expected a whole number from 0 to 256` };
  const timeBudgetMs = values['file-timeout'] === undefined ? undefined : Number(values['file-timeout']) * 1000;
  if (timeBudgetMs !== undefined && (!Number.isFinite(timeBudgetMs) || timeBudgetMs <= 0)) return { usage: `Unexpected --file-timeout \`${values['file-timeout']}\`, expected a number of seconds above 0` };
  const shard = values.shard === undefined ? undefined : (parseShard(values.shard) ?? null);
  if (shard === null) return { usage: `Unexpected --shard \`${values.shard}\`, expected I/N with 1 ≤ I ≤ N, such as 2/4` };
  let now: number | undefined;
  if (values.now !== undefined) {
    const parts = parseDateText(values.now);
    if (!parts || calendarProblem(parts)) return { usage: `Unexpected --now \`${values.now}\`, expected a date such as 2024-09-21T12:00:00Z` };
    // A --now without a zone is read as UTC: it is a moment of the run, not a date of the site.
    now = toInstant(parts, 'UTC');
  }
  const recording = values['write-baseline'] ? 'write' : values['prune-baseline'] ? 'prune' : null;
  const fix = values['fix-dry-run'] ? 'dry-run' : values.fix ? 'write' : null;
  if (values['write-baseline'] && values['prune-baseline']) return { usage: 'Unexpected --write-baseline with --prune-baseline, expected one of them' };
  if (recording && fix) return { usage: `Unexpected --${recording}-baseline with --fix, expected one of them` };
  if (values.timing && (fix || recording)) return { usage: `Unexpected --timing with --${recording ? `${recording}-baseline` : 'fix'}, expected it on a plain run` };
  if (values['stdin-filename'] !== undefined && !values.stdin) return { usage: 'Unexpected --stdin-filename without --stdin' };
  if (values.stdin) {
    const other = fix ? (fix === 'dry-run' ? '--fix-dry-run' : '--fix') : recording ? `--${recording}-baseline` : values.cache ? '--cache' : values['changed-since'] !== undefined ? '--changed-since' : values.shard !== undefined ? '--shard' : positionals.length > 0 ? `\`${positionals[0]}\`` : null;
    if (other) return { usage: `Unexpected ${other} with --stdin, expected the text of one file on standard input` };
  }
  const [first, ...rest] = positionals;
  const command = values.help ? 'help' : values.version ? 'version' : first === 'init' || first === 'merge' || first === 'schema' || first === 'lsp' ? first : values['print-config'] !== undefined ? 'print-config' : 'lint';
  if (command === 'lsp' && rest.length > 0) return { usage: `Unexpected \`${rest[0]}\` after lsp, expected nothing: the editor speaks to it on standard input and output` };
  if (command === 'init' && rest.length > 0) return { usage: `Unexpected \`${rest[0]}\` after init, expected options only` };
  if (command === 'merge' && rest.length === 0) return { usage: 'Missing reports after merge, expected the JSON files of the shards' };
  return {
    command,
    operands: command === 'merge' || command === 'schema' || command === 'init' || command === 'lsp' ? rest : positionals,
    config: values.config,
    format,
    output: values.output,
    failOn,
    maxWarnings,
    quiet: values.quiet,
    color: values['no-color'] ? false : values.color,
    fix,
    recording,
    baselineTarget,
    printConfig: values['print-config'],
    init: { force: values.force, workflow: values.workflow, importFile: values.import },
    run: {
      allowPlugins: values['allow-plugins'],
      changedSince: values['changed-since'],
      workers,
      timeBudgetMs,
      shard,
      now,
      timing: values.timing,
      stdin: values.stdin ? (values['stdin-filename'] ?? 'stdin.md') : undefined,
      cache: values.cache || values['cache-location'] !== undefined ? (values['cache-location'] ?? DEFAULT_CACHE_LOCATION) : undefined,
      baseline: values.baseline,
      urlCache: values['check-urls'] ? (values['url-cache'] ?? DEFAULT_URL_CACHE) : undefined,
    },
  };
}
