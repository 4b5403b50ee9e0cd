/**
 * What a pull request asks of a run: the files and lines it changed (from the API, else git), each
 * changed file's text at the base (for `date-updated` and the filter modes), and the baseline it is
 * judged by — the base branch's, never one it brings. Notes for the summary say what was decided.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import type * as github from '@actions/github';
import { BASELINE_FILE } from '../engine/baseline.js';
import { isRuleOnAnywhere, type ResolvedConfig } from '../engine/config.js';
import type { History } from '../engine/rule.js';
import type { Finding, LintResult } from '../engine/types.js';
import { plural, inert } from '../reporters/text.js';
import { absolutePath, selectFiles, toPosix } from '../run/files.js';
import { git } from '../run/git.js';
import { findingsNewSince } from '../run/new-since.js';
import { rules } from '../rules/index.js';
import { TOOL_NAME } from '../version.js';
import { changesFromApi, changesFromGit, historyOf, resolveCommit, type Changes, type PullRequest } from './changes.js';
import type { FilterMode, RepoPath } from './filter.js';
import type { ActionInputs } from './inputs.js';

export type Octokit = ReturnType<typeof github.getOctokit>;

/** Files a site generator may publish as pages: Markdown by every extension, MDX, HTML. */
const CONTENT_EXTENSION = /\.(?:md|markdown|mdx|mkd|mkdn|mkdown|mdown|html?)$/i;
/** Without the base in the checkout, how many deleted posts' texts are fetched from the API (beyond it, only their paths are followed). */
const MAX_DELETED_FETCHED = 100;

export interface Scope {
  /** What the pull request changed; `null` when nobody could say (every file is then checked). */
  changes: Changes | null;
  /** Each changed file at the base, for `date-updated` (only when the rule is on). */
  history: History | null;
  /** Each changed file at the base, for the filter modes that keep only some lines. */
  base: History | null;
  /** The baseline to apply: the input's, or the base branch's copy when the pull request changes it. */
  baseline: string | false | undefined;
  notes: string[];
}

interface Context {
  pr: PullRequest;
  octokit: Octokit | null;
  cwd: string;
  mode: FilterMode;
  inputs: ActionInputs;
  config: ResolvedConfig;
  repoPath: RepoPath;
}

/** The files, base versions and baseline of a pull request's run, with the notes that say so. */
export async function pullRequestScope({ pr, octokit, cwd, mode, inputs, config, repoPath }: Context): Promise<Scope> {
  const notes: string[] = [];
  const found = await pullRequestChanges(pr, octokit, cwd, mode);
  const { changes } = found;
  if (mode === 'nofilter') notes.push(`Pull request #${pr.number}, \`filter-mode: nofilter\`: every file was checked.`);
  else if (changes) notes.push(`Pull request #${pr.number}: the ${plural(changes.files.length, 'changed file')} (from the ${changes.source === 'api' ? 'GitHub API' : '`git diff`'}) that the config selects were checked, \`filter-mode: ${mode}\`.`);
  else notes.push(`Pull request #${pr.number}: the changed files could not be listed (neither the API nor git could say), so every file was checked.`);
  const scope: Scope = { changes, history: null, base: null, baseline: inputs.baseline, notes };
  if (!changes) return scope;
  const gitBase = found.base ?? resolveCommit(cwd, [pr.baseSha]);
  // Each changed file's text at the base: for date-updated, and for the filter modes that keep only
  // some lines (a finding the base did not have is kept wherever it is).
  // Rules that compare a file with its earlier version (`date-updated`, `link-internal`'s slugs) need the base versions too.
  const dated = rules.some((rule) => (rule.meta.dependsOn?.includes('git-history') || rule.meta.readsBase) && isRuleOnAnywhere(config, rule.meta.id));
  if (dated || mode === 'added' || mode === 'diff_context') {
    scope.base = await baseVersions(pr, changes, gitBase, octokit, cwd, new Set(selectFiles(inputs.paths, config, cwd).map(absolutePath)));
    if (dated) scope.history = scope.base;
  }
  // A pull request cannot vouch for itself: the baseline it is judged by is the base branch's.
  const changed = new Set(changes.files.map((file) => file.path));
  const baselineFile = repoPath(inputs.baseline ? path.resolve(cwd, inputs.baseline) : path.join(config.root, BASELINE_FILE));
  if (changed.has(baselineFile)) {
    scope.baseline = await baselineAtBase(pr, baselineFile, gitBase, octokit, cwd);
    notes.push(
      scope.baseline === false
        ? `This pull request changes the baseline \`${baselineFile}\`, which the base branch does not have (or that could not be read): no baseline was applied.`
        : `This pull request changes the baseline \`${baselineFile}\`: the base branch's version was applied, so entries it adds count once it is merged.`,
    );
  }
  const configFile = config.file ? repoPath(config.file) : null;
  if (configFile && changed.has(configFile)) notes.push(`This pull request changes content-lint's config \`${configFile}\`: it was checked with the changed config — review that change with the posts.`);
  return scope;
}

/**
 * After the run: the findings its changed files did not have at the base (kept by every filter mode),
 * and notes on changed content files the config left out and on base versions nobody could read.
 */
