/**
 * The GitHub Action: inputs → the files and lines a pull request changed → lint → annotations (or a
 * check run), job summary, report files and outputs. The only modules that import @actions/* are in
 * this folder; the lint itself is the engine the CLI runs.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { isRuleOnAnywhere, loadConfig, type ResolvedConfig } from '../engine/config.js';
import { BASELINE_FILE } from '../engine/baseline.js';
import { selectFiles, toPosix } from '../run/files.js';
import { fixPaths } from '../run/fix-paths.js';
import { git } from '../run/git.js';
import { findingsNewSince, lintPaths, type LintPathsOptions } from '../run/lint.js';
import type { History } from '../engine/rule.js';
import type { Finding, LintResult } from '../engine/types.js';
import { reporters } from '../reporters/index.js';
import { mergeReports, readJsonReport } from '../reporters/json.js';
import { DEFAULT_CACHE_LOCATION } from '../run/cache.js';
import { SUMMARY_LIMIT_BYTES } from '../reporters/markdown.js';
import { inert, plural } from '../reporters/text.js';
import { rules } from '../rules/index.js';
import { TOOL_NAME } from '../version.js';
import { logFindings, publishCheckRun, toCheckAnnotation } from './annotations.js';
import { changesFromApi, changesFromGit, historyOf, resolveCommit, type Changes, type PullRequest } from './changes.js';
import { filterFindings, rankFindings, type FilterMode, type RepoPath } from './filter.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';

type Octokit = ReturnType<typeof github.getOctokit>;

/** Files a site generator may publish as pages: Markdown by every extension, MDX, HTML. */
const CONTENT_EXTENSION = /\.(?:md|markdown|mdx|mkd|mkdn|mkdown|mdown|html?)$/i;

export async function run(): Promise<void> {
  try {
    await runAction(readInputs());
  } catch (error) {
    // core.setFailed escapes the message: a file name in it cannot become a command.
    core.setFailed(error instanceof InputError ? error.message : `${TOOL_NAME}: ${(error as Error)?.message ?? String(error)}`);
  }
}

