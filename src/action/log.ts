/**
 * The runner reads every line of a step's output as a possible command: `::name::` at the start of a
 * line (after spaces), and the older `##[name]` form. `core.info` writes text as it is, so anything
 * that came from the repository (file names, titles, messages) goes through `inert` first.
 */
import { printable } from '../reporters/text.js';

/** One line that the runner cannot take for a command, whatever `text` holds. */
export function inert(text: string): string {
  // No line breaks of any kind (printable escapes controls, U+2028 and U+2029), no `##[`, and a
  // zero-width space in front of a leading `::` (the runner only trims whitespace, which it is not).
  const line = printable(text).replace(/##\[/g, '##\u200b[');
  return /^\s*::/.test(line) ? `\u200b${line}` : line;
}
