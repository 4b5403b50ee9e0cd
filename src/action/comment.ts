/**
 * One pull-request comment (`comment: true`): the totals and the table of findings, kept up to date
 * in place on each run — the comment is found again by a hidden marker — and marked resolved when a
 * run is clean. A run never adds a second one.
 */

/** Where a comment of ours starts: how the next run finds it among the pull request's comments. */
export const COMMENT_MARKER = '<!-- content-lint: pull request comment -->';
/** GitHub's limit on a comment's body, in characters. */
export const COMMENT_LIMIT = 65_536;

export interface CommentApi {
  /** The pull request's comments, all pages. */
  list(): Promise<Array<{ id: number; body?: string | null }>>;
  create(body: string): Promise<void>;
  update(id: number, body: string): Promise<void>;
}

export type CommentOutcome = 'created' | 'updated' | 'resolved' | 'none';

/**
 * Publishes `report` (the Markdown of the findings) as the pull request's content-lint comment, or,
 * when `report` is `null` (nothing to report), marks an earlier one resolved.
 */
export async function publishComment(api: CommentApi, report: string | null): Promise<CommentOutcome> {
  const ours = (await api.list()).find((comment) => comment.body?.startsWith(COMMENT_MARKER));
  if (report === null) {
    if (!ours) return 'none';
    if (ours.body?.includes(RESOLVED)) return 'none';
    await api.update(ours.id, `${COMMENT_MARKER}\n${RESOLVED}\n`);
    return 'resolved';
  }
  const body = `${COMMENT_MARKER}\n${report}`.slice(0, COMMENT_LIMIT);
  if (ours) {
    if (ours.body !== body) await api.update(ours.id, body);
    return 'updated';
  }
  await api.create(body);
  return 'created';
}

const RESOLVED = '### ✔ content-lint: no problems\n\nWhat this comment listed before is resolved.';
