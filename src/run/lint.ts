/** The rule runner: files → documents → rules → findings, one file at a time. */
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, readSync, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { rules as allRules } from '../rules/index.js';
import { ConfigError, isRuleOnAnywhere, loadConfig, resolveConfig, settingsFor, type ResolvedConfig, type RuleSetting } from '../engine/config.js';
import { LintDocument } from '../engine/document.js';
import { isMdxPath, loadMdx } from '../markdown/mdx.js';
import { crypto } from '../engine/builtins.js';
import { selectFiles, selectUnlisted, toPosix, type FileEntry } from './files.js';
import { siteFiles } from './site-files.js';
import { changesSince } from './git.js';
import { collectionMatcher } from '../schema/collections.js';
import { parseDateText, toInstant } from '../schema/dates.js';
import type { NetworkOptions } from '../images/network.js';
import { isFileLocal, isProtected, quote, renderMessage, runsInWorkers, type History, type PluginPolicy, type ProjectContext, type Report, type Rule, type UrlChecker } from '../engine/rule.js';
import { closest } from '../text/suggest.js';
import { applyDirectives, type Directive } from '../engine/suppression.js';
import { applyBaseline, BASELINE_FILE, lineContext, newFindings, readBaseline } from '../engine/baseline.js';
import { WorkerPool, workerScript, type PooledResult, type PoolOptions } from './pool.js';
import { DEFAULT_TIME_BUDGET_MS, overBudget, runSlice, runWithin } from './budget.js';
import { cacheKey, ResultCache, type Lookup } from './cache.js';
import { addTime, isTiming, startTiming, stopTiming, timed, timedAsync, timedRule, type Timing } from '../engine/timing.js';
import type { FileResult, Finding, LintResult, Severity, SeveritySetting, Span } from '../engine/types.js';
import { compareFindings, summarize } from '../engine/results.js';

/** What one run shares between files: the project's facts, and each rule's state. */
export interface Run {
  project: ProjectContext;
  states: Map<string, unknown>;
  /** The inline directives of each file that has any, for findings reported after the whole run. */
  directives: Map<string, Directive[]>;
  /** Each linted file's path from the config root, for the settings of findings reported after the run. */
  projectPaths: Map<string, string>;
}

export interface RunOptions {
  /** Overrides the config's `now`; without either, the run's start. */
  now?: number;
  history?: History | null;
  /** Turns network checks on (`--check-urls`). */
  network?: Partial<NetworkOptions> | null;
}

export function createRun(config: ResolvedConfig, rules: readonly Rule<any>[] = allRules, options: RunOptions = {}): Run {
  const ruleIds = new Set(rules.map((rule) => rule.meta.id));
  const protectedIds = new Set(rules.filter(isProtected).map((rule) => rule.meta.id));
  const collectionOf = collectionMatcher(config.collections);
  const now = options.now ?? configuredNow(config) ?? Date.now();
  return {
    project: {
      ruleIds,
      mayDisableInline: (ruleId) => !protectedIds.has(ruleId) || config.allowInlineDisable.has(ruleId),
      closestRuleId: (name) => closest(name, ruleIds),
      collectionFor: (document) => collectionOf(document.projectPath),
      site: config.site,
      now,
      history: options.history ?? null,
      // `--check-urls` (or the action input) decides; without either, the config's `images.checkUrls`.
      network: urlChecker(options.network !== undefined ? options.network : config.images.checkUrls ? {} : null, now),
      fileExists: siteFiles(config.root),
      images: config.images,
    },
    states: new Map(rules.filter((rule) => rule.createState).map((rule) => [rule.meta.id, rule.createState?.()])),
    directives: new Map(),
    projectPaths: new Map(),
  };
}

/** The network checks a run provides to rules, when asked for: the module (HTTP, TLS, DNS, zlib) is loaded on first use only. */
function urlChecker(options: Partial<NetworkOptions> | null, now: number): UrlChecker | null {
  if (!options) return null;
  return { check: async (urls) => (await import('../images/network.js')).checkUrls(urls, options, now) };
}

function configuredNow(config: ResolvedConfig): number | undefined {
  const parts = config.now === undefined ? null : parseDateText(config.now);
  return parts ? toInstant(parts, config.site.timezone) : undefined;
}

