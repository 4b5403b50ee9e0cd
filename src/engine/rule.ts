import type { z } from 'zod';
import type { Collection } from '../schema/collections.js';
import type { ResolvedConfig } from './config.js';

/** What a lookup of the site's files answers (`project.fileExists`): found, or not (with the name in another case, if there is one). */
export type FileLookup = { found: true } | { found: false; caseMismatch?: string };

/** What fetching a URL found: an image, or why not (`transient` and `skipped` are warnings). */
export type UrlVerdict =
  | { status: 'ok' }
  | { status: 'broken'; reason: string }
  | { status: 'blocked'; reason: string }
  | { status: 'transient'; reason: string }
  | { status: 'skipped'; reason: string };

/**
 * A data file of the site (`blog/tags.yml`, `data/authors.toml`, a generator config), as the run read
 * it (`project.siteData`): absent, read as text (any other extension), parsed as data (`.yml`,
 * `.yaml`, `.json`, `.toml`), or not readable as data, with where and why (a finding, never a crash).
 */
export type SiteData =
  | { kind: 'missing' }
  | { kind: 'text'; text: string }
  | { kind: 'data'; text: string; value: unknown }
  | { kind: 'invalid'; text: string | null; line: number; column: number; reason: string };

/** Checks URLs, each once: what `project.network` provides. */
export interface UrlChecker {
  check(urls: readonly string[]): Promise<Map<string, UrlVerdict>>;
}
import type { LintDocument } from './document.js';
import type { Severity, SeveritySetting, Span } from './types.js';

/** Tags that mark rules a post must not be able to switch off by itself (see `allowInlineDisable`). */
export const PROTECTED_TAGS: ReadonlySet<string> = new Set(['security', 'spam']);

export interface RuleMeta<Options> {
  /** One name everywhere: file name, docs page, fixture folder, config key, SARIF ruleId. */
  id: string;
  /** One sentence, no trailing period: what the rule wants. */
  description: string;
  /** Why it matters and what to do, for SARIF help text and the docs page. */
  rationale: string;
  tags: readonly string[];
  defaultSeverity: SeveritySetting;
  /** Validates and fills in defaults; its parse of `undefined` gives the default options. */
  options: z.ZodType<Options, unknown>;
  /** Message templates keyed by messageId; `{name}` is replaced by `data.name`. */
  messages: Record<string, string>;
  /**
   * The messageIds that mean the file, or part of it, could not be checked (too large, unreadable,
   * too complex). Their findings fail closed: they are errors whatever the rule's severity (even
   * `off`), and no filter mode, inline directive or baseline hides them (see `Finding.unchecked`).
   */
  unchecked?: readonly string[];
  /**
   * What the rule's findings depend on beyond the file, the config and the site's files (which the
   * cache records per lookup): such a rule is run again on files whose results come from `--cache`.
   * `site-data`: the site's data files (`project.siteData`); `whole-site`: it reports only when the
   * run checks the whole site (`project.wholeSite`), and a partial run says it was skipped.
   */
  dependsOn?: ReadonlyArray<'clock' | 'git-history' | 'site-data' | 'whole-site'>;
  /**
   * In a run over a change (a pull request), the rule reads the changed files' text at the base
   * (`project.history`: a `slug` changed in place): the run provides it when it can.
   */
  readsBase?: boolean;
  /**
   * A top-level section of the config that holds this rule's options (`remark` for `remark-lint`):
   * when present it turns the rule on, at `error` unless `rules` gives the rule another severity.
   */
  configSection?: string;
  /**
   * Checking a file takes tens of milliseconds (a full Markdown parse and many tree walks): when
   * such a rule is on, runs of 16 files or more check every file on worker threads, one per core.
   */
  heavy?: boolean;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  span: Span;
  /** A place in this or another file that the finding refers to ("first used here"). */
  related?: { file?: string; line: number; column: number; message: string };
  /** Lowers the severity of this one finding (a collection that only warns about unknown keys); never raises it. */
  severity?: Severity;
  /** What `--fix` removes: a range of the document's normalised text (an ad unit, a pixel). */
  fix?: { start: number; end: number };
  /** For a rule that hosts another tool's rules (`remark-lint`): the hosted rule; the finding's rule id is `<id>:<hosted>`. */
  hosted?: string;
}

