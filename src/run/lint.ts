/**
 * Runs: files → documents → checks, on this thread and workers, within each file's time budget,
 * with the cache, the selection, shards and the baseline (`lintPaths`, behind the CLI and the
 * action; `lintFiles` and `lintText` for callers with files or text of their own).
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { rules as allRules } from '../rules/index.js';
import { unusedConfigNotices } from './unused-configs.js';
import { ConfigError, isRuleOnAnywhere, loadConfig, resolveConfig, type ResolvedConfig } from '../engine/config.js';
import { LintDocument } from '../engine/document.js';
import { checkDocument, finishRun as finishChecks, gatherFacts, keepDirectives, newRun, type CheckedFile, type Lookup, type Run, type RunOptions as EngineRunOptions } from '../engine/check.js';
import { isMdxPath, loadMdx } from '../markdown/mdx.js';
import { absolutePath, selectFiles, selectionOf, selectUnlisted, toPosix, type FileEntry, type Selection } from './files.js';
import { siteFiles } from './site-files.js';
import { siteDataReader, siteFolderLister } from './site-data.js';
import { changesSince } from './git.js';
import type { NetworkOptions } from './network.js';
import { collects, isFileLocal, runsInWorkers, type Facts, type History, type PluginPolicy, type Rule, type TextStash, type UrlChecker } from '../engine/rule.js';
import { applyBaseline, BASELINE_FILE, lineContext, readBaseline } from '../engine/baseline.js';
import { runnableOnWorkers, WorkerPool, workerScript, type PoolOptions } from './pool.js';
import { DEFAULT_TIME_BUDGET_MS, overBudget, runSlice, runWithin } from './budget.js';
import { cacheKey, factsCheck, ResultCache } from './cache.js';
import { GATHERED_AT_ONCE, joinsLongRun, POOL_MIN_FILES, sharesFromStart, SLICE_MS } from './scheduling.js';
import { FindingSpool } from './spool.js';
import { ResultTable } from './result-table.js';
import { readDocument } from './read.js';
import { ReaderThread, readsAhead } from './read-ahead.js';
import type { Shard } from './shard.js';
import { isTiming, startTiming, stopTiming, addTime, timed, timedAsync, type Timing } from '../engine/timing.js';
import type { FileResult, Finding, LintResult } from '../engine/types.js';
import { combine, summarize } from '../engine/results.js';

export { readDocument } from './read.js';
export { inShard, parseShard, type Shard } from './shard.js';
export type { Run } from '../engine/check.js';

export interface RunOptions {
  /** Overrides the config's `now`; without either, the run's start. */
  now?: number;
  history?: History | null;
  /** Turns network checks on (`--check-urls`). */
  network?: Partial<NetworkOptions> | null;
  /** The run checks the whole site (for rules about what no file uses, such as `image-orphaned`). */
  wholeSite?: boolean;
  /** Files the change renamed or moved: new path → old path, from the config's folder. */
  renamed?: ReadonlyMap<string, string>;
  /** Files the change deleted: report paths and paths from the config's folder. */
  deleted?: ReadonlyArray<{ path: string; projectPath: string }>;
  /** One text linted alone (`lintText`, `lintSource`), or some paths of a site: the rules that compare files see nothing else of it. */
  alone?: boolean;
  /** Where rules keep text for the end of the run (a spool's, on disk); absent: in memory. */
  stash?: TextStash;
}

/** A run of these rules (the built-in registry by default) with the site's files and, when asked for, the network. */
export function createRun(config: ResolvedConfig, rules: readonly Rule<any>[] = allRules, options: RunOptions = {}): Run {
  const engine: EngineRunOptions = {
    history: options.history ?? null,
    fileExists: siteFiles(config.root),
    siteData: siteDataReader(config.root),
    listFiles: siteFolderLister(config.root),
    wholeSite: options.wholeSite ?? false,
  };
  if (options.renamed) engine.renamed = options.renamed;
  if (options.deleted) engine.deleted = options.deleted;
  if (options.alone) engine.alone = true;
  if (options.stash) engine.stash = options.stash;
  if (options.now !== undefined) engine.now = options.now;
  const run = newRun(config, rules, engine);
  // `--check-urls` (or the action input) decides; without either, the config's `images.checkUrls`.
  run.project.network = urlChecker(options.network !== undefined ? options.network : config.images.checkUrls ? {} : null, run.project.now);
  return run;
}

