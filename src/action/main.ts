/**
 * The GitHub Action: inputs → the files and lines a pull request changed → lint → annotations (or a
 * check run), job summary, report files and outputs. The only modules that import @actions/* are in
 * this folder; the lint itself is the run the CLI drives.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { loadConfig } from '../engine/config.js';
import type { LintResult } from '../engine/types.js';
import { message as markdownText } from '../reporters/markdown.js';
import { plural } from '../reporters/text.js';
import { DEFAULT_CACHE_LOCATION } from '../run/cache.js';
import { fixPaths } from '../run/fix-paths.js';
import { lintPaths, type LintPathsOptions } from '../run/lint.js';
import { mergeReportFiles } from '../run/merge.js';
import { rules } from '../rules/index.js';
import { TOOL_NAME } from '../version.js';
import { filterFindings, rankFindings, type FilterMode } from './filter.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { publish } from './publish.js';
import { afterRun, pullRequestOf, pullRequestScope, repoPathFrom, repoRoot, repository, type Scope } from './pull-request.js';

export async function run(): Promise<void> {
  try {
    await runAction(readInputs());
  } catch (error) {
    // core.setFailed escapes the message: a file name in it cannot become a command.
    core.setFailed(error instanceof InputError ? error.message : `${TOOL_NAME}: ${(error as Error)?.message ?? String(error)}`);
  }
}

async function runAction(inputs: ActionInputs): Promise<void> {
  const cwd = path.resolve(process.cwd(), inputs.workingDirectory);
  if (!isDirectory(cwd)) throw new InputError(`${TOOL_NAME}: working-directory \`${inputs.workingDirectory}\` is not a folder of the workspace`);
  const context = github.context;
  // Combining shards' reports: those jobs chose the files and filtered the findings already.
  const merging = inputs.merge.length > 0;
  const pr = pullRequestOf(context);
  const octokit = inputs.token ? github.getOctokit(inputs.token) : null;
  const mode: FilterMode = merging ? 'nofilter' : (inputs.filterMode ?? (pr ? 'file' : 'nofilter'));
  const config = await loadConfig(cwd, rules, inputs.config, inputs.allowPlugins ? 'allow' : 'refuse');
  const repoPath = repoPathFrom(cwd);
  // Which files: on a pull request, the ones it changed; anywhere else, or if nobody can say, all.
  const scope: Scope = pr && !merging ? await pullRequestScope({ pr, octokit, cwd, mode, inputs, config, repoPath }) : { changes: null, history: null, base: null, baseline: inputs.baseline, notes: [] };
  const { changes, notes } = scope;

  const options: LintPathsOptions = {
    cwd,
    patterns: inputs.paths,
    config,
    // Worker threads load the config again, from the same file, with the same plugins.
    configFile: inputs.config,
    allowPlugins: inputs.allowPlugins,
    history: scope.history,
    // `.content-lint-baseline.json` next to the config is read when it is there (on a pull request that changes it, the base's).
    baseline: scope.baseline,
    onlyFiles: changes && mode !== 'nofilter' ? new Set(changes.files.map((file) => path.resolve(repoRoot(cwd), file.path))) : undefined,
    deletedFiles: changes ? new Set((changes.deleted ?? []).map((file) => path.resolve(repoRoot(cwd), file))) : undefined,
    renamedFiles: changes ? new Map(changes.files.flatMap((file) => (file.previousPath && file.previousPath !== file.path ? [[path.resolve(repoRoot(cwd), file.path), path.resolve(repoRoot(cwd), file.previousPath)] as const] : []))) : undefined,
    shard: inputs.shard,
    // Keep the caches between runs with actions/cache (see the README).
    cache: inputs.cache ? DEFAULT_CACHE_LOCATION : undefined,
    onCache: (cache) => core.info(`${TOOL_NAME}: ${plural(cache.hits, 'file')} from the cache, ${plural(cache.misses, 'file')} checked${cache.discarded ? ` (stored results not used: ${cache.discarded})` : ''}`),
    ...(inputs.checkUrls ? { network: { cacheFile: path.resolve(cwd, inputs.urlCache) } } : {}),
  };
  if (inputs.shard) notes.push(`Shard ${inputs.shard.index} of ${inputs.shard.count}: only this part of the files was checked.`);
  let linted: LintResult;
  if (merging) {
    const merged = mergeReportFiles(inputs.merge, cwd);
    linted = merged.result;
    notes.push(`Combined from ${plural(merged.reports, 'shard report')}.`);
  } else if (inputs.fix) {
    // Fixes are written to the workspace; a later step may commit them or upload a patch.
    const outcome = await fixPaths(options, false);
    core.info(`${TOOL_NAME}: fixed ${plural(outcome.fixedProblems, 'problem')} in ${plural(outcome.fixedFiles, 'file')}`);
    linted = outcome.result;
  } else {
    const outcome = await lintPaths(options);
    linted = outcome.result;
    for (const notice of outcome.notices) {
      core.warning(`${TOOL_NAME}: ${notice}`);
      notes.push(markdownText(notice));
    }
  }

  const fresh = afterRun(linted, scope, { cwd, mode, config, repoPath });
  const { result, outside } = filterFindings(linted, changes, mode, repoPath, fresh);
  if (outside > 0) notes.push(`${plural(outside, 'finding')} on lines this pull request did not ${mode === 'added' ? 'add' : 'touch'} ${outside === 1 ? 'is' : 'are'} not shown.`);
  const { owner, repo } = repository(context);
  await publish(result, rankFindings(result, changes, repoPath), { inputs, octokit, context, owner, repo, headSha: pr?.headSha ?? context.sha, cwd, repoPath, notes, changes });
}

function isDirectory(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