/** What a rule may know about the run beyond its own file. */
export interface ProjectContext {
  ruleIds: ReadonlySet<string>;
  /** Whether an inline directive may switch this rule off (see `allowInlineDisable`). */
  mayDisableInline(ruleId: string): boolean;
  closestRuleId(name: string): string;
  /** The collection a document belongs to, if any. */
  collectionFor(document: LintDocument): Collection | null;
  site: ResolvedConfig['site'];
  /** "Now" for the date rules, in ms since the epoch: `--now`, the config's `now`, or the run's start. */
  now: number;
  /** The file as it was at an earlier commit (`--changed-since`), when the run knows one. */
  history: History | null;
  /**
   * Fetching URLs, when the user asked for it (`--check-urls`); `null` otherwise. The run provides
   * it (safely: see run/network.ts): rules do no I/O of their own.
   */
  network: UrlChecker | null;
  /**
   * Whether the rules that compare files are shown every selected file (true for runs over paths,
   * partial ones included); false when one text is linted alone (`--stdin`, the editor, `lintText`).
   */
  seesWholeSite: boolean;
  /**
   * Whether the run checks only what a change touched (a pull request, `--changed-since`; not a
   * shard): rules that compare files may then report, in the files it did not touch, what the change
   * caused there (see `FinishContext.report`).
   */
  checksAChange: boolean;
  /**
   * In a partial run (a pull request, `--changed-since`), the path a checked file had before the
   * change when it was renamed or moved (paths from the config's folder); `null` otherwise.
   */
  renamedFrom(projectPath: string): string | null;
  /**
   * In a run over a change, the files it deleted: their report paths and paths from the config's
   * folder (their text at the base, when the run has it: `history.previousText`). None otherwise.
   */
  deletedFiles: ReadonlyArray<{ path: string; projectPath: string }>;
  /** Whether the site has a file, by path relative to the config's folder, case-sensitively. */
  fileExists(relativePath: string): FileLookup;
  images: ResolvedConfig['images'];
  /**
   * A file of the site read as data, by path relative to the config's folder, read once a run (the
   * run reads it: rules do no I/O). A rule that calls it declares `dependsOn: ['site-data']`.
   */
  siteData(relativePath: string): SiteData;
  /** Every file under a folder of the site (relative to the config's folder), sorted, as paths from that folder; none when absent. */
  listFiles(folder: string): readonly string[];
  /** Whether the run checks the whole site (not some paths, a pull request's files or a shard): for rules about what no file uses. */
  wholeSite: boolean;
  /** Where a rule keeps text from `gather` for its `finish`, out of the heap when the run can (see `TextStash`). */
  stash: TextStash;
}

/**
 * Text a rule keeps of every file for the end of the run (a page's heading ids), which a run over
 * a whole spam network keeps on disk (run/spool.ts) rather than in memory: `keep` says where, as a
 * number, and `kept` reads it back (each read costs a read from disk: for the few a `finish` needs).
 */
export interface TextStash {
  keep(text: string): number;
  kept(handle: number): string;
}

export interface History {
  /** What the user named: a branch, a tag, a commit. */
  ref: string;
  /** The text of the file at `ref`; `null` when it did not exist there. */
  previousText(document: Pick<LintDocument, 'path' | 'projectPath'>): string | null;
}

export interface RuleContext<Options, State = undefined> {
  document: LintDocument;
  options: Options;
  project: ProjectContext;
  /** One per rule and run, from `createState`: for rules that compare files with each other. */
  state: State;
  /**
   * False when the file is only shown to the rule (`seesUncheckedFiles` in a partial run): what is
   * reported now is dropped, but `finish` may still report on it (see `FinishContext.report`).
   */
  checked: boolean;
  report(report: Report): void;
}

/**
 * What a rule that compares files keeps of each one (`Rule.collect`): plain JSON data by name. Rules
 * that need the same data use the same name, and the file's facts hold it once.
 */
export type Facts = Record<string, unknown>;

export interface CollectContext<Options> {
  document: LintDocument;
  options: Options;
  /** The run as a worker thread knows it: the site, its files; not the change's renames, nor other files. */
  project: ProjectContext;
}

export interface GatherContext<Options, State> {
  /** The file's report path and its path from the config's folder. */
  file: string;
  projectPath: string;
  /** What `collect` read of the file, merged with what other rules read: from this run or from `--cache`. */
  facts: Facts;
  options: Options;
  project: ProjectContext;
  state: State;
  /** False for a file only shown to the rule (`seesUncheckedFiles`, a partial run). */
  checked: boolean;
}

export interface FinishContext<Options, State> {
  options: Options;
  project: ProjectContext;
  state: State;
  /**
   * Reports on a file of the run, by its report path — also on a file only shown to the rule in a
   * partial run, which the run then reports: a rule does so only for findings the change caused
   * (a link in an unchanged post to a renamed one), with `related` pointing at the changed file.
   */
  report(file: string, report: Report): void;
  /** Reports on any file of the site, by its path from the config's folder (an image no post uses, a data file that does not parse). */
  reportOnSiteFile(projectPath: string, report: Report): void;
}

