/** Helpers for reporters that write to a terminal. */

/**
 * Escapes control characters, so that text from a post (a file name, a quoted value) can never
 * move the cursor, recolour the terminal or forge a line of output.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * CI runners read every line of a job's output as a possible command: GitHub's `::name::` at the
 * start of a line (after white space) and its older `##[name]` anywhere in one; Azure Pipelines'
 * `##vso[`, TeamCity's `##teamcity[`. These keep text from a repository (file names, titles,
 * messages) from ever being one: a zero-width space goes where the runner would read a command.
 */
const COMMAND_IN_LINE = /##(?=(?:vso|teamcity)?\[)/gi;
/** `::` at the start of a line, after white space or colour codes (`\r` ends a line too). */
const COMMAND_AT_LINE_START = /(^|[\r\n])((?:[^\S\r\n]|\u001b\[[0-9;]*m)*)::/g;

/** Text of many lines (a report) in which no line is a runner command, whatever its parts held; otherwise unchanged. */
export function inertLines(text: string): string {
  return text.replace(COMMAND_IN_LINE, '##\u200b').replace(COMMAND_AT_LINE_START, '$1$2\u200b::');
}

/**
 * JSON (indented) in which no line is a runner command: `#` written `\u0023` where a command would
 * start, which every JSON reader reads back as it was. (Indented JSON never starts a line with `::`.)
 */
export function inertJson(value: unknown): string {
  return inertJsonText(JSON.stringify(value, null, 2));
}

function inertJsonText(text: string): string {
  return text.includes('##') ? text.replace(COMMAND_IN_LINE, '\\u0023#') : text;
}

/**
 * `inertJson(value)` with the array `marker` stands for written an item at a time: the same text,
 * never held whole. `marker` is a string value in `value` that nothing else in it holds.
 */
export function* inertJsonChunks(value: unknown, marker: string, items: Iterable<unknown>): Generator<string> {
  const text = inertJson(value);
  const quoted = JSON.stringify(marker);
  const at = text.indexOf(quoted);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  let indent = '';
  while (text[lineStart + indent.length] === ' ') indent += ' ';
  yield text.slice(0, at);
  // Each item is written inside as many arrays as deep as it goes, so that its lines come indented
  // as they stand in the whole: it is cut out of that (where `0` stands in `scaffold`).
  const depth = indent.length / 2 + 1;
  const nested = (item: unknown): unknown => {
    let wrapped: unknown = item;
    for (let level = 0; level < depth; level++) wrapped = [wrapped];
    return wrapped;
  };
  const scaffold = JSON.stringify(nested(0), null, 2);
  const before = scaffold.indexOf('0');
  const after = scaffold.length - before - 1;
  const opening = `[\n${indent}  `;
  const between = `,\n${indent}  `;
  let first = true;
  for (const item of items) {
    const nestedText = JSON.stringify(nested(item), null, 2);
    // Two pieces, not one string made of both: a writer would copy the joined text whole before encoding it.
    yield first ? opening : between;
    yield inertJsonText(nestedText.slice(before, nestedText.length - after));
    first = false;
  }
  yield first ? '[]' : `\n${indent}]`;
  yield text.slice(at + quoted.length);
}

/** One line that no runner can take for a command, whatever `text` holds: no line breaks of any kind either. */
export function inert(text: string): string {
  return inertLines(printable(text));
}

export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

export function colors(enabled: boolean): Colors {
  const wrap = (open: number, close: number) => (text: string) => (enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