/** The network checks a run provides to rules, when asked for: the module (HTTP, TLS, DNS, zlib) is loaded on first use only. */
function urlChecker(options: Partial<NetworkOptions> | null, now: number): UrlChecker | null {
  if (!options) return null;
  return { check: async (urls) => (await import('./network.js')).checkUrls(urls, options, now) };
}

/**
 * `checkDocument` with the built-in registry and a run of its own unless given; the facts the rules
 * that compare files collect are gathered into the run at once (`lintSelected` gathers in its own order).
 */
export function lintDocument(document: LintDocument, config: ResolvedConfig, rules: readonly Rule<any>[] = allRules, run: Run = createRun(config, rules), lookups?: Lookup[]): FileResult {
  const { facts, ...result } = checkDocument(document, config, rules, run, lookups);
  if (facts) gatherFacts(run, config, rules, document, facts, !run.seenOnly.has(document.path));
  return result;
}

/** The rules of a run that gather facts (`collect`): those on anywhere. */
function gatheringRules(config: ResolvedConfig, rules: readonly Rule<any>[]): Rule<any>[] {
  return rules.filter((rule) => collects(rule) && isRuleOnAnywhere(config, rule.meta.id));
}

/** Lets the rules that need the whole run finish, and gives their findings their line contexts (read again from the files). */
export async function finishRun(run: Run, config: ResolvedConfig, files: FileResult[], rules: readonly Rule<any>[] = allRules): Promise<LintResult> {
  return finishChecks(run, config, files, rules, (file, findings) => addContexts(file, findings, config, run));
}

/** The line texts of findings reported after the run, read again from the file (documents are not kept). */
function addContexts(file: string, findings: Finding[], config: ResolvedConfig, run: Run): void {
  const projectPath = run.projectPaths.get(file);
  if (projectPath === undefined) return;
  let document: LintDocument;
  try {
    const absolute = path.resolve(config.root, projectPath);
    // An image the run reported on (image-orphaned) may be large: it has no line to show anyway.
    if (lstatSync(absolute).size > config.maxFileSize) {
      for (const finding of findings) finding.context ??= '';
      return;
    }
    document = LintDocument.fromBytes(file, readFileSync(absolute), projectPath);
  } catch {
    return;
  }
  // A finding on an image or other binary file has no line to show.
  for (const finding of findings) finding.context ??= document.source.lintable ? lineContext(document.text, document.lines, finding.line) : '';
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
      SLICE_MS,
      (at) => finish(at, lintDocument(readDocument(entries[at] as FileEntry, config), config, rules, run)),
      (at) => files[at] ?? finish(at, lintDocument(stoppedDocument(entries[at] as FileEntry, budget), config, rules, run)),
    );
  }
  return summarize(files);
}

/** The stand-in of a file stopped for time: `file-access` reports it, and nothing else is said of it. */
export function stoppedDocument(entry: Pick<FileEntry, 'path' | 'projectPath'>, budgetMs: number): LintDocument {
  return LintDocument.unread(entry.path, { kind: 'too-complex', reason: overBudget(budgetMs) }, entry.projectPath);
}

/**
 * The selected files, in order. File-local rules (`isFileLocal`) run on worker threads when running
 * from the bundle (see pool.ts) and in this thread, and their results may come from the cache; the
 * rules that compare files, read the clock or git run here, on every file, in order. A file that is
 * selected but not checked (a partial run, another shard) is shown to the rules that ask for it
 * (`seesUncheckedFiles`), and nothing of it is reported. Runs that compare with git (`history`:
 * a pull request, `--changed-since`) use workers as any other: the rules that read git run here.
 *
 * The work is shared: this thread checks, from the first file on, what the fast Markdown reader can
 * read (linear time, so no budget is needed); workers take, with a time budget each, the files it
 * cannot — MDX, Markdown that needs micromark, which hostile input can make very slow — and, when
 * they have none of those, the last files this thread has not reached (from the start on 3 cores or
 * more; on 2, once the run turns out long: scheduling.ts). With a heavy rule on (a full
 * parse per file), every file goes to the workers, a worker per core.
 */