async function runAction(inputs: ActionInputs): Promise<void> {
  const cwd = process.cwd();
  const context = github.context;
  // Combining shards' reports: those jobs chose the files and filtered the findings already.
  const merging = inputs.merge.length > 0;
  const pr = pullRequestOf(context);
  const octokit = inputs.token ? github.getOctokit(inputs.token) : null;
  const mode: FilterMode = merging ? 'nofilter' : (inputs.filterMode ?? (pr ? 'file' : 'nofilter'));
  const config = await loadConfig(cwd, rules, inputs.config, inputs.allowPlugins ? 'allow' : 'refuse');
  const repoPath = repoPathFrom(cwd);
  const notes: string[] = [];

  // Which files: on a pull request, the ones it changed; anywhere else, or if nobody can say, all.
  let changes: Changes | null = null;
  let history: History | null = null;
  let base: History | null = null;
  let found: { changes: Changes | null; base: string | null } | null = null;
  if (pr && !merging) {
    found = await pullRequestChanges(pr, octokit, cwd, mode);
    changes = found.changes;
    if (mode === 'nofilter') notes.push(`Pull request #${pr.number}, \`filter-mode: nofilter\`: every file was checked.`);
    else if (changes) notes.push(`Pull request #${pr.number}: the ${plural(changes.files.length, 'changed file')} (from the ${changes.source === 'api' ? 'GitHub API' : '`git diff`'}) that the config selects were checked, \`filter-mode: ${mode}\`.`);
    else notes.push(`Pull request #${pr.number}: the changed files could not be listed (neither the API nor git could say), so every file was checked.`);
    // Each changed file's text at the base: for date-updated, and for the filter modes that keep only
    // some lines (a finding the base did not have is kept wherever it is).
    if (changes && (isRuleOnAnywhere(config, 'date-updated') || mode === 'added' || mode === 'diff_context')) {
      base = await pullRequestHistory(pr, changes, found.base, octokit, { cwd, inputs, config });
      if (isRuleOnAnywhere(config, 'date-updated')) history = base;
    }
  }

  // A pull request cannot vouch for itself: the baseline it is judged by is the base branch's.
  let baseline: string | false | undefined = inputs.baseline;
  if (pr && changes && !merging) {
    const own = ownFilesChanged(changes, config, inputs, cwd, repoPath);
    if (own.baseline) {
      baseline = await baselineAtBase(pr, own.baseline, found?.base ?? null, octokit, cwd);
      notes.push(
        baseline === false
          ? `This pull request changes the baseline \`${own.baseline}\`, which the base branch does not have (or that could not be read): no baseline was applied.`
          : `This pull request changes the baseline \`${own.baseline}\`: the base branch's version was applied, so entries it adds count once it is merged.`,
      );
    }
    if (own.config) notes.push(`This pull request changes content-lint's config \`${own.config}\`: it was checked with the changed config — review that change with the posts.`);
  }

  const options: LintPathsOptions = {
    cwd,
    patterns: inputs.paths,
    config,
    // Worker threads load the config again, from the same file, with the same plugins.
    configFile: inputs.config,
    allowPlugins: inputs.allowPlugins,
    history,
    // `.content-lint-baseline.json` next to the config is read when it is there (on a pull request that changes it, the base's).
    baseline,
    onlyFiles: changes && mode !== 'nofilter' ? new Set(changes.files.map((file) => path.resolve(repoRoot(cwd), file.path))) : undefined,
    shard: inputs.shard,
    // Keep the caches between runs with actions/cache (see the README).
    cache: inputs.cache ? DEFAULT_CACHE_LOCATION : undefined,
    onCache: (cache) => core.info(`${TOOL_NAME}: ${plural(cache.hits, 'file')} from the cache, ${plural(cache.misses, 'file')} checked${cache.discarded ? ` (stored results not used: ${cache.discarded})` : ''}`),
    ...(inputs.checkUrls ? { network: { cacheFile: path.resolve(cwd, inputs.urlCache) } } : {}),
  };
  if (inputs.shard) notes.push(`Shard ${inputs.shard.index} of ${inputs.shard.count}: only this part of the files was checked.`);
  let linted: LintResult;
  if (merging) {
    const reports = reportFiles(inputs.merge, cwd);
    linted = mergeReports(
      reports.map((file) => {
        const name = toPosix(path.relative(cwd, file));
        return { name, ...readJsonReport(readFileSync(file, 'utf8'), name) };
      }),
    );
    notes.push(`Combined from ${plural(reports.length, 'shard report')}.`);
  } else if (inputs.fix) {
    // Fixes are written to the workspace; a later step may commit them or upload a patch.
    const outcome = await fixPaths(options, false);
    core.info(`${TOOL_NAME}: fixed ${plural(outcome.fixedProblems, 'problem')} in ${plural(outcome.fixedFiles, 'file')}`);
    linted = outcome.result;
  } else {
    linted = (await lintPaths(options)).result;
  }

  if (changes && mode !== 'nofilter') {
    // A post the config leaves out is published all the same: say which changed ones were not checked.
    const checkedPaths = new Set(linted.files.map((file) => repoPath(file.file)));
    const unchecked = changes.files.map((file) => file.path).filter((file) => CONTENT_EXTENSION.test(file) && !checkedPaths.has(file));
    if (unchecked.length > 0) {
      notes.push(`${plural(unchecked.length, 'changed file')} that ${unchecked.length === 1 ? 'looks' : 'look'} like content ${unchecked.length === 1 ? 'was' : 'were'} not checked (the config's \`include\`, \`exclude\` or \`paths\` leave ${unchecked.length === 1 ? 'it' : 'them'} out): ${unchecked.slice(0, 10).map((file) => `\`${file.replace(/[^\w./ -]/g, '?')}\``).join(', ')}${unchecked.length > 10 ? ', …' : ''}.`);
    }
  }
  let fresh: Set<Finding> | undefined;
  if (base && changes && (mode === 'added' || mode === 'diff_context')) {
    fresh = findingsNewSince(linted, base, config, { cwd });
    const history = base;
    const unknown = changes.files.filter((file) => file.previousPath && linted.files.some((checked) => repoPath(checked.file) === file.path) && history.previousText({ path: path.relative(cwd, path.resolve(repoRoot(cwd), file.path)), projectPath: file.path }) === null);
    if (unknown.length > 0) notes.push(`The base version of ${plural(unknown.length, 'changed file')} could not be read (from git or the API): every finding in ${unknown.length === 1 ? 'it' : 'them'} is shown, whatever \`filter-mode\` says.`);
  }
  const { result, outside } = filterFindings(linted, changes, mode, repoPath, fresh);
  if (outside > 0) notes.push(`${plural(outside, 'finding')} on lines this pull request did not ${mode === 'added' ? 'add' : 'touch'} ${outside === 1 ? 'is' : 'are'} not shown.`);
  const ranked = rankFindings(result, changes, repoPath);
  const total = ranked.length;
  const failed = (inputs.failOn !== 'never' && result.errorCount > 0) || (inputs.failOn === 'warning' && result.warningCount > 0);
  const headSha = pr?.headSha ?? context.sha;
  const { owner, repo } = repository(context);
  const lineUrl = headSha && owner ? (file: string, line: number) => `${context.serverUrl}/${owner}/${repo}/blob/${headSha}/${repoPath(file).split('/').map(encodeURIComponent).join('/')}#L${line}` : undefined;
  const render = (maxBytes: number, extra: string[] = []) => reporters.markdown(result, { rules, color: false, markdown: { lineUrl, maxBytes, notes: [...notes, ...extra] } });

  // Annotations: every one in a check run if the token may write checks, else the first ten of each level.
  let checkRunUrl: string | null = null;
  let checkRun = false;
  if ((inputs.annotations === 'auto' || inputs.annotations === 'checks') && octokit && headSha && owner) {
    try {
      const published = await publishCheckRun(
        { create: (request) => octokit.rest.checks.create(request), update: (request) => octokit.rest.checks.update(request) },
        {
          owner,
          repo,
          headSha,
          conclusion: failed ? 'failure' : total > 0 ? 'neutral' : 'success',
          title: `${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}`,
          summary: render(60_000),
        },
        ranked.map((finding) => toCheckAnnotation(finding, repoPath)),
      );
      checkRun = true;
      checkRunUrl = published.url;
      core.info(`${TOOL_NAME}: check run with ${plural(total, 'annotation')} in ${plural(published.requests, 'request')}${published.url ? `: ${inert(published.url)}` : ''}`);
    } catch (error) {
      const status = (error as { status?: number }).status;
      const reason = status === 403 || status === 404 ? `the token may not write checks (HTTP ${status}; fork pull requests get a read-only token)` : `the Checks API failed (${(error as Error).message})`;
      const fallback = `${TOOL_NAME}: no check run: ${reason}. The findings go to workflow annotations and the job summary instead.`;
      if (inputs.annotations === 'checks' || (status !== 403 && status !== 404)) core.warning(fallback);
      else core.info(inert(fallback));
    }
  }
  logFindings(result, ranked, { annotate: !checkRun && inputs.annotations !== 'none', checkRunUrl: checkRun ? (checkRunUrl ?? '') : null, summary: inputs.summary }, core, repoPath);

  if (inputs.summary) {
    const where = checkRun ? [`Every finding is also annotated in the ${checkRunUrl ? `[check run](${checkRunUrl})` : 'check run'}.`] : [];
    await core.summary.addRaw(render(SUMMARY_LIMIT_BYTES - 1024, where)).write();
  }
  for (const [input, output, reporter] of [
    [inputs.sarifFile, 'sarif-file', reporters.sarif],
    [inputs.jsonFile, 'json-file', reporters.json],
  ] as const) {
    if (!input) continue;
    const file = path.resolve(cwd, input);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, reporter(result, { rules, color: false }));
    core.setOutput(output, input);
  }
  core.setOutput('errors', result.errorCount);
  core.setOutput('warnings', result.warningCount);
  core.setOutput('files', result.files.length);
  if (checkRunUrl) core.setOutput('check-run-url', checkRunUrl);

  const verdict = `${TOOL_NAME}: ${plural(result.errorCount, 'error')} and ${plural(result.warningCount, 'warning')} in ${plural(result.files.length, 'file')}`;
  if (failed) {
    // Not core.setFailed: its error annotation would take one of the ten places GitHub shows.
    process.exitCode = core.ExitCode.Failure;
    core.info(`${verdict}; failing (fail-on: ${inputs.failOn}).`);
  } else {
    core.info(`${verdict}.`);
  }
}

