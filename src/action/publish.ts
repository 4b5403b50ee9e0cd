/**
 * What a run leaves on GitHub: annotations (in a check run when the token may write checks, else
 * workflow commands), the job summary, the report files, the outputs and the step's verdict.
 */
import path from 'node:path';
import * as core from '@actions/core';
import type * as github from '@actions/github';
import type { Finding, LintResult } from '../engine/types.js';
import { writeReportFile } from '../run/report-file.js';
import { reporters } from '../reporters/index.js';
import { SUMMARY_LIMIT_BYTES } from '../reporters/markdown.js';
import { inert, plural } from '../reporters/text.js';
import { rules } from '../rules/index.js';
import { TOOL_NAME } from '../version.js';
import { logFindings, publishCheckRun, toCheckAnnotation } from './annotations.js';
import type { Changes } from './changes.js';
import { COMMENT_LIMIT, publishComment } from './comment.js';
import { publishSuggestions, suggestionComments } from './suggestions.js';
import type { RepoPath } from './filter.js';
import type { ActionInputs } from './inputs.js';
import type { Octokit } from './pull-request.js';

interface Where {
  inputs: ActionInputs;
  octokit: Octokit | null;
  context: typeof github.context;
  owner: string;
  repo: string;
  /** The commit the findings are on: the pull request's head, else the pushed one. */
  headSha: string | undefined;
  cwd: string;
  repoPath: RepoPath;
  notes: readonly string[];
  /** What the pull request changed, when known: where suggestions may go. */
  changes: Changes | null;
}

export async function publish(result: LintResult, ranked: Finding[], { inputs, octokit, context, owner, repo, headSha, cwd, repoPath, notes, changes }: Where): Promise<void> {
  const failed = (inputs.failOn !== 'never' && result.errorCount > 0) || (inputs.failOn === 'warning' && result.warningCount > 0);
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
          conclusion: failed ? 'failure' : ranked.length > 0 ? 'neutral' : 'success',
          title: `${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}`,
          summary: render(60_000),
        },
        ranked.map((finding) => toCheckAnnotation(finding, repoPath)),
      );
      checkRun = true;
      checkRunUrl = published.url;
      core.info(`${TOOL_NAME}: check run with ${plural(ranked.length, 'annotation')} in ${plural(published.requests, 'request')}${published.url ? `: ${inert(published.url)}` : ''}`);
    } catch (error) {
      const status = (error as { status?: number }).status;
      const reason = status === 403 || status === 404 ? `the token may not write checks (HTTP ${status}; fork pull requests get a read-only token)` : `the Checks API failed (${(error as Error).message})`;
      const fallback = `${TOOL_NAME}: no check run: ${reason}. The findings go to workflow annotations and the job summary instead.`;
      if (inputs.annotations === 'checks' || (status !== 403 && status !== 404)) core.warning(fallback);
      else core.info(inert(fallback));
    }
  }
  logFindings(result, ranked, { annotate: !checkRun && inputs.annotations !== 'none', checkRunUrl: checkRun ? (checkRunUrl ?? '') : null, summary: inputs.summary }, core, repoPath);

  if (inputs.comment) await commentOnPullRequest(result, render, { octokit, context, owner, repo });
  if (inputs.suggestions) await suggestOnPullRequest(result, { octokit, context, owner, repo, headSha, cwd, repoPath, changes });

  if (inputs.summary) {
    const where = checkRun ? [`Every finding is also annotated in the ${checkRunUrl ? `[check run](${checkRunUrl})` : 'check run'}.`] : [];
    await core.summary.addRaw(render(SUMMARY_LIMIT_BYTES - 1024, where)).write();
  }
  for (const [input, output, reporter] of [
    [inputs.sarifFile, 'sarif-file', reporters.sarif],
    [inputs.jsonFile, 'json-file', reporters.json],
  ] as const) {
    if (!input) continue;
    writeReportFile(path.resolve(cwd, input), reporter(result, { rules, color: false }));
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

/** The pull request's one content-lint comment (`comment: true`); a token that may not write it (a fork's) is said once. */
async function commentOnPullRequest(
  result: LintResult,
  render: (maxBytes: number) => string,
  { octokit, context, owner, repo }: Pick<Where, 'octokit' | 'context' | 'owner' | 'repo'>,
): Promise<void> {
  const number = context.payload.pull_request?.number;
  if (!octokit || !owner || typeof number !== 'number') {
    core.info(`${TOOL_NAME}: no pull-request comment: ${octokit ? 'this run is not on a pull request' : 'no token'}`);
    return;
  }
  const issue = { owner, repo, issue_number: number };
  try {
    const outcome = await publishComment(
      {
        list: () => octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 }),
        create: async (body) => void (await octokit.rest.issues.createComment({ ...issue, body })),
        update: async (id, body) => void (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })),
      },
      result.errorCount + result.warningCount > 0 ? render(COMMENT_LIMIT - 1024) : null,
    );
    if (outcome !== 'none') core.info(`${TOOL_NAME}: pull-request comment ${outcome}`);
  } catch (error) {
    const status = (error as { status?: number }).status;
    const reason = status === 403 || status === 404 ? `the token may not write to the pull request (HTTP ${status}; fork pull requests get a read-only token)` : `the API failed (${(error as Error).message})`;
    core.info(inert(`${TOOL_NAME}: no pull-request comment: ${reason}. The findings are in the annotations and the job summary.`));
  }
}

/** Suggested changes for the fixable findings on the pull request's lines (`suggestions: true`); a token that may not write them is said once. */
async function suggestOnPullRequest(result: LintResult, where: Pick<Where, 'octokit' | 'context' | 'owner' | 'repo' | 'headSha' | 'cwd' | 'repoPath' | 'changes'>): Promise<void> {
  const { octokit, context, owner, repo, headSha, changes } = where;
  const number = context.payload.pull_request?.number;
  if (!octokit || !owner || !headSha || typeof number !== 'number' || !changes) {
    core.info(`${TOOL_NAME}: no suggestions: ${!octokit ? 'no token' : !changes ? 'the changed lines are not known' : 'this run is not on a pull request'}`);
    return;
  }
  const pull = { owner, repo, pull_number: number };
  try {
    const outcome = await publishSuggestions(
      {
        listComments: () => octokit.paginate(octokit.rest.pulls.listReviewComments, { ...pull, per_page: 100 }),
        deleteComment: async (id) => void (await octokit.rest.pulls.deleteReviewComment({ owner, repo, comment_id: id })),
        createReview: async (review) => void (await octokit.rest.pulls.createReview({ ...pull, ...review })),
      },
      suggestionComments(result, changes, where.repoPath, where.cwd),
      headSha,
    );
    core.info(`${TOOL_NAME}: ${plural(outcome.posted, 'suggested change')}${outcome.removed > 0 ? `, ${outcome.removed} of the previous run's removed` : ''}${outcome.left > 0 ? `; ${outcome.left} more not posted` : ''}`);
  } catch (error) {
    const status = (error as { status?: number }).status;
    const reason = status === 403 || status === 404 ? `the token may not review the pull request (HTTP ${status}; fork pull requests get a read-only token)` : `the API failed (${(error as Error).message})`;
    core.info(inert(`${TOOL_NAME}: no suggestions: ${reason}. The findings are in the annotations and the job summary.`));
  }
}