export function lintDocument(
  document: LintDocument,
  config: ResolvedConfig,
  rules: readonly Rule<any>[] = allRules,
  run: Run = createRun(config, rules),
  /** When given, receives each site-file lookup the rules make, with its answer (for the cache). */
  lookups?: Lookup[],
): FileResult {
  const project: ProjectContext = lookups
    ? {
        ...run.project,
        fileExists(relativePath) {
          const answer = run.project.fileExists(relativePath);
          lookups.push([relativePath, answer]);
          return answer;
        },
      }
    : run.project;
  const findings: Finding[] = [];
  const settings = settingsFor(config, document.projectPath);
  run.projectPaths.set(document.path, document.projectPath);
  const timing = isTiming();
  // Rules that say what could not be checked go last: they see every shared step that failed.
  for (const rule of [...rules.filter((rule) => !rule.meta.unchecked), ...rules.filter((rule) => rule.meta.unchecked)]) {
    const { severity, options } = settingOf(settings, rule);
    const unchecked = rule.meta.unchecked;
    // A rule that is off still says when a file could not be checked.
    if (severity === 'off' && !unchecked) continue;
    const { id } = rule.meta;
    const tally = new Tally();
    const context = {
      document,
      options,
      project,
      state: run.states.get(id),
      report(report: Report) {
        if (unchecked?.includes(report.messageId)) findings.push(toFinding(rule, 'error', document.path, report, true));
        else if (severity !== 'off' && tally.admits(report)) findings.push(toFinding(rule, severity, document.path, report));
      },
    };
    try {
      if (timing) timedRule(id, () => rule.check(context));
      else rule.check(context);
    } catch (error) {
      // One broken rule must not end the run or hide the other rules' findings; the file was not fully checked.
      const reason = quote(error instanceof Error ? error.message : String(error), 200);
      findings.push(engineFinding(document.path, id, 'crash', `Rule \`${id}\` failed on this file (${reason}); the file was not fully checked. Please report this bug`, { reason }));
    }
    const beyond = severity === 'off' ? null : tally.beyond(id, severity);
    if (beyond) findings.push({ ...beyond, file: document.path });
  }
  const directives = document.source.lintable ? document.directives() : [];
  if (directives.length > 0) run.directives.set(document.path, directives);
  const { kept, suppressed } = applyDirectives(findings, directives, project.mayDisableInline);
  // One context per line: a line with thousands of findings is read once.
  const contexts = new Map<number, string>();
  for (const finding of kept) {
    let context = contexts.get(finding.line);
    if (context === undefined) contexts.set(finding.line, (context = lineContext(document.text, document.lines, finding.line)));
    finding.context = context;
  }
  return { file: document.path, findings: kept.sort(compareFindings), suppressed };
}

/** How many findings one rule lists for one file; the rest are counted in one finding that spans them. */
export const MAX_FINDINGS_PER_RULE = 500;

/** Counts a rule's reports on a file, past `MAX_FINDINGS_PER_RULE`. */
class Tally {
  #reports = 0;
  #beyond: { count: number; error: boolean; span: Span } | null = null;