/** The config file and the baseline, from the repository root, when the pull request changes them. */
function ownFilesChanged(changes: Changes, config: ResolvedConfig, inputs: ActionInputs, cwd: string, repoPath: RepoPath): { config: string | null; baseline: string | null } {
  const changed = new Set(changes.files.map((file) => file.path));
  const baselineFile = inputs.baseline ? path.resolve(cwd, inputs.baseline) : path.join(config.root, BASELINE_FILE);
  const configFile = config.file ? repoPath(config.file) : null;
  return { config: configFile && changed.has(configFile) ? configFile : null, baseline: changed.has(repoPath(baselineFile)) ? repoPath(baselineFile) : null };
}

/**
 * The baseline as the base branch has it, written to a file of its own for the run; `false` when the
 * base has none (or nobody can say what it has: then no finding is excused).
 */
async function baselineAtBase(pr: PullRequest, file: string, gitBase: string | null, octokit: Octokit | null, cwd: string): Promise<string | false> {
  let text: string | null = null;
  const base = gitBase ?? resolveCommit(cwd, [pr.baseSha]);
  if (base) {
    const shown = git(repoRoot(cwd), ['show', `${base}:${file}`]);
    text = shown.ok ? shown.stdout : null;
  } else if (octokit) {
    try {
      const response = await octokit.rest.repos.getContent({ owner: pr.owner, repo: pr.repo, path: file, ref: pr.baseSha, mediaType: { format: 'raw' } });
      if (typeof response.data === 'string') text = response.data;
    } catch {
      text = null;
    }
  }
  if (text === null) return false;
  const folder = mkdtempSync(path.join(tmpdir(), 'content-lint-baseline-'));
  const copy = path.join(folder, BASELINE_FILE);
  writeFileSync(copy, text);
  return copy;
}