async function lintSelected(
  selection: Selection,
  config: ResolvedConfig,
  options: LintPathsOptions,
  cache: ResultCache | null,
  spool: FindingSpool | null,
): Promise<{ run: Run; files: FileResult[] }> {
  const rules = options.rules ?? allRules;
  // With a spool, what the rules keep for the end of the run, and facts that must wait, wait on disk.
  const stash = spool?.stash() ?? null;
  const run = createRun(config, rules, stash ? { ...options, stash } : options);
  // With a cache, workers run only the rules whose results it keeps; without, the clock's too.
  const inWorkers = cache ? isFileLocal : runsInWorkers;
  const local = rules.filter(inWorkers);
  const shared = rules.filter((rule) => !inWorkers(rule) && isRuleOnAnywhere(config, rule.meta.id) && (rule.activeIn?.(run.project, config.collections) ?? true));
  const wanting = shared.filter((rule) => rule.createState && rule.seesUncheckedFiles?.(config.collections));
  // Rules that compare files from each file's facts: read where the file is checked (here, a worker, the cache), gathered here at the end, in order.
  const gathering = gatheringRules(config, rules);
  const collecting = gathering.filter((rule) => rule.seesUncheckedFiles?.(config.collections));
  /**
   * Facts not gathered yet: a file's are gathered once every file before it is (the selection's
   * order, whichever thread read them, so the site index is the same from run to run), and let go.
   */
  const { entries: selected, checked: isChecked } = selection;
  const count = selected.length;
  const factsAt: Array<Facts | undefined> = new Array(count);
  // Facts that must wait (a worker's, for the last files, until this thread gets there), as JSON in the stash: their handles, -1 for none.
  const held = stash ? new Int32Array(count).fill(-1) : null;
  const settled = new Uint8Array(count);
  let gathered = 0;
  const gatherFrom = (position: number) => {
    let facts = factsAt[position];
    factsAt[position] = undefined;
    const handle = held?.[position] ?? -1;
    if (!facts && stash && handle !== -1) facts = JSON.parse(stash.kept(handle)) as Facts;
    if (!facts) return;
    const entry = selected[position] as FileEntry;
    gatherFacts(run, config, gathering, { path: entry.path, projectPath: entry.projectPath }, facts, isChecked[position] === 1);
  };
  const settle = (position: number, facts: Facts | undefined) => {
    settled[position] = 1;
    if (facts && position > gathered && stash && held) held[position] = stash.keep(JSON.stringify(facts));
    else factsAt[position] = facts;
    gatherSettled();
  };
  /** Gathers the files settled in order so far, a few at a time: the worker's last files are settled all at once when this thread reaches them. */
  const gatherSettled = () => {
    for (let some = 0; some < GATHERED_AT_ONCE && gathered < count && settled[gathered] === 1; some++) gatherFrom(gathered++);
  };
  // A whole run checks every file it selects: the same array.
  const entries = isChecked.every((byte) => byte === 1) ? selected : selected.filter((_, position) => isChecked[position] === 1);
  const total = entries.length;
  const mdx = selected.some((entry) => isMdxPath(entry.path));
  if (mdx) await loadMdx();
  // Workers rebuild their rules from the built-in registry by id: a run with rules of its own keeps them all here.
  const script = options.workers === 0 || !runnableOnWorkers(local) ? null : workerScript();
  // Files only shown to the rules that compare files are read for them.
  const shown = wanting.length > 0 || collecting.length > 0;
  let readAhead: ReaderThread | null = null;
  const heavy = script !== null && total >= POOL_MIN_FILES && availableParallelism() >= 2 && local.some((rule) => rule.meta.heavy && isRuleOnAnywhere(config, rule.meta.id));
  const results = new ResultTable(total, spool, (index) => (entries[index] as FileEntry).path);
  // Each selected file's index among the checked files (-1 for files only shown to the rules that compare files), and back.
  const indexOf = new Int32Array(count);
  const positionOf = new Int32Array(total);
  let checkedSoFar = 0;
  for (let position = 0; position < count; position++) {
    indexOf[position] = isChecked[position] === 1 ? checkedSoFar : -1;
    if (isChecked[position] === 1) positionOf[checkedSoFar++] = position;
  }
  /** A checked file's result without its facts, which are kept for `gather`. */
  const withoutFacts = (index: number, { facts, ...result }: CheckedFile): FileResult => {
    settle(positionOf[index] as number, facts);
    return result;
  };
  /** A file's stored result and facts; with a spool, its findings stay in the new cache until reported. */
  const hit = (cache: ResultCache, entry: FileEntry, digest: string) => {
    if (spool) return cache.getOnDisk(entry.projectPath, digest, entry.path, run.project.fileExists);
    const stored = cache.get(entry.projectPath, digest, entry.path, run.project.fileExists);
    return stored && { result: { file: stored.file, findings: stored.findings, suppressed: stored.suppressed }, facts: stored.facts };
  };
  /** The findings of this thread's rules, for files checked in workers (those with none are not kept: most files of a large site). */
  const own = new Map<number, FileResult>();
  const keepOwn = (index: number, mine: FileResult | null) => {
    if (mine && (mine.findings.length > 0 || mine.suppressed > 0)) own.set(index, mine);
  };
  /** Files a worker did, their results joined with this thread's at the end: 2 checked, 1 stopped for time or memory (then they have only that finding). */
  const fromWorker = new Uint8Array(total);
  let finished = 0;
  const done = (index: number, result: FileResult) => {
    results.set(index, result);
    options.onProgress?.(++finished, total);
  };

  // Who checks each file: 0 nobody yet, 1 this thread, 2 a worker.
  const owner = new Uint8Array(total);
  /** Files only a worker may check, in order. */
  const forWorkers: number[] = [];
  let nextForWorkers = 0;
  /** Workers take the last files this thread has not reached (not with a cache: this thread asks it first). */
  const mayShare = script !== null && !heavy && !cache;
  let mayTakeFromEnd = mayShare && sharesFromStart(options.workers);
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
  const startPool = (): WorkerPool => {
    // The workers take the other cores: this thread reads for itself.
    readAhead?.close();
    readAhead = null;
    return (pool ??= new WorkerPool({
      script: script as URL,
      data: { cwd: options.cwd, configFile: options.configFile, plugins: pluginPolicy(options), now: run.project.now, mdx, timing: isTiming(), cache: cache !== null },
      entries,
      rules: local,
      take,
      workers: options.workers ?? (heavy ? availableParallelism() : undefined),
      timeBudgetMs: options.timeBudgetMs,
      memoryMb: options.memoryMb,
      lintOne: (document) => checkDocument(document, config, local, run),
      spentMs: (index) => spent.get(index) ?? 0,
      onResult(index, pooled) {
        for (const { label, kind, ms } of pooled.timings ?? []) addTime(label, ms, kind);
        // A file stopped for time or memory has only that finding, and is not cached.
        if (pooled.lookups && cache && pooled.digest) cache.set((entries[index] as FileEntry).projectPath, pooled.digest, pooled.result, pooled.lookups);
        // Joined with this thread's findings at the end: a file taken from the end may be done before this thread reads it.
        // Its report path as the selection's string (a worker's is a copy, kept for the run).
        const entry = entries[index] as FileEntry;
        if (pooled.result.file === entry.path) pooled.result.file = entry.path;
        if (pooled.directives) run.directives.set(entry.path, pooled.directives);
        fromWorker[index] = pooled.lookups === null ? 1 : 2;
        done(index, withoutFacts(index, pooled.result));
      },
    }));
  };
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
  // Until workers start, the other core reads ahead for this thread: every file it checks or shows to a rule.
  const readerScript = pool || options.workers === 0 ? null : workerScript('reader');
  if (readsAhead(readerScript, shown ? count : total)) readAhead = new ReaderThread(readerScript, selected, (position) => shown || isChecked[position] === 1, config.maxFileSize);

  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;

  const check = (position: number): void => {
    // The workers' results, and their next files, between this thread's files.
    (pool as WorkerPool | null)?.poll();
    gatherSettled();
    started = Date.now();
    const entry = selected[position] as FileEntry;
    if (isChecked[position] === 0) {
      if (!shown) {
        settle(position, undefined);
        return;
      }
      const document = readDocument(entry, config, readAhead?.take(position));
      // Nothing of theirs is reported now; a rule's `finish` may report what the change caused there (see FinishContext.report), directives applied.
      run.seenOnly.add(document.path);
      keepDirectives(run, document);
      if (wanting.length > 0) lintDocument(document, config, wanting, run);
      if (collecting.length > 0) {
        const cached = cache && document.digest ? cache.factsOf(entry.projectPath, document.digest, run.project.fileExists) : null;
        settle(position, cached ?? checkDocument(document, config, collecting, run).facts);
      } else settle(position, undefined);
      return;
    }
    const index = indexOf[position] as number;
    if (heavy && shared.length === 0 && !cache) {
      toWorkers(index);
      return;
    }
    const takenByWorker = owner[index] === 2;
    if (takenByWorker && shared.length === 0) return;
    const document = readDocument(entry, config, readAhead?.take(position));
    const mine = shared.length > 0 ? lintDocument(document, config, shared, run) : null;
    if (takenByWorker) {
      keepOwn(index, mine);
      return;
    }
    const cached = cache && document.digest ? timed('cache', () => hit(cache, entry, document.digest as string)) : null;
    if (cached) {
      // For what the rules report after the run, as if the file had been checked.
      keepDirectives(run, document);
      owner[index] = 1;
      settle(position, cached.facts);
      done(index, combine(cached.result, mine));
      return;
    }
    if (heavy || (script && !document.readsFast())) {
      keepOwn(index, mine);
      toWorkers(index);
      return;
    }
    owner[index] = 1;
    const lookups: Lookup[] = [];
    const result = checkDocument(document, config, local, run, lookups);
    if (cache && document.digest) cache.set(entry.projectPath, document.digest, result, lookups);
    done(index, combine(withoutFacts(index, result), mine));
  };
  // A file this thread was checking when its time ran out: reported as stopped (with its worker's findings, if a worker has it).
  const stopped = (position: number): void => {
    const index = indexOf[position] as number;
    if (index === -1 || (results.has(index) && fromWorker[index] === 0)) return;
    const result = withoutFacts(index, checkDocument(stoppedDocument(selected[position] as FileEntry, budget), config, local, run));
    if (owner[index] === 2) own.set(index, result);
    else {
      owner[index] = 1;
      done(index, result);
    }
  };
  const runStarted = Date.now();
  try {
    for (let position = 0; position < count; ) {
      if (!pool && mayShare && total >= POOL_MIN_FILES && joinsLongRun(Date.now() - runStarted, position, count)) {
        mayTakeFromEnd = true;
        startPool();
      }
      if (pool) {
        // Let the event loop turn between slices: the workers' time budgets and errors.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const failure = (pool as WorkerPool).failure;
        if (failure) throw failure;
      }
      // Every file's work here is bounded by the budget too: a slice runs under one watchdog.
      position = runSlice(position, count, budget, SLICE_MS, check, stopped);
    }
  } finally {
    readAhead?.close();
  }
  if (pool) await (pool as WorkerPool).close();
  for (let index = 0; index < total; index++) {
    if (fromWorker[index] === 0) continue;
    const entry = entries[index] as FileEntry;
    run.projectPaths.set(entry.path, entry.projectPath);
    const mine = fromWorker[index] === 2 ? (own.get(index) ?? null) : null;
    if (mine) results.set(index, combine(results.get(index) as FileResult, mine));
  }
  // A file stopped for time here while it was being handed to a worker that never got it.
  for (const [index, result] of own) if (!results.has(index)) results.set(index, result);
  // Whatever is left (a file that ended without a result: its worker failed), in order.
  while (gathered < count) gatherFrom(gathered++);
  // Counted once, by finishRun: a spooled file's findings are read from disk each time.
  return { run, files: results.results() };
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
  const run = createRun(config, rules, { alone: true });
  const outcome = runWithin(budget, () => lintDocument(typeof text === 'string' ? LintDocument.fromText(path, text) : LintDocument.fromBytes(path, text), config, rules, run));
  return outcome.finished ? outcome.value : lintDocument(stoppedDocument({ path, projectPath: path }, budget), config, rules, run);
}

