/**
 * Getting findings onto the pull request: as workflow-command annotations (GitHub shows 10 per level
 * and step, so the most important go first and a notice says how many more exist), or as one check
 * run that carries every annotation (50 per request) when the token may write checks.
 */
import type { AnnotationProperties } from '@actions/core';
import type { Finding, LintResult } from '../engine/types.js';
import { reporters } from '../reporters/index.js';
import { inert, plural } from '../reporters/text.js';
import { rules } from '../rules/index.js';
import { TOOL_NAME } from '../version.js';
import type { RepoPath } from './filter.js';

/** What GitHub displays per level and step; the rest are dropped without a word. */
export const SHOWN_PER_LEVEL = 10;
/** Annotations per Checks API request. */
export const CHECK_BATCH = 50;

export interface WorkflowCommands {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
}

/** What the step log needs of `@actions/core`. */
export interface StepLog extends WorkflowCommands {
  info(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
}

/**
 * Everything the action writes to the log about findings: the annotations (unless a check run
 * carries them), a notice for those GitHub would drop, and the full list in a collapsed group.
 * Text from posts reaches the log only escaped by `@actions/core` (annotations) or through `inert`.
 */
export function logFindings(
  result: LintResult,
  ranked: readonly Finding[],
  options: { annotate: boolean; checkRunUrl: string | null; summary: boolean },
  log: StepLog,
  repoPath: RepoPath,
): void {
  const total = ranked.length;
  if (options.annotate) {
    const left = printAnnotations(ranked, log, repoPath);
    if (left > 0) {
      log.notice(
        `${plural(left, 'more finding')} ${left === 1 ? 'is' : 'are'} not shown as annotations (GitHub shows ${SHOWN_PER_LEVEL} errors and ${SHOWN_PER_LEVEL} warnings per step): ` +
          `${options.summary ? 'the job summary lists' : 'the log lists'} all ${total}.`,
        { title: `${TOOL_NAME}: ${total} findings` },
      );
    }
  } else if (options.checkRunUrl !== null && total > 0) {
    log.notice(`${plural(total, 'finding')} ${total === 1 ? 'is' : 'are'} annotated in the ${TOOL_NAME} check run${options.checkRunUrl ? `: ${options.checkRunUrl}` : ''}.`);
  }
  // The full list, made inert: a file name or message cannot become a runner command.
  if (total > 0) {
    log.startGroup(`${TOOL_NAME}: ${plural(total, 'finding')}`);
    for (const line of reporters.compact(result, { rules, color: false })) log.info(inert(line.slice(0, -1)));
    log.endGroup();
  }
}

/**
 * Prints the first `SHOWN_PER_LEVEL` errors and warnings of `ranked` and returns how many it left out.
 * `@actions/core` escapes the message and every property, so no text from a post becomes a command.
 */
export function printAnnotations(ranked: readonly Finding[], commands: WorkflowCommands, repoPath: RepoPath): number {
  const printed = { error: 0, warning: 0 };
  let left = 0;
  for (const finding of ranked) {
    if (printed[finding.severity] >= SHOWN_PER_LEVEL) {
      left++;
      continue;
    }
    printed[finding.severity]++;
    const properties: AnnotationProperties = {
      title: `${TOOL_NAME}: ${finding.ruleId}`,
      file: repoPath(finding.file),
      startLine: finding.line,
      endLine: finding.endLine,
      startColumn: finding.column,
      ...(finding.endLine === finding.line ? { endColumn: finding.endColumn } : {}),
    };
    commands[finding.severity](finding.message, properties);
  }
  return left;
}

/** The subset of the Checks API used; an Octokit instance's `rest.checks` provides it. */
export interface ChecksApi {
  create(request: CheckRunRequest & { head_sha: string; name: string }): Promise<{ data: { id: number; html_url: string | null } }>;
  update(request: CheckRunRequest & { check_run_id: number }): Promise<unknown>;
}

// Type aliases, not interfaces: Octokit's parameters have an index signature only aliases satisfy.
type CheckRunRequest = {
  owner: string;
  repo: string;
  status?: 'in_progress' | 'completed';
  conclusion?: 'success' | 'failure' | 'neutral';
  output: { title: string; summary: string; annotations: CheckAnnotation[] };
};

export type CheckAnnotation = {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
};

export interface CheckRunPlan {
  owner: string;
  repo: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  /** Markdown, at most 65,535 characters. */
  summary: string;
}

/** Limits of the Checks API. */
const SUMMARY_CHARACTERS = 65_535;
const TITLE_CHARACTERS = 255;
const MESSAGE_CHARACTERS = 64 * 1024 - 1;

export function toCheckAnnotation(finding: Finding, repoPath: RepoPath): CheckAnnotation {
  return {
    path: repoPath(finding.file),
    start_line: finding.line,
    end_line: finding.endLine,
    // Columns only on one line, as the API requires.
    ...(finding.endLine === finding.line ? { start_column: finding.column, end_column: Math.max(finding.endColumn, finding.column) } : {}),
    annotation_level: finding.severity === 'error' ? 'failure' : 'warning',
    message: truncate(finding.message, MESSAGE_CHARACTERS),
    title: truncate(`${TOOL_NAME}: ${finding.ruleId}`, TITLE_CHARACTERS),
  };
}

/**
 * One check run on the head commit with every annotation: created with the first 50, each later
 * request appends 50 more, the last one completes the run. Returns the run's address and the number
 * of requests.
 */
export async function publishCheckRun(api: ChecksApi, plan: CheckRunPlan, annotations: readonly CheckAnnotation[]): Promise<{ url: string | null; requests: number }> {
  const batches: CheckAnnotation[][] = [];
  for (let index = 0; index < annotations.length; index += CHECK_BATCH) batches.push(annotations.slice(index, index + CHECK_BATCH));
  if (batches.length === 0) batches.push([]);
  const output = (batch: CheckAnnotation[]) => ({
    title: truncate(plan.title, TITLE_CHARACTERS),
    summary: truncate(plan.summary, SUMMARY_CHARACTERS),
    annotations: batch,
  });
  const done = (last: boolean) => (last ? { status: 'completed' as const, conclusion: plan.conclusion } : { status: 'in_progress' as const });
  const [first = [], ...rest] = batches;
  const created = await api.create({ owner: plan.owner, repo: plan.repo, name: TOOL_NAME, head_sha: plan.headSha, ...done(rest.length === 0), output: output(first) });
  for (const [index, batch] of rest.entries()) {
    await api.update({ owner: plan.owner, repo: plan.repo, check_run_id: created.data.id, ...done(index === rest.length - 1), output: output(batch) });
  }
  return { url: created.data.html_url, requests: batches.length };
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