/** The JSON reports named by `merge`: files, and the `.json` files in folders (as download-artifact leaves them). */
function reportFiles(names: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const name of names) {
    const absolute = path.resolve(cwd, name);
    if (!existsSync(absolute)) throw new InputError(`merge: \`${name}\` not found; expected the JSON reports of the shard jobs (download them first)`);
    if (!statSync(absolute).isDirectory()) {
      files.push(absolute);
      continue;
    }
    const found = readdirSync(absolute, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => path.join(absolute, file));
    if (found.length === 0) throw new InputError(`merge: no .json files in \`${name}\``);
    files.push(...found);
  }
  return files;
}

function pullRequestOf(context: typeof github.context): PullRequest | null {
  const pull = context.payload.pull_request as
    | { number?: unknown; changed_files?: unknown; base?: { sha?: unknown; ref?: unknown }; head?: { sha?: unknown } }
    | undefined;
  if (!pull || typeof pull.number !== 'number' || typeof pull.base?.sha !== 'string' || typeof pull.head?.sha !== 'string') return null;
  const { owner, repo } = repository(context);
  if (!owner) return null;
  return {
    number: pull.number,
    owner,
    repo,
    baseSha: pull.base.sha,
    baseRef: typeof pull.base.ref === 'string' ? pull.base.ref : pull.base.sha,
    headSha: pull.head.sha,
    changedFiles: typeof pull.changed_files === 'number' ? pull.changed_files : null,
  };
}

