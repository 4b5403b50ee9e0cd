/**
 * Checking documents: one document with a set of rules (`checkDocument`), and what a run of them
 * shares (`newRun`, `finishRun`). Pure of I/O: the caller provides the documents, the rules and the
 * services (the site's files, the network). The run (src/run/) drives it over files and threads.
 */
import path from 'node:path';
import { isRuleOnAnywhere, settingsFor, type ResolvedConfig, type RuleSetting } from './config.js';
import type { LintDocument } from './document.js';
import { collects, isProtected, quote, renderMessage, type Facts, type FileLookup, type History, type ProjectContext, type Report, type Rule, type SiteData, type TextStash, type UrlChecker } from './rule.js';
import { closest } from '../text/suggest.js';
import { applyDirectives, type Directive } from './suppression.js';
import { lineContext } from './baseline.js';
import { collectionMatcher } from '../schema/collections.js';
import { parseDateText, toInstant } from '../schema/dates.js';
import { isTiming, timedAsync, timedRule } from './timing.js';
import type { FileResult, Finding, LintResult, Severity, SeveritySetting, Span } from './types.js';
import { compareFindings, summarize } from './results.js';
import { ProjectPaths } from './project-paths.js';
import { templateSyntaxOf } from '../markdown/templates.js';
import { detached, detachedValues } from '../text/detached.js';

/** Lookups of the site's files a rule made, with their answers (the cache records them). */
export type Lookup = [relativePath: string, answer: FileLookup];

/** What one run shares between files: the project's facts, and each rule's state. */
export interface Run {
  project: ProjectContext;
  states: Map<string, unknown>;
  /** The inline directives of each file that has any, for findings reported after the whole run. */
  directives: Map<string, Directive[]>;
  /** Each linted file's path from the config root, for the settings of findings reported after the run. */
  projectPaths: ProjectPaths;
  /** Files only shown to the rules that compare files (a partial run), by report path: `finish` may report on them. */
  seenOnly: Set<string>;
  /** Findings of rules whose `gather` failed on a file, by report path: added to the file by `finishRun`. */
  gatherFailures: Map<string, Finding[]>;
}

/** A file's result as checked, with the facts the rules that collect read of it (see `gatherFacts`). */
export interface CheckedFile extends FileResult {
  facts?: Facts;
}

export interface RunOptions {
  /** Overrides the config's `now`; without either, the run's start. */
  now?: number;
  history?: History | null;
  /** What the run provides for fetching URLs (`--check-urls`); `null` or absent: none. */
  network?: UrlChecker | null;
  /** One text linted alone: the rules that compare files see nothing else (default: false). */
  alone?: boolean;
  /** In a run over what a change touched (a pull request, `--changed-since`), the files it renamed or moved: new path → old path, both from the config's folder (possibly none). */
  renamed?: ReadonlyMap<string, string>;
  /** In such a run, the files it deleted (report paths and paths from the config's folder). */
  deleted?: ReadonlyArray<{ path: string; projectPath: string }>;
  /** Which files the site has (the run looks in its folder); absent: none. */
  fileExists?: (relativePath: string) => FileLookup;
  /** The site's data files, read by the run; absent: none. */
  siteData?: (relativePath: string) => SiteData;
  /** The files under a folder of the site, listed by the run; absent: none. */
  listFiles?: (folder: string) => readonly string[];
  /** Whether the run checks the whole site; absent: no. */
  wholeSite?: boolean;
  /** Where rules keep text for the end of the run; absent: in memory. */
  stash?: TextStash;
}

/** A run of these rules under this config: the engine's facts, and the services the caller provides (files, network). */
export function newRun(config: ResolvedConfig, rules: readonly Rule<any>[], options: RunOptions = {}): Run {
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
      network: options.network ?? null,
      fileExists: options.fileExists ?? (() => ({ found: false })),
      renamedFrom: (projectPath) => options.renamed?.get(projectPath) ?? null,
      deletedFiles: options.deleted ?? [],
      seesWholeSite: options.alone !== true,
      checksAChange: options.renamed !== undefined,
      images: config.images,
      siteData: options.siteData ?? (() => ({ kind: 'missing' })),
      listFiles: options.listFiles ?? (() => []),
      wholeSite: options.wholeSite ?? false,
      stash: options.stash ?? memoryStash(),
    },
    states: new Map(rules.filter((rule) => rule.createState).map((rule) => [rule.meta.id, rule.createState?.()])),
    directives: new Map(),
    projectPaths: new ProjectPaths(),
    seenOnly: new Set(),
    gatherFailures: new Map(),
  };
}

/** Text kept in memory, for runs without a place on disk for it. */
function memoryStash(): TextStash {
  const texts: string[] = [];
  return { keep: (text) => texts.push(text) - 1, kept: (handle) => texts[handle] ?? '' };
}

function configuredNow(config: ResolvedConfig): number | undefined {
  const parts = config.now === undefined ? null : parseDateText(config.now);
  return parts ? toInstant(parts, config.site.timezone) : undefined;
}