  admits(report: Report): boolean {
    if (++this.#reports <= MAX_FINDINGS_PER_RULE) return true;
    const { span } = report;
    if (!this.#beyond) this.#beyond = { count: 0, error: false, span: { ...span } };
    const beyond = this.#beyond;
    beyond.count++;
    beyond.error ||= report.severity !== 'warning';
    if (span.endLine > beyond.span.endLine || (span.endLine === beyond.span.endLine && span.endColumn > beyond.span.endColumn)) {
      beyond.span.endLine = span.endLine;
      beyond.span.endColumn = span.endColumn;
    }
    return false;
  }

  /** The finding that says how many were not listed: it spans them all, so a filter by lines keeps it when it would keep any of them. */
  beyond(id: string, severity: Severity): Omit<Finding, 'file'> | null {
    const beyond = this.#beyond;
    if (!beyond) return null;
    return {
      ruleId: id,
      severity: beyond.error ? severity : 'warning',
      messageId: 'tooMany',
      message: `${beyond.count} more ${beyond.count === 1 ? 'finding' : 'findings'} of \`${id}\` in this file (${beyond.span.line === beyond.span.endLine ? `line ${beyond.span.line}` : `lines ${beyond.span.line}–${beyond.span.endLine}`}) not listed: at most ${MAX_FINDINGS_PER_RULE} are listed per rule and file; fix these and run again`,
      data: { count: beyond.count, limit: MAX_FINDINGS_PER_RULE },
      ...beyond.span,
    };
  }
}

/** A finding of the engine itself, at the top of the file: the file was not (fully) checked. */
function engineFinding(file: string, ruleId: string, messageId: string, message: string, data: Finding['data']): Finding {
  return { ruleId, severity: 'error', messageId, message, data, file, line: 1, column: 1, endLine: 1, endColumn: 1, unchecked: true };
}

/** A rule's severity and options: from the settings, or its defaults for a rule the config was not built with. */
function settingOf(settings: ReadonlyMap<string, RuleSetting>, rule: Rule<any>): { severity: SeveritySetting; options: unknown } {
  return settings.get(rule.meta.id) ?? { severity: rule.meta.defaultSeverity, options: rule.meta.options.parse(undefined) };
}

/** A rule's report as a finding: the message rendered, the severity settled, the file named. */
function toFinding(rule: Rule<any>, severity: Severity, file: string, { messageId, data = {}, span, related, severity: lowered, fix, hosted }: Report, unchecked = false): Finding {
  const template = rule.meta.messages[messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown messageId ${messageId}`);
  return {
    ruleId: hosted ? `${rule.meta.id}:${hosted}` : rule.meta.id,
    severity: lowered === 'warning' && !unchecked ? 'warning' : severity,
    messageId,
    message: renderMessage(template, data),
    data,
    file,
    ...span,
    related: related && { ...related, file: related.file ?? file },
    ...(fix ? { fix } : {}),
    ...(unchecked ? { unchecked: true as const } : {}),
  };
}

/** Lets the rules that need the whole run (network checks) finish, adding their findings to the files. */
export async function finishRun(run: Run, config: ResolvedConfig, files: FileResult[], rules: readonly Rule<any>[] = allRules): Promise<LintResult> {
  const byFile = new Map(files.map((file) => [file.file, file]));
  for (const rule of rules) {
    const { severity: configured, options } = settingOf(config.rules, rule);
    // Runs when `rules` or any override turns it on; each finding then takes its file's setting.
    if (!rule.finish || (configured === 'off' && !isRuleOnAnywhere(config, rule.meta.id))) continue;
    await timedAsync(rule.meta.id, 'rule', async () => rule.finish?.({
      options,
      project: run.project,
      state: run.states.get(rule.meta.id),
      report(file, report) {
        const result = byFile.get(file);
        if (!result) return;
        const projectPath = run.projectPaths.get(file);
        const severity = projectPath === undefined ? configured : settingOf(settingsFor(config, projectPath), rule).severity;
        if (severity === 'off') return;
        // The file's own inline directives apply to these findings as to any other.
        const { kept, suppressed } = applyDirectives([toFinding(rule, severity, file, report)], run.directives.get(file) ?? [], run.project.mayDisableInline);
        result.findings.push(...kept);
        result.suppressed += suppressed;
      },
    }));
  }
  for (const file of files) {
    file.findings.sort(compareFindings);
    addContexts(file, config, run);
  }
  return summarize(files);
}

/** The line texts of findings reported after the run, read again from the file (documents are not kept). */
function addContexts(file: FileResult, config: ResolvedConfig, run: Run): void {
  const missing = file.findings.filter((finding) => finding.context === undefined);
  const projectPath = run.projectPaths.get(file.file);
  if (missing.length === 0 || projectPath === undefined) return;
  let document: LintDocument;
  try {
    document = LintDocument.fromBytes(file.file, readFileSync(path.resolve(config.root, projectPath)), projectPath);
  } catch {
    return;
  }
  for (const finding of missing) finding.context = lineContext(document.text, document.lines, finding.line);
}

/** Reads one selected file into a document, never throwing: problems become access findings. */
export function readDocument(entry: FileEntry, config: ResolvedConfig): LintDocument {
  return timed('reading files', () => readEntry(entry, config));
}

function readEntry(entry: FileEntry, config: ResolvedConfig): LintDocument {
  if (entry.symlinkTarget !== undefined) {
    return LintDocument.unread(entry.path, { kind: 'symlink', target: entry.symlinkTarget }, entry.projectPath);
  }
  try {
    // Opened once, its size from the open file: a stat by path and readFileSync's own would be one
    // system call more per file (~20 µs each on this machine: 60 ms over the corpus).
    // Non-blocking: opening a FIFO (a named pipe) to read would wait for a writer for ever.
    const descriptor = openSync(entry.absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stat = fstatSync(descriptor);
      if (!stat.isFile()) {
        return LintDocument.unread(entry.path, { kind: 'unreadable', reason: `not a regular file but ${specialKind(stat)}` }, entry.projectPath);
      }
      const size = stat.size;
      if (size > config.maxFileSize) {
        return LintDocument.unread(entry.path, { kind: 'too-large', bytes: size, limit: config.maxFileSize }, entry.projectPath);
      }
      return LintDocument.fromBytes(entry.path, readOpenFile(descriptor, size), entry.projectPath);
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return LintDocument.unread(entry.path, { kind: 'unreadable', reason: code ?? (error as Error).message }, entry.projectPath);
  }
}

function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isDirectory()) return 'a folder';
  return 'a special file';
}

/** The `size` bytes of an open file (fewer if it shrank meanwhile); a size of 0 may be a special file, read to its end. */
function readOpenFile(descriptor: number, size: number): Uint8Array {
  if (size === 0) return readFileSync(descriptor);
  const bytes = Buffer.allocUnsafeSlow(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(descriptor, bytes, filled, size - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}

export interface LintFilesOptions extends RunOptions, PoolOptions {
  rules?: readonly Rule<any>[];
  onProgress?: (done: number, total: number) => void;
}

/** The given files, in this thread, in order, each within the time budget (`lintPaths` adds workers, the cache and the selection). For `.mdx` files, `await loadMdx()` first. */
export function lintFiles(entries: readonly FileEntry[], config: ResolvedConfig, options: LintFilesOptions = {}): LintResult {
  const rules = options.rules ?? allRules;
  const run = createRun(config, rules, options);
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const files: FileResult[] = new Array(entries.length);
  const finish = (position: number, result: FileResult) => {
    files[position] = result;
    options.onProgress?.(position + 1, entries.length);
  };
  for (let position = 0; position < entries.length; ) {
    position = runSlice(
      position,
      entries.length,
      budget,
      UNSHARED_SLICE_MS,
      (at) => finish(at, lintDocument(readDocument(entries[at] as FileEntry, config), config, rules, run)),
      (at) => files[at] ?? finish(at, lintDocument(stoppedDocument(entries[at] as FileEntry, budget), config, rules, run)),
    );
  }
  return summarize(files);
}

/** The stand-in of a file stopped for time: `file-access` reports it, and nothing else is said of it. */
export function stoppedDocument(entry: FileEntry, budgetMs: number): LintDocument {
  return LintDocument.unread(entry.path, { kind: 'too-complex', reason: overBudget(budgetMs) }, entry.projectPath);
}

/** A selected file, and whether this run reports on it or only shows it to the rules that compare files. */
export interface Selected {
  entry: FileEntry;
  checked: boolean;
}

/** From this many files, workers start with the run; smaller runs start one only for a file that needs it. */
const POOL_MIN_FILES = 16;
/**
 * From this many cores, workers also help the main thread with the files it can read. On 2 cores
 * they do not: V8's garbage collector already uses the second core, and two threads measured no
 * faster than one (12.8 s against 12.3 s on the corpus) with 70 MB more memory.
 */
const SHARING_MIN_CORES = 3;
/** How long the main thread checks files before it lets the workers' messages in, in milliseconds. */
const SLICE_MS = 5;
/**
 * Without workers to listen to, how long the main thread checks files under one watchdog (see
 * budget.ts: starting one costs about 0.1 ms, so 5 ms slices would cost 2% of a run).
 */
const UNSHARED_SLICE_MS = 100;

/**
 * The selected files, in order. File-local rules (`isFileLocal`) run on worker threads when running
 * from the bundle (see pool.ts) and in this thread, and their results may come from the cache; the
 * rules that compare files, read the clock or git run here, on every file, in order. A file that is
 * selected but not checked (a partial run, another shard) is shown to the rules that ask for it
 * (`seesUncheckedFiles`), and nothing of it is reported. Runs that compare with git (`history`)
 * stay in this thread: they check few files.
 *
 * The work is shared: this thread checks, from the first file on, what the fast Markdown reader can
 * read (linear time, so no budget is needed); workers take, with a time budget each, the files it
 * cannot — MDX, Markdown that needs micromark, which hostile input can make very slow — and, when
 * they have none of those, the last files this thread has not reached. With a heavy rule on (a full
 * parse per file), every file goes to the workers, a worker per core.
 */
async function lintSelected(
  selection: readonly Selected[],
  config: ResolvedConfig,
  options: LintPathsOptions,
  cache: ResultCache | null,
): Promise<{ run: Run; result: LintResult }> {
  const rules = options.rules ?? allRules;
  const run = createRun(config, rules, options);
  // With a cache, workers run only the rules whose results it keeps; without, the clock's too.
  const inWorkers = cache ? isFileLocal : runsInWorkers;
  const local = rules.filter(inWorkers);
  const shared = rules.filter((rule) => !inWorkers(rule) && isRuleOnAnywhere(config, rule.meta.id) && (rule.activeIn?.(run.project, config.collections) ?? true));
  const wanting = shared.filter((rule) => rule.createState && rule.seesUncheckedFiles?.(config.collections));
  const entries = selection.filter((item) => item.checked).map((item) => item.entry);
  const total = entries.length;
  const mdx = selection.some((item) => isMdxPath(item.entry.path));
  if (mdx) await loadMdx();
  // Workers rebuild their rules from the built-in registry by id: a run with rules of its own keeps them all here.
  const script = options.workers === 0 || options.history || !runnableOnWorkers(local) ? null : workerScript();
  const heavy = script !== null && total >= POOL_MIN_FILES && availableParallelism() >= 2 && local.some((rule) => rule.meta.heavy && isRuleOnAnywhere(config, rule.meta.id));
  const results: FileResult[] = new Array(total);
  /** The findings of this thread's rules, for files checked in workers. */
  const own = new Map<number, FileResult>();
  const fromWorkers = new Map<number, PooledResult>();
  let finished = 0;
  const done = (index: number, result: FileResult) => {
    results[index] = result;
    options.onProgress?.(++finished, total);
  };

  // Who checks each file: 0 nobody yet, 1 this thread, 2 a worker.
  const owner = new Uint8Array(total);
  /** Files only a worker may check, in order. */
  const forWorkers: number[] = [];
  let nextForWorkers = 0;
  /** Workers take the last files this thread has not reached (not with a cache: this thread asks it first). */
  const mayTakeFromEnd = !heavy && !cache && (options.workers !== undefined || availableParallelism() >= SHARING_MIN_CORES);
  let last = total - 1;
  const take = (): number | null => {
    if (nextForWorkers < forWorkers.length) return forWorkers[nextForWorkers++] as number;
    if (!mayTakeFromEnd) return null;
    while (last >= 0 && owner[last] !== 0) last--;
    if (last < 0) return null;
    owner[last] = 2;
    return last--;
  };
  let pool: WorkerPool | null = null;
  const startPool = () =>
    (pool ??= new WorkerPool({
      script: script as URL,
      data: { cwd: options.cwd, configFile: options.configFile, plugins: pluginPolicy(options), now: run.project.now, mdx, timing: isTiming(), cache: cache !== null },
      entries,
      rules: local,
      take,
      workers: options.workers ?? (heavy ? availableParallelism() : undefined),
      timeBudgetMs: options.timeBudgetMs,
      memoryMb: options.memoryMb,
      lintOne: (document) => lintDocument(document, config, local, run),
      spentMs: (index) => spent.get(index) ?? 0,
      onResult(index, pooled) {
        for (const { label, kind, ms } of pooled.timings ?? []) addTime(label, ms, kind);
        // A file stopped for time or memory has only that finding, and is not cached.
        if (pooled.lookups && cache && pooled.digest) cache.set((entries[index] as FileEntry).projectPath, pooled.digest, pooled.result, pooled.lookups);
        // Joined with this thread's findings at the end: a file taken from the end may be done before this thread reads it.
        fromWorkers.set(index, pooled);
        options.onProgress?.(++finished, total);
      },
    }));
  /** What this thread spent on files before handing them to workers: their budget runs on. */
  const spent = new Map<number, number>();
  let started = 0;
  const toWorkers = (index: number) => {
    owner[index] = 2;
    forWorkers.push(index);
    spent.set(index, Date.now() - started);
    startPool().wake();
  };
  if (script && (heavy || (mayTakeFromEnd && total >= POOL_MIN_FILES))) startPool();

  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  // Each selected file's index among the checked files (-1 for files only shown to the rules that compare files).
  const indexOf = new Int32Array(selection.length);
  let checkedSoFar = 0;
  selection.forEach((item, position) => (indexOf[position] = item.checked ? checkedSoFar++ : -1));

  const check = (position: number): void => {
    started = Date.now();
    const { entry, checked } = selection[position] as Selected;
    if (!checked) {
      if (wanting.length === 0) return;
      const document = readDocument(entry, config);
      lintDocument(document, config, wanting, run);
      // Nothing of theirs is reported, or suppressed by their directives.
      run.directives.delete(document.path);
      run.projectPaths.delete(document.path);
      return;
    }
    const index = indexOf[position] as number;
    if (heavy && shared.length === 0 && !cache) {
      toWorkers(index);
      return;
    }
    const takenByWorker = owner[index] === 2;
    if (takenByWorker && shared.length === 0) return;
    const document = readDocument(entry, config);
    const mine = shared.length > 0 ? lintDocument(document, config, shared, run) : null;
    if (takenByWorker) {
      own.set(index, mine as FileResult);
      return;
    }
    const cached = cache ? timed('cache', () => (document.digest ? cache.get(entry.projectPath, document.digest, entry.path, run.project.fileExists) : null)) : null;
    if (cached) {
      owner[index] = 1;
      done(index, combine(cached, mine));
      return;
    }
    if (heavy || (script && !document.readsFast())) {
      if (mine) own.set(index, mine);
      toWorkers(index);
      return;
    }
    owner[index] = 1;
    const lookups: Lookup[] = [];
    const result = lintDocument(document, config, local, run, lookups);
    if (cache && document.digest) cache.set(entry.projectPath, document.digest, result, lookups);
    done(index, combine(result, mine));
  };
  // A file this thread was checking when its time ran out: reported as stopped (with its worker's findings, if a worker has it).
  const stopped = (position: number): void => {
    const index = indexOf[position] as number;
    if (index === -1 || results[index] !== undefined) return;
    const result = lintDocument(stoppedDocument(selection[position]?.entry as FileEntry, budget), config, local, run);
    if (owner[index] === 2) own.set(index, result);
    else {
      owner[index] = 1;
      done(index, result);
    }
  };
  for (let position = 0; position < selection.length; ) {
    if (pool) {
      // Let the workers' messages in (results, requests for files, time budgets) between slices.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const failure = (pool as WorkerPool).failure;
      if (failure) throw failure;
    }
    // Every file's work here is bounded by the budget too: a slice runs under one watchdog.
    position = runSlice(position, selection.length, budget, pool ? SLICE_MS : UNSHARED_SLICE_MS, check, stopped);
  }
  if (pool) await (pool as WorkerPool).close();
  for (const [index, { result, lookups }] of fromWorkers) {
    const entry = entries[index] as FileEntry;
    run.projectPaths.set(entry.path, entry.projectPath);
    results[index] = lookups ? combine(result, own.get(index) ?? null) : result;
  }
  // A file stopped for time here while it was being handed to a worker that never got it.
  for (const [index, result] of own) results[index] ??= result;
  return { run, result: summarize(results) };
}

/** Whether worker threads can run these rules: they are given rule ids, and look them up in the built-in registry. */
export function runnableOnWorkers(rules: readonly Rule<any>[]): boolean {
  const builtIn = new Set<Rule<any>>(allRules);
  return rules.every((rule) => builtIn.has(rule));
}

/** One file's findings from the file-local rules and from the main thread's rules, as one result. */
function combine(local: FileResult, mine: FileResult | null): FileResult {
  if (!mine) return local;
  return { file: local.file, findings: [...local.findings, ...mine.findings].sort(compareFindings), suppressed: local.suppressed + mine.suppressed };
}

/** Lints a string as if it were a file: for tests and editor integrations. For an `.mdx` path, `await loadMdx()` first. */
export function lintText(
  text: string | Uint8Array,
  options: { path?: string; config?: unknown; root?: string; rules?: readonly Rule<any>[]; timeBudgetMs?: number } = {},
): FileResult {
  const rules = options.rules ?? allRules;
  const config = resolveConfig(options.config ?? {}, rules, { root: options.root ?? '.', file: null });
  const path = options.path ?? 'post.md';
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const run = createRun(config, rules);
  const outcome = runWithin(budget, () => lintDocument(typeof text === 'string' ? LintDocument.fromText(path, text) : LintDocument.fromBytes(path, text), config, rules, run));
  return outcome.finished ? outcome.value : lintDocument(stoppedDocument({ absolute: path, path, projectPath: path }, budget), config, rules, run);
}

export interface LintPathsOptions extends LintFilesOptions {
  cwd: string;
  /** Measure where the time goes, by rule and step (`--timing`): `LintPathsOutcome.timings`. */
  timing?: boolean | undefined;
  /** Files, folders or globs; the config's `include` from its folder when empty. */
  patterns: readonly string[];
  /** A config file named by the user; otherwise the nearest one is found. */
  configFile?: string | undefined;
  /** Lint only the files changed since this git ref, and compare them with it. */
  changedSince?: string | undefined;
  /** Lint only these of the selected files (absolute paths): the files a pull request changed. */
  onlyFiles?: ReadonlySet<string> | undefined;
  /** The config, when the caller has loaded it already. */
  config?: ResolvedConfig | undefined;
  /**
   * Import the remark-lint packages the config names in `remark.plugins` from the site's
   * `node_modules` (`--allow-plugins`): code a pull request can change, so never the config's say alone.
   */
  allowPlugins?: boolean | undefined;
  /** The baseline file; `false` for none. Default: `.content-lint-baseline.json` in the config's folder, if there. */
  baseline?: string | false | undefined;
  /** Check only this shard's files (`--shard 2/4`); the others are shown to the rules that compare files. */
  shard?: Shard | undefined;
  /** Keep results in this file (`--cache`, `--cache-location`), relative to `cwd`. */
  cache?: string | undefined;
  /** Told how the cache did, before it is saved. */
  onCache?: ((cache: ResultCache) => void) | undefined;
}

/**
 * The findings of a run that its files did not have at an earlier version (`history`): each file's
 * earlier text is checked with the same config and rules (within the time budget), and the
 * findings it had are taken off, as a baseline would take them. A file with no earlier text (new,
 * or one whose base could not be read) has only new findings; so does one whose base was too complex.
 */
export function findingsNewSince(result: LintResult, history: History, config: ResolvedConfig, options: { cwd: string; rules?: readonly Rule<any>[]; now?: number; timeBudgetMs?: number }): Set<Finding> {
  const rules = options.rules ?? allRules;
  const run = createRun(config, rules, options.now === undefined ? {} : { now: options.now });
  const fresh = new Set<Finding>();
  for (const file of result.files) {
    const projectPath = toPosix(path.relative(config.root, path.resolve(options.cwd, file.file)));
    const previous = history.previousText({ path: file.file, projectPath });
    const checked = previous === null ? null : runWithin(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS, () => lintDocument(LintDocument.fromText(file.file, previous, projectPath), config, rules, run));
    const before = checked?.finished ? checked.value.findings : [];
    for (const finding of newFindings(file.findings, before)) fresh.add(finding);
  }
  return fresh;
}

/** Whether the run imports the `remark.plugins` its config names: only when the caller allows it (`--allow-plugins`). */
function pluginPolicy(options: LintPathsOptions): PluginPolicy {
  return options.allowPlugins ? 'allow' : 'refuse';
}

/** Shard `index` of `count`, counting from 1. */
export interface Shard {
  index: number;
  count: number;
}

/** Reads `2/4`; `null` unless 1 ≤ index ≤ count. */
export function parseShard(text: string): Shard | null {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  if (!match) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && index <= count ? { index, count } : null;
}

/**
 * Whether a file is in a shard: by a hash of its path from the config's folder, so a file stays in
 * its shard as others come and go, and every machine splits the same way.
 */
export function inShard(projectPath: string, shard: Shard): boolean {
  return crypto().createHash('sha1').update(projectPath).digest().readUInt32BE(0) % shard.count === shard.index - 1;
}

export interface LintPathsOutcome {
  config: ResolvedConfig;
  result: LintResult;
  /** The baseline applied, absolute; `null` when none was. */
  baselineFile: string | null;
  /** Maps a finding's file to its path from the config's folder, as the baseline names files. */
  projectPathOf: (file: string) => string;
  /** With `timing`: this run's time by rule and step, over all its threads, the longest first. */
  timings: Timing[] | null;
}

/** The whole run behind the CLI and the action: find the config, select the files, lint them. */
export async function lintPaths(options: LintPathsOptions): Promise<LintPathsOutcome> {
  if (options.timing) startTiming();
  try {
    return await lintPathsTimed(options);
  } finally {
    // Stopped on failure too: a later run in this thread must not add to it.
    if (options.timing) stopTiming();
  }
}

async function lintPathsTimed(options: LintPathsOptions): Promise<LintPathsOutcome> {
  const rules = options.rules ?? allRules;
  const config = options.config ?? (await timedAsync('loading the config', 'step', () => loadConfig(options.cwd, rules, options.configFile, pluginPolicy(options))));
  const selected = timed('selecting files', () => selectFiles(options.patterns, config, options.cwd));
  let entries = selected;
  let history = options.history;
  let changed = options.onlyFiles ?? null;
  if (options.changedSince !== undefined) {
    const changes = changesSince(options.changedSince, options.cwd);
    changed = changes.changed;
    history = changes.history;
  }
  if (changed) {
    const only = changed;
    entries = entries.filter((entry) => only.has(entry.absolute));
    // A changed file the walk could not find under its name is checked all the same (and reported).
    if (options.patterns.length === 0) entries = [...entries, ...selectUnlisted(only, selected, config, options.cwd)].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
  const checked = new Set(entries);
  // A pull request shows the files it does not check first, so that a new post is the one
  // reported for taking an old post's slug; a shard sees them in their places, as the whole run would.
  const selection: Selected[] =
    options.shard !== undefined
      ? selected.map((entry) => ({ entry, checked: checked.has(entry) && inShard(entry.projectPath, options.shard as Shard) }))
      : [...selected.filter((entry) => !checked.has(entry)).map((entry) => ({ entry, checked: false })), ...entries.map((entry) => ({ entry, checked: true }))];
  const cacheFile = options.cache;
  const cache = cacheFile ? timed('cache', () => ResultCache.open(path.resolve(options.cwd, cacheFile), cacheKey(config, rules.filter(isFileLocal).map((rule) => rule.meta.id)))) : null;
  const { run, result } = await lintSelected(selection, config, { ...options, history }, cache);
  if (cache) {
    options.onCache?.(cache);
    timed('cache', () => cache.save((projectPath) => existsSync(path.resolve(config.root, projectPath))));
  }
  const finished = await finishRun(run, config, result.files, rules);
  const projectPathOf = (file: string) => toPosix(path.relative(config.root, path.resolve(options.cwd, file)));
  const baselineFile = options.baseline === false ? null : path.resolve(options.cwd, options.baseline ?? path.join(config.root, BASELINE_FILE));
  const baseline = baselineFile ? readBaseline(baselineFile) : null;
  if (options.baseline && !baseline) throw new ConfigError(`${options.baseline}: baseline file not found`);
  return {
    config,
    result: baseline ? applyBaseline(finished, baseline, projectPathOf) : finished,
    baselineFile: baseline ? baselineFile : null,
    projectPathOf,
    timings: options.timing ? stopTiming() : null,
  };
}