function repository(context: typeof github.context): { owner: string; repo: string } {
  try {
    return context.repo;
  } catch {
    return { owner: '', repo: '' };
  }
}

/** The changed files from the API; from git when the API cannot be used or cuts the list. */
async function pullRequestChanges(pr: PullRequest, octokit: Octokit | null, cwd: string, mode: FilterMode): Promise<{ changes: Changes | null; base: string | null }> {
  if (octokit) {
    try {
      const changes = await changesFromApi({ listFiles: (request) => octokit.rest.pulls.listFiles(request) }, pr);
      if (changes) return { changes, base: null };
      core.info(`${TOOL_NAME}: the pull request changes more files than the API lists; asking git`);
    } catch (error) {
      core.info(inert(`${TOOL_NAME}: the API did not list the changed files (${(error as Error).message}); asking git`));
    }
  }
  try {
    // The base commit, or the first parent of the merge commit actions/checkout makes for a pull request.
    const mergeParent = git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^2']);
    const base = resolveCommit(cwd, [pr.baseSha, ...(mergeParent.ok && mergeParent.stdout.trim() === pr.headSha ? ['HEAD^1'] : [])]);
    const changes = base ? changesFromGit(cwd, base, mode === 'added' || mode === 'diff_context') : null;
    if (changes) return { changes, base: changes.base };
  } catch {
    // git is not installed: as if it did not know the base.
  }
  core.info(`${TOOL_NAME}: git does not have the base commit either (actions/checkout with fetch-depth: 0 fetches it); checking every file`);
  return { changes: null, base: null };
}

/**
 * Each changed file's text at the base, for `date-updated`: from git when the checkout has the base,
 * else fetched through the API before the run (only the files the run will check).
 */
async function pullRequestHistory(
  pr: PullRequest,
  changes: Changes,
  gitBase: string | null,
  octokit: Octokit | null,
  { cwd, inputs, config }: { cwd: string; inputs: ActionInputs; config: Awaited<ReturnType<typeof loadConfig>> },
): Promise<History> {
  const base = gitBase ?? resolveCommit(cwd, [pr.baseSha]);
  const fetched = new Map<string, string>();
  if (!base && octokit) {
    const root = repoRoot(cwd);
    const selected = new Set(selectFiles(inputs.paths, config, cwd).map((entry) => entry.absolute));
    for (const file of changes.files) {
      if (!file.previousPath || !selected.has(path.resolve(root, file.path))) continue;
      try {
        const response = await octokit.rest.repos.getContent({ owner: pr.owner, repo: pr.repo, path: file.previousPath, ref: pr.baseSha, mediaType: { format: 'raw' } });
        if (typeof response.data === 'string') fetched.set(file.previousPath, response.data);
      } catch {
        // Not there, or not readable: the rule has nothing to compare with, as for a new file.
      }
    }
  }
  return historyOf(changes, { cwd, root: repoRoot(cwd), base, label: pr.baseRef, fetched });
}

const roots = new Map<string, string>();
function repoRoot(cwd: string): string {
  let root = roots.get(cwd);
  if (root === undefined) {
    root = cwd;
    try {
      const top = git(cwd, ['rev-parse', '--show-toplevel']);
      if (top.ok) root = top.stdout.trim();
    } catch {
      // No git: the working directory is the repository root, as GITHUB_WORKSPACE is.
    }
    roots.set(cwd, root);
  }
  return root;
}

/** Paths from the repository root, as the API and annotations use them. */
function repoPathFrom(cwd: string): RepoPath {
  const root = repoRoot(cwd);
  return (file) => toPosix(path.relative(root, path.resolve(cwd, file)));
}