/**
 * Checks one document with these rules: each rule's findings as data, its failures as findings
 * (never thrown), inline directives applied, each finding's line context set.
 */
export function checkDocument(
  document: LintDocument,
  config: ResolvedConfig,
  rules: readonly Rule<any>[],
  run: Run,
  /** When given, receives each site-file lookup the rules make, with its answer (for the cache). */
  lookups?: Lookup[],
): CheckedFile {
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
  let facts: Facts | undefined;
  // The generator's template tags are part of what a post says (`{% include ads.html %}`).
  document.useTemplates(templateSyntaxOf(config.site.generator));
  document.useFrontMatterReader(config.site.generator === 'hexo' ? 'hexo' : null);
  const settings = settingsFor(config, document.projectPath);
  run.projectPaths.set(document.path, document.projectPath);
  const timing = isTiming();
  // Rules that say what could not be checked go last: they see every shared step that failed.
  for (const rule of [...rules.filter((rule) => !rule.meta.unchecked), ...rules.filter((rule) => rule.meta.unchecked)]) {
    const { severity, options } = settingOf(settings, rule);
    const unchecked = rule.meta.unchecked;
    const { id } = rule.meta;
    if (rule.collect) {
      // Collected from every file while the rule is on anywhere: a file where it is off is still a page others link to.
      if (severity === 'off' && !isRuleOnAnywhere(config, id)) continue;
      try {
        const collect = rule.collect;
        const read = timedRule(id, () => collect.read({ document, options, project }));
        facts = facts ? { ...facts, ...read } : read;
      } catch (error) {
        findings.push(crashFinding(document.path, id, error));
      }
      continue;
    }
    // A rule that is off still says when a file could not be checked.
    if (severity === 'off' && !unchecked) continue;
    const tally = new Tally();
    const context = {
      document,
      options,
      project,
      state: run.states.get(id),
      checked: !run.seenOnly.has(document.path),
      report(report: Report) {
        if (unchecked?.includes(report.messageId)) findings.push(toFinding(rule, 'error', document.path, report, true));
        else if (severity !== 'off' && tally.admits(report)) findings.push(toFinding(rule, severity, document.path, report));
      },
    };
    try {
      if (timing) timedRule(id, () => rule.check?.(context));
      else rule.check?.(context);
    } catch (error) {
      findings.push(crashFinding(document.path, id, error));
    }
    const beyond = severity === 'off' ? null : tally.beyond(id, severity);
    if (beyond) findings.push({ ...beyond, file: document.path });
  }
  const directives = keepDirectives(run, document);
  const { kept, suppressed } = applyDirectives(findings, directives, project.mayDisableInline);
  // One context per line: a line with thousands of findings is read once.
  const contexts = new Map<number, string>();
  for (const finding of kept) {
    let context = contexts.get(finding.line);
    if (context === undefined) contexts.set(finding.line, (context = lineContext(document.text, document.lines, finding.line)));
    finding.context = context;
  }
  return { file: document.path, findings: kept.sort(compareFindings), suppressed, ...(facts ? { facts } : {}) };
}

/** One broken rule must not end the run or hide the other rules' findings; the file was not fully checked. */
function crashFinding(file: string, id: string, error: unknown): Finding {
  const reason = quote(error instanceof Error ? error.message : String(error), 200);
  return engineFinding(file, id, 'crash', `Rule \`${id}\` failed on this file (${reason}); the file was not fully checked. Please report this bug`, { reason });
}

/**
 * A file's inline directives, kept by the run when it has any: they apply to the findings the rules
 * report after the whole run too (`finishRun`), on whichever thread the file was checked, or when
 * its result came from the cache.
 */
export function keepDirectives(run: Run, document: LintDocument): Directive[] {
  const directives = document.source.lintable ? document.directives() : [];
  if (directives.length > 0) run.directives.set(document.path, directives);
  return directives;
}

/**
 * Gives a file's facts to the rules that gather them (`Rule.gather`), on the thread that runs
 * `finish`. A rule that throws is said on the file (by `finishRun`), as one whose `check` throws.
 */
export function gatherFacts(run: Run, config: ResolvedConfig, rules: readonly Rule<any>[], file: { path: string; projectPath: string }, facts: Facts, checked: boolean): void {
  const settings = settingsFor(config, file.projectPath);
  run.projectPaths.set(file.path, file.projectPath);
  for (const rule of rules) {
    if (!rule.gather || !collects(rule) || !isRuleOnAnywhere(config, rule.meta.id)) continue;
    const { options } = settingOf(settings, rule);
    try {
      timedRule(rule.meta.id, () => rule.gather?.({ file: file.path, projectPath: file.projectPath, facts, options, project: run.project, state: run.states.get(rule.meta.id), checked }));
    } catch (error) {
      run.gatherFailures.set(file.path, [...(run.gatherFailures.get(file.path) ?? []), crashFinding(file.path, rule.meta.id, error)]);
    }
  }
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
    // Kept for the whole run: flat copies, holding nothing of the document (see `detached`).
    message: detached(renderMessage(template, data)),
    data: detachedValues(data),
    file,
    ...span,
    related: related && { ...related, message: detached(related.message), file: related.file ?? file },
    ...(fix ? { fix } : {}),
    ...(unchecked ? { unchecked: true as const } : {}),
  };
}