export interface Rule<Options = unknown, State = any> {
  meta: RuleMeta<Options>;
  createState?(): State;
  /**
   * For rules that compare files: whether, when a run checks only some files (a pull request,
   * `--changed-since`), the other selected files must be shown to the rule too (their findings are
   * not reported). Only their front matter is read unless the rule asks for more.
   */
  seesUncheckedFiles?(collections: ReadonlyArray<{ unique: readonly string[] }>): boolean;
  /**
   * For rules that compare files or read git: whether this run gives them anything to do (default:
   * yes). Such rules run on the main thread over every file; when none has work, workers check
   * their files alone.
   */
  activeIn?(project: ProjectContext, collections: ReadonlyArray<{ unique: readonly string[] }>): boolean;
  /** Checks one file (not called for a rule that collects: see `collect`). */
  check?(context: RuleContext<Options, State>): void;
  /**
   * For rules that compare files: what the rule needs of each file, read where the file is checked
   * (a worker thread, with the file-local rules) and kept with its results in `--cache`, so the main
   * thread never parses a file for the rule. `read` is given the file's document; `schema` checks
   * facts read back from the cache (a line that fails it is a miss). The main thread then calls
   * `gather` with each file's facts, in the run's order, instead of `check`.
   */
  collect?: { schema: z.ZodType<Facts>; read(context: CollectContext<Options>): Facts };
  gather?(context: GatherContext<Options, State>): void;
  /**
   * Loads what the rule needs before its first file, once a thread, when the config turns it on
   * anywhere: given the options of `rules` and of every override that sets them. Throws `SetupError`
   * for the config loader to report.
   */
  prepare?(options: readonly Options[], context: PrepareContext): Promise<void>;
  /** For rules that need the whole run (network checks): called once, after every file. */
  finish?(context: FinishContext<Options, State>): Promise<void>;
}

/**
 * Whether a run imports code of the repository's that its config names (remark-lint plugins):
 * `allow` (`--allow-plugins`) imports it; `refuse` (the default) makes naming any a config error;
 * `skip` leaves it out (commands that only read the config).
 */
export type PluginPolicy = 'allow' | 'refuse' | 'skip';

export interface PrepareContext {
  /** The config's folder. */
  root: string;
  plugins: PluginPolicy;
}

/** A rule's `prepare` could not load what the config asks for: a config error. */
export class SetupError extends Error {}

/** Typed identity: lets a rule file infer its options type from its zod schema. */
export function defineRule<Options, State = undefined>(rule: Rule<Options, State>): Rule<Options, State> {
  return rule;
}

/**
 * Whether a rule's findings on a file follow from that file, the config and the site's files alone:
 * such rules run on worker threads and their results may be cached — as do the facts of rules that
 * collect them. The others (rules that compare files by `check`, read the clock or git) run on the
 * main thread, on every file, every time.
 */
export function isFileLocal(rule: Rule<any>): boolean {
  return (!rule.createState || collects(rule)) && !rule.meta.dependsOn?.length;
}

/** Whether a rule that compares files reads each file's part where the file is checked (`collect`): that part is file-local. */
export function collects(rule: Rule<any>): boolean {
  return rule.collect !== undefined;
}

/**
 * Whether a rule can run on a worker thread: file-local rules, and rules that read only the clock
 * (workers are given the run's "now"). Their results are not all cacheable: see `isFileLocal`.
 */
export function runsInWorkers(rule: Rule<any>): boolean {
  return (!rule.createState || collects(rule)) && (rule.meta.dependsOn ?? []).every((dependency) => dependency === 'clock');
}

export function isProtected(rule: Rule<never> | Rule<unknown>): boolean {
  return rule.meta.tags.some((tag) => PROTECTED_TAGS.has(tag));
}

export function renderMessage(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/**
 * Shortens text quoted in a message, so a 1 MB line never becomes a 1 MB message: white space made
 * one space, trimmed, cut at `max` characters with `…`. Reads only as far as the quote needs, and
 * builds a new string (a slice would keep the whole text alive: V8 shares a slice's parent).
 */
export function quote(text: string, max = 60): string {
  let quoted = '';
  let space = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    if (WHITE_SPACE.test(character)) {
      space = quoted.length > 0;
      continue;
    }
    const piece = space ? ` ${character}` : character;
    space = false;
    if (quoted.length + piece.length > max) return `${(quoted + piece).slice(0, max - 1)}…`;
    quoted += piece;
  }
  return quoted;
}

const WHITE_SPACE = /\s/;