/**
 * Lints text given for a path (an editor's unsaved buffer, `--stdin`): the config is the one a run
 * from `cwd` finds, the path chooses the collection and settings, and names the findings; rules
 * that compare files see this file alone. Within the time budget, as every file.
 */
export async function lintSource(bytes: Uint8Array, name: string, options: Pick<LintPathsOptions, 'cwd' | 'configFile' | 'rules' | 'allowPlugins' | 'now' | 'timeBudgetMs' | 'config'>): Promise<LintPathsOutcome> {
  const rules = options.rules ?? allRules;
  const config = options.config ?? (await loadConfig(options.cwd, rules, options.configFile, pluginPolicy(options)));
  const absolute = path.resolve(options.cwd, name);
  const entry = { path: toPosix(path.relative(options.cwd, absolute)), projectPath: toPosix(path.relative(config.root, absolute)) };
  if (isMdxPath(entry.path)) await loadMdx();
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const run = createRun(config, rules, options.now === undefined ? { alone: true } : { now: options.now, alone: true });
  run.projectPaths.set(entry.path, entry.projectPath);
  const document =
    bytes.length > config.maxFileSize
      ? LintDocument.unread(entry.path, { kind: 'too-large', bytes: bytes.length, limit: config.maxFileSize }, entry.projectPath)
      : LintDocument.fromBytes(entry.path, bytes, entry.projectPath);
  const outcome = runWithin(budget, () => lintDocument(document, config, rules, run));
  const checked = outcome.finished ? outcome.value : lintDocument(stoppedDocument(entry, budget), config, rules, run);
  const result = await finishRun(run, config, summarize([checked]).files, rules);
  return { config, result, baselineFile: null, projectPathOf: (file) => toPosix(path.relative(config.root, path.resolve(options.cwd, file))), timings: null, notices: [], release: () => {} };
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
  /** Of those, the ones renamed or moved: new absolute path → old absolute path (the link rules follow them). */
  renamedFiles?: ReadonlyMap<string, string> | undefined;
  /** The files the change deleted (absolute paths): the link rules follow links to them. */
  deletedFiles?: ReadonlySet<string> | undefined;
  /** The config, when the caller has loaded it already. */
  config?: ResolvedConfig | undefined;
  /**
   * Import the remark-lint packages the config names in `remark.plugins` from the site's
   * `node_modules` (`--allow-plugins`): code a pull request can change, so never the config's say alone.
   */
  allowPlugins?: boolean | undefined;
  /** The baseline file; `false` for none. Default: `.content-lint-baseline.json` in the config's folder, if there. */
  baseline?: string | false | undefined;
  /**
   * Keep each file's findings on disk until they are read (run/spool.ts), so that memory does not
   * grow with them: for runs that report and forget. Call the outcome's `release()` after.
   */
  spool?: boolean | undefined;
  /** Check only this shard's files (`--shard 2/4`); the others are shown to the rules that compare files. */
  shard?: Shard | undefined;
  /** Keep results in this file (`--cache`, `--cache-location`), relative to `cwd`. */
  cache?: string | undefined;
  /** Told how the cache did, before it is saved. */
  onCache?: ((cache: ResultCache) => void) | undefined;
}

