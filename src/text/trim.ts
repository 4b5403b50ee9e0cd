/**
 * Small scans of text without a regex, shared by the readers. Trimming runs of one character:
 * `/x+$/` backtracks quadratically on a long run of `x` followed by something else (recheck flags
 * it), and posts come from strangers.
 */

/** The spaces at the start of `text`. */
export function leadingSpaces(text: string): number {
  let count = 0;
  while (text.charCodeAt(count) === 32) count++;
  return count;
}

/** The offset of the line break ending the line that `from` is on, or the text's length. */
export function endOfLine(text: string, from: number): number {
  const index = text.indexOf('\n', from);
  return index === -1 ? text.length : index;
}

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
