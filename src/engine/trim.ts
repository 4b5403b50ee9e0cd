/**
 * Trimming runs of one character without a regex: `/x+$/` backtracks quadratically on a long run
 * of `x` followed by something else (recheck flags it), and posts come from strangers.
 */

/** `text` without the run of `char` at its end. */
export function trimEndRun(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the runs of `char` at its start and its end. */
export function trimRuns(text: string, char: string): string {
  let start = 0;
  while (start < text.length && text[start] === char) start++;
  return trimEndRun(text.slice(start), char);
}