/** Whether the run imports the `remark.plugins` its config names: only when the caller allows it (`--allow-plugins`). */
function pluginPolicy(options: Pick<LintPathsOptions, 'allowPlugins'>): PluginPolicy {
  return options.allowPlugins ? 'allow' : 'refuse';
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
  /** Frees what the result's findings are kept in (`spool`): call it once the result has been reported. */
  release(): void;
  /** Config files the run leaves alone (a sub-folder's config, code configs, `.remarkrc`), one line each, for the user to read once. */
  notices: string[];
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
  let renamedFiles = options.renamedFiles;
  let deletedFiles = options.deletedFiles;
  if (options.changedSince !== undefined) {
    const changes = changesSince(options.changedSince, options.cwd);
    changed = changes.changed;
    history = changes.history;
    renamedFiles = changes.renamed;
    deletedFiles = changes.deleted;
  }
  const fromRoot = (absolute: string) => toPosix(path.relative(config.root, absolute));
  // A run over a change knows its renames (possibly none); a shard or a whole run has no change.
  const renamed = changed && options.shard === undefined ? new Map([...(renamedFiles ?? [])].map(([now, before]) => [fromRoot(now), fromRoot(before)])) : undefined;
  const deleted = renamed ? [...(deletedFiles ?? [])].map((absolute) => ({ path: toPosix(path.relative(options.cwd, absolute)), projectPath: fromRoot(absolute) })).filter((file) => !file.projectPath.startsWith('../')) : undefined;
  if (changed) {
    const only = changed;
    entries = entries.filter((entry) => only.has(absolutePath(entry)));
    // A changed file the walk could not find under its name is checked all the same (and reported).
    if (options.patterns.length === 0) entries = [...entries, ...selectUnlisted(only, selected, config, options.cwd)].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
  const selection = selectionOf(selected, entries, options.shard);
  const cacheFile = options.cache;
  const cache = cacheFile ? timed('cache', () => ResultCache.open(path.resolve(options.cwd, cacheFile), cacheKey(config, rules.filter(isFileLocal).map((rule) => rule.meta.id)), factsCheck(gatheringRules(config, rules)))) : null;
  // Some paths, a pull request's files or a shard are part of the site: rules about what no file uses wait for a whole run.
  const wholeSite = !changed && options.shard === undefined && options.patterns.every((pattern) => path.resolve(options.cwd, pattern) === config.root);
  const spool = options.spool ? new FindingSpool() : null;
  // Some paths alone (not a change, not a shard) leave the rest of the site unseen: the rules that compare files must not take it for missing.
  const alone = !wholeSite && !changed && options.shard === undefined;
  const { run, files } = await lintSelected(selection, config, { ...options, history, wholeSite, ...(renamed ? { renamed } : {}), ...(deleted ? { deleted } : {}), ...(alone ? { alone } : {}) }, cache, spool);
  if (cache) {
    options.onCache?.(cache);
    timed('cache', () => cache.save((projectPath) => existsSync(path.resolve(config.root, projectPath))));
  }
  const finished = await finishRun(run, config, files, rules);
  const projectPathOf = (file: string) => toPosix(path.relative(config.root, path.resolve(options.cwd, file)));
  const baselineFile = options.baseline === false ? null : path.resolve(options.cwd, options.baseline ?? path.join(config.root, BASELINE_FILE));
  const baseline = baselineFile ? readBaseline(baselineFile) : null;
  if (options.baseline && !baseline) throw new ConfigError(`${options.baseline}: baseline file not found`);
  return {
    config,
    result: baseline ? applyBaseline(finished, baseline, projectPathOf, (file) => (spool ? spool.keep(file) : file)) : finished,
    baselineFile: baseline ? baselineFile : null,
    projectPathOf,
    timings: options.timing ? stopTiming() : null,
    notices: [...unusedConfigNotices(config, selected, options.cwd), ...partialRunNotices(config, rules, wholeSite)],
    release: () => {
      spool?.close();
      cache?.close();
    },
  };
}

/** Rules about what no file of the site uses say, once, that a run over part of the site skipped them. */
function partialRunNotices(config: ResolvedConfig, rules: readonly Rule<any>[], wholeSite: boolean): string[] {
  if (wholeSite) return [];
  return rules
    .filter((rule) => rule.meta.dependsOn?.includes('whole-site') && isRuleOnAnywhere(config, rule.meta.id))
    .map((rule) => `${rule.meta.id}: skipped, since this run checks part of the site; run content-lint on the whole site to check it`);
}