export function afterRun(linted: LintResult, scope: Scope, { cwd, mode, config, repoPath }: Pick<Context, 'cwd' | 'mode' | 'config' | 'repoPath'>): Set<Finding> | undefined {
  const { changes, base, notes } = scope;
  if (!changes || mode === 'nofilter') return undefined;
  const checked = new Set(linted.files.map((file) => repoPath(file.file)));
  // A post the config leaves out is published all the same: say which changed ones were not checked.
  const left = changes.files.map((file) => file.path).filter((file) => CONTENT_EXTENSION.test(file) && !checked.has(file));
  if (left.length > 0) {
    const one = left.length === 1;
    notes.push(`${plural(left.length, 'changed file')} that ${one ? 'looks' : 'look'} like content ${one ? 'was' : 'were'} not checked (the config's \`include\`, \`exclude\` or \`paths\` leave ${one ? 'it' : 'them'} out): ${left.slice(0, 10).map((file) => `\`${file.replace(/[^\w./ -]/g, '?')}\``).join(', ')}${left.length > 10 ? ', …' : ''}.`);
  }
  if (!base || (mode !== 'added' && mode !== 'diff_context')) return undefined;
  const unknown = changes.files.filter((file) => file.previousPath && checked.has(file.path) && base.previousText({ path: path.relative(cwd, path.resolve(repoRoot(cwd), file.path)), projectPath: file.path }) === null);
  if (unknown.length > 0) notes.push(`The base version of ${plural(unknown.length, 'changed file')} could not be read (from git or the API): every finding in ${unknown.length === 1 ? 'it' : 'them'} is shown, whatever \`filter-mode\` says.`);
  return findingsNewSince(linted, base, config, { cwd });
}

export function pullRequestOf(context: typeof github.context): PullRequest | null {
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

export function repository(context: typeof github.context): { owner: string; repo: string } {
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

/** A file's text at the pull request's base: from git when the checkout has the base, else from the API; `null` when neither has it. */
async function textAtBase(pr: PullRequest, file: string, gitBase: string | null, octokit: Octokit | null, cwd: string): Promise<string | null> {
  if (gitBase) {
    const shown = git(repoRoot(cwd), ['show', `${gitBase}:${file}`]);
    return shown.ok ? shown.stdout : null;
  }
  if (!octokit) return null;
  try {
    const response = await octokit.rest.repos.getContent({ owner: pr.owner, repo: pr.repo, path: file, ref: pr.baseSha, mediaType: { format: 'raw' } });
    return typeof response.data === 'string' ? response.data : null;
  } catch {
    // Not there, or not readable: as for a new file.
    return null;
  }
}

/** Each changed file's text at the base; fetched through the API before the run (only the files the run checks) when git has no base. */
async function baseVersions(pr: PullRequest, changes: Changes, gitBase: string | null, octokit: Octokit | null, cwd: string, selected: ReadonlySet<string>): Promise<History> {
  const fetched = new Map<string, string>();
  if (!gitBase) {
    for (const file of changes.files) {
      if (!file.previousPath || !selected.has(path.resolve(repoRoot(cwd), file.path))) continue;
      const text = await textAtBase(pr, file.previousPath, null, octokit, cwd);
      if (text !== null) fetched.set(file.previousPath, text);
    }
    // Deleted posts: where unchanged posts' links to them led (a bounded number, a request each).
    for (const file of (changes.deleted ?? []).filter((name) => CONTENT_EXTENSION.test(name)).slice(0, MAX_DELETED_FETCHED)) {
      const text = await textAtBase(pr, file, null, octokit, cwd);
      if (text !== null) fetched.set(file, text);
    }
  }
  return historyOf(changes, { cwd, root: repoRoot(cwd), base: gitBase, label: pr.baseRef, fetched });
}

/**
 * The baseline as the base branch has it, written to a file of its own for the run; `false` when the
 * base has none (or nobody can say what it has: then no finding is excused).
 */
async function baselineAtBase(pr: PullRequest, file: string, gitBase: string | null, octokit: Octokit | null, cwd: string): Promise<string | false> {
  const text = await textAtBase(pr, file, gitBase, octokit, cwd);
  if (text === null) return false;
  const copy = path.join(mkdtempSync(path.join(tmpdir(), 'content-lint-baseline-')), BASELINE_FILE);
  writeFileSync(copy, text);
  return copy;
}

const roots = new Map<string, string>();
export function repoRoot(cwd: string): string {
  let root = roots.get(cwd);
  if (root === undefined) {
    // No git: the workspace is the repository's root (the run may start in a sub-folder, `working-directory`).
    const workspace = process.env.GITHUB_WORKSPACE ? path.resolve(process.env.GITHUB_WORKSPACE) : null;
    root = workspace && !path.relative(workspace, cwd).startsWith('..') ? workspace : cwd;
    try {
      const top = git(cwd, ['rev-parse', '--show-toplevel']);
      if (top.ok) root = top.stdout.trim();
    } catch {
      // Keep the workspace.
    }
    roots.set(cwd, root);
  }
  return root;
}

/** Paths from the repository root, as the API and annotations use them. */
export function repoPathFrom(cwd: string): RepoPath {
  const root = repoRoot(cwd);
  return (file) => toPosix(path.relative(root, path.resolve(cwd, file)));
}
