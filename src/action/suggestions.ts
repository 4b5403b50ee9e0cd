/**
 * Suggested changes (`suggestions: true`): for each finding that `--fix` can repair on lines the
 * pull request changes, a review comment with a ```` ```suggestion ```` block of the fixed lines,
 * so that a writer clicks "Commit suggestion". One review a run; the previous run's suggestions
 * are deleted first, so re-runs replace them instead of piling up. At most `MAX_SUGGESTIONS`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lineSuggestions } from '../engine/fix.js';
import type { LintResult } from '../engine/types.js';
import { hasLine, type Changes, type LineSet } from './changes.js';
import type { RepoPath } from './filter.js';

/** Where a suggestion of ours starts: how the next run finds it. */
export const SUGGESTION_MARKER = '<!-- content-lint: suggestion -->';
/** Review comments a run posts at most; the rest are said in the review's body. */
export const MAX_SUGGESTIONS = 50;

export interface ReviewComment {
  path: string;
  line: number;
  start_line?: number;
  side: 'RIGHT';
  start_side?: 'RIGHT';
  body: string;
}

export interface ReviewApi {
  /** The pull request's review comments, all pages. */
  listComments(): Promise<Array<{ id: number; body?: string | null }>>;
  deleteComment(id: number): Promise<void>;
  createReview(review: { commit_id: string; event: 'COMMENT'; body: string; comments: ReviewComment[] }): Promise<void>;
}

/** The suggestions for the findings of `result` that lie on lines the pull request changed (every line in its diff, one of them added). */
export function suggestionComments(result: LintResult, changes: Changes, repoPath: RepoPath, cwd: string): ReviewComment[] {
  const changed = new Map(changes.files.map((file) => [file.path, file]));
  const comments: ReviewComment[] = [];
  for (const file of result.files) {
    const change = changed.get(repoPath(file.file));
    if (!change || !file.findings.some((finding) => finding.fix)) continue;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.resolve(cwd, file.file));
    } catch {
      continue;
    }
    for (const suggestion of lineSuggestions(bytes, file.findings, file.file)) {
      const { startLine, endLine, finding } = suggestion;
      if (!within(change.context, startLine, endLine) || !hasLine(change.added, startLine, endLine)) continue;
      const block = suggestion.replacement === null ? '```suggestion\n```' : `\`\`\`suggestion\n${suggestion.replacement}\n\`\`\``;
      comments.push({
        path: change.path,
        line: endLine,
        ...(startLine < endLine ? { start_line: startLine, start_side: 'RIGHT' as const } : {}),
        side: 'RIGHT',
        body: `${SUGGESTION_MARKER}\n**content-lint** \`${finding.ruleId}\`: ${finding.message}\n\n${block}`,
      });
    }
  }
  return comments;
}

/** Replaces the previous run's suggestions with these (at most `MAX_SUGGESTIONS`); how many were posted and removed. */
export async function publishSuggestions(api: ReviewApi, comments: readonly ReviewComment[], headSha: string): Promise<{ posted: number; removed: number; left: number }> {
  const previous = (await api.listComments()).filter((comment) => comment.body?.startsWith(SUGGESTION_MARKER));
  for (const comment of previous) await api.deleteComment(comment.id);
  const posted = comments.slice(0, MAX_SUGGESTIONS);
  const left = comments.length - posted.length;
  if (posted.length > 0) {
    const body = `content-lint suggests ${posted.length === 1 ? 'a fix' : `${posted.length} fixes`} on lines this pull request changes${left > 0 ? `; ${left} more can be made with \`content-lint --fix\`` : ''}.`;
    await api.createReview({ commit_id: headSha, event: 'COMMENT', body, comments: posted });
  }
  return { posted: posted.length, removed: previous.length, left };
}

function within(lines: LineSet, from: number, to: number): boolean {
  if (lines === 'all') return true;
  for (let line = from; line <= to; line++) if (!lines.has(line)) return false;
  return true;
}