/**
 * Lets the rules that need the whole run (network checks) finish, adding their findings to the
 * files. The documents are gone: `withContexts` gives the new findings their line contexts.
 */
export async function finishRun(
  run: Run,
  config: ResolvedConfig,
  files: FileResult[],
  rules: readonly Rule<any>[],
  withContexts: (file: string, findings: Finding[]) => void = () => {},
): Promise<LintResult> {
  const byFile = new Map(files.map((file) => [file.file, file]));
  /** What the rules found now, by file: joined to each file's findings once, by assignment (a spooled result keeps them: run/spool.ts). */
  const added = new Map<FileResult, Finding[]>();
  const add = (result: FileResult, findings: Finding[]) => {
    if (findings.length > 0) added.set(result, [...(added.get(result) ?? []), ...findings]);
  };
  for (const [file, failures] of run.gatherFailures) {
    const result = byFile.get(file) ?? files[0];
    if (result) add(result, failures.map((failure) => ({ ...failure, file: result.file })));
  }
  /** Results for files of the site the run did not check (an image, a data file), in path order after the others. */
  const others: FileResult[] = [];
  /** Results for files the run only showed to the rules (a partial run), reported on now. */
  const shown: FileResult[] = [];
  for (const rule of rules) {
    const { severity: configured, options } = settingOf(config.rules, rule);
    // Runs when `rules` or any override turns it on; each finding then takes its file's setting.
    if (!rule.finish || (configured === 'off' && !isRuleOnAnywhere(config, rule.meta.id))) continue;
    const report = (file: string, report: Report) => {
      let result = byFile.get(file);
      if (!result && run.seenOnly.has(file)) {
        // A file only shown to the rules: reported now, for a finding its rule says the change caused.
        result = { file, findings: [], suppressed: 0 };
        byFile.set(file, result);
        shown.push(result);
      }
      if (!result) return;
      const projectPath = run.projectPaths.get(file);
      // A data file that cannot be read fails closed, as a file that cannot be checked does.
      if (rule.meta.unchecked?.includes(report.messageId)) {
        add(result, [toFinding(rule, 'error', file, report, true)]);
        return;
      }
      const severity = projectPath === undefined ? configured : settingOf(settingsFor(config, projectPath), rule).severity;
      if (severity === 'off') return;
      // The file's own inline directives apply to these findings as to any other.
      const { kept, suppressed } = applyDirectives([toFinding(rule, severity, file, report)], run.directives.get(file) ?? [], run.project.mayDisableInline);
      add(result, kept);
      result.suppressed += suppressed;
    };
    const finishing = timedAsync(rule.meta.id, 'rule', async () => rule.finish?.({
      options,
      project: run.project,
      state: run.states.get(rule.meta.id),
      report,
      reportOnSiteFile(projectPath, siteReport) {
        const file = reportPathOf(run, projectPath);
        if (!byFile.has(file)) {
          const result: FileResult = { file, findings: [], suppressed: 0 };
          byFile.set(file, result);
          others.push(result);
          run.projectPaths.set(file, projectPath);
        }
        report(file, siteReport);
      },
    }));
    try {
      await finishing;
    } catch (error) {
      // Fails closed, as a rule that throws on one file does: said on the run's first file, never a crash of the whole run.
      const first = files[0];
      if (!first) throw error;
      const reason = quote(error instanceof Error ? error.message : String(error), 120);
      const id = rule.meta.id;
      add(first, [engineFinding(first.file, id, 'crash', `Rule \`${id}\` failed after checking the files (${reason}); none of its findings from the whole run are reported. Please report this bug`, { reason })]);
    }
  }
  // Every file's own findings are in order already (checkDocument, the cache, combine).
  for (const [file, findings] of added) {
    withContexts(file.file, findings);
    file.findings = [...file.findings, ...findings].sort(compareFindings);
  }
  // Files only shown, now reported, take their places in path order; the site's other files come after.
  const byPath = (a: FileResult, b: FileResult) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const shownNow = shown.filter((file) => file.findings.length > 0);
  if (shownNow.length > 0) {
    files.push(...shownNow);
    files.sort(byPath);
  }
  files.push(...others.filter((file) => file.findings.length > 0).sort(byPath));
  return summarize(files);
}

/**
 * A file's report path (from the working directory) for its path from the config's folder: the run's
 * files say where the config's folder is (a report path is the project path seen from elsewhere).
 */
function reportPathOf(run: Run, projectPath: string): string {
  const starts = run.projectPaths.starts();
  if (!starts) return projectPath;
  const [file, known] = starts;
  const depth = known.split('/').length - 1;
  const root = path.posix.normalize(path.posix.join(file, ...Array<string>(depth).fill('..')));
  return root === '.' ? projectPath : path.posix.join(root, projectPath);
}
