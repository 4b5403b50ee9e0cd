/**
 * The fast reader's vocabulary: what a line is, the two syntaxes it reads (CommonMark + GFM, MDX),
 * its limits, and the tests that tell which block a line starts.
 */
import { leadingSpaces, trimEndRun } from '../../text/trim.js';
import { GiveUp, readFlowLine } from '../fast-mdx.js';

/** A line of a container's content: its text (container markers removed) and where that text starts. */
export interface Line {
  text: string;
  /** Offset of `text[0]` in the document. */
  offset: number;
  /** Offset of the end of the line (before its line break) in the document. */
  end: number;
  /**
   * Its indentation had tabs, now spaces (see `untab`): `offset` is then where `text[0]` would be
   * were the tabs spaces, exact only from the first character after the indentation.
   */
  tabbed?: true;
}

/**
 * What differs between the two syntaxes the reader knows: MDX has no indented code (so no limit of
 * three spaces before a block), no HTML and no autolinks, and has JSX, expressions and ESM.
 */
export interface Syntax {
  mdx: boolean;
  /** From this many spaces, a line is indented code (CommonMark), or never (MDX). */
  codeIndent: number;
}
export const COMMONMARK: Syntax = { mdx: false, codeIndent: 4 };
export const MDX: Syntax = { mdx: true, codeIndent: Number.POSITIVE_INFINITY };

export const MAX_DEPTH = 12;
/** Longest link destination and title read, and longest link label looked up (CommonMark: 999). */
export const MAX_DESTINATION = 4096;
export const MAX_LABEL = 999;
/** Names imported by an MDX file's ESM blocks, at most. */
export const MAX_IMPORTS = 200;
/** Longest `import`/`export` block read (longer ones go to micromark). */
export const MAX_ESM_LENGTH = 16 * 1024;

export const BLOCK_TAGS = new Set(
  'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'.split(
    ' ',
  ),
);
export const ATTRIBUTE = String.raw`(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?)`;
export const OPEN_TAG = new RegExp(String.raw`^<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*\s*\/?>`);
/** An ATX heading's text without its closing `#` sequence and the spaces around it. */
export function withoutClosingSequence(text: string): string {
  let end = trimEndRun(text, ' ').length;
  let hashes = end;
  while (hashes > 0 && text[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === 0 || text[hashes - 1] === ' ')) end = hashes;
  return trimEndRun(text.slice(0, end), ' ');
}
export const CLOSE_TAG = /^<\/[A-Za-z][A-Za-z0-9-]*\s*>/;
// The lookahead takes the whole run at once (an atomic group): no backtracking into it.
export const FENCE = /^(?=(`{3,}|~{3,}))\1(.*)$/;
export const TABLE_DELIMITER = /^\|?[ ]*:?-+:?[ ]*(?:\|[ ]*:?-+:?[ ]*)*(?:\|[ ]*)?$/;
export const THEMATIC = /^(?:(?:\*[ ]*){3,}|(?:-[ ]*){3,}|(?:_[ ]*){3,})$/;
export const ATX = /^#{1,6}(?:[ ]|$)/;
export const BULLET = /^([-+*])( {1,4}(?=[^ \t])|[ ]*$)/;
export const ORDERED = /^(\d{1,9})([.)])( {1,4}(?=[^ \t])|[ ]*$)/;

/** The ASCII characters a block may start with (fences, headings, breaks, HTML, JSX, quotes, lists, footnotes, setext underlines). */
export const BLOCK_START = new Uint8Array(128);
for (const char of '`~#=-_*+<>[{0123456789') BLOCK_START[char.charCodeAt(0)] = 1;

/** The characters that may start an inline construct (`{` only in MDX). */
export const SPECIAL = /[\\`<!\[\]{]/g;
/** The label of a link reference definition, and its colon. */
export const DEFINITION_START = /^\[(?!\^)((?:[^\\\[\]]|\\.){1,999})\]:[ ]*/;
export const DESTINATION = /^(<[^<>\n]*>|\S+)[ ]*/;
export const TITLE = /^(?:"[^"]*"|'[^']*'|\([^()]*\))[ ]*$/;

/**
 * What follows a definition's label on its line: its destination and title, `'none'` when that is
 * no definition (nothing, or text after the destination); a title left open is left to micromark.
 */
export function destinationAndTitle(text: string): { destination: string; title: string | null } | 'none' {
  const destination = DESTINATION.exec(text);
  if (!destination) return 'none';
  const after = text.slice(destination[0].length);
  if (after === '') return { destination: destination[1] as string, title: null };
  // A title needs white space before it.
  if (!/[ ]$/.test(destination[0]) || !/^["'(]/.test(after)) return 'none';
  if (TITLE.test(after)) return { destination: destination[1] as string, title: after.trim() };
  // A title closed on the line and followed by text: no definition. Open (or with escapes), it may go on.
  const close = after.indexOf(after[0] === '(' ? ')' : (after[0] as string), 1);
  if (close !== -1 && !after.includes('\\')) return 'none';
  throw new GiveUp('definition over several lines');
}
/** Where a GFM autolink literal may start: an e-mail's `@`, or a URL's scheme or `www.`. */
export const LITERAL_START = /@|https?:\/\/|www\./gi;


export interface ItemStart {
  ordered: boolean;
  char: string;
  start: number;
  width: number;
  spaces: number;
  empty: boolean;
}

export function listItemStart(text: string): ItemStart | null {
  const first = text.charCodeAt(0);
  // `-`, `+`, `*` or a digit: anything else starts no item (and the regexes need not run).
  if (first !== 45 && first !== 43 && first !== 42 && !(first >= 48 && first <= 57)) return null;
  const bullet = BULLET.exec(text);
  if (bullet) {
    const empty = isBlank(text.slice(1));
    return { ordered: false, char: bullet[1] as string, start: 1, width: 1, spaces: empty ? 1 : (bullet[2] as string).length, empty };
  }
  const ordered = ORDERED.exec(text);
  if (ordered) {
    const width = (ordered[1] as string).length + 1;
    const empty = isBlank(text.slice(width));
    return { ordered: true, char: ordered[2] as string, start: Number(ordered[1]), width, spaces: empty ? 1 : (ordered[3] as string).length, empty };
  }
  return null;
}

/** Whether a line is paragraph text from its first character (no indentation, no character that may start a block). */
export function startsParagraphText(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 128 || (first > 32 && !BLOCK_START[first]);
}

/** Whether a line (indentation removed) starts a block that ends a paragraph. */
export function startsBlock(text: string, syntax: Syntax): boolean {
  const rest = text.trimStart();
  if (rest === '') return true;
  const first = rest.charCodeAt(0);
  if (first >= 128 || !BLOCK_START[first]) return false;
  if (indentOf(text) >= syntax.codeIndent) return false;
  if (rest.startsWith('>') || ATX.test(rest) || THEMATIC.test(rest.trimEnd()) || FENCE.test(rest)) return true;
  const item = listItemStart(rest);
  if (item && !item.empty && (!item.ordered || item.start === 1)) return true;
  if (!syntax.mdx) return htmlBlockStart(rest, true) !== null;
  // JSX tags and expressions alone on their line interrupt a paragraph (a tag over several lines is left to micromark).
  return (rest[0] === '<' || rest[0] === '{') && readFlowLine(rest, 0, 0) !== null;
}

/**
 * Whether a line ends inside paragraph text, within any list items and quotes it opens: the only
 * place a lazy continuation line can go.
 */
export function endsInParagraphText(text: string, syntax: Syntax): boolean {
  let rest = text;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const indent = indentOf(rest);
    if (indent >= syntax.codeIndent) return false;
    const trimmed = rest.slice(indent);
    const item = listItemStart(trimmed);
    if (item && !item.empty) {
      rest = trimmed.slice(item.width + item.spaces);
      continue;
    }
    if (trimmed.startsWith('>')) {
      rest = trimmed.slice(trimmed[1] === ' ' ? 2 : 1);
      continue;
    }
    return trimmed !== '' && !startsBlock(trimmed, syntax);
  }
  return false;
}

export function fenceOpen(text: string, syntax: Syntax): string | null {
  const indent = indentOf(text);
  if (indent >= syntax.codeIndent) return null;
  const fence = FENCE.exec(text.slice(indent));
  return fence && !(fence[1]?.startsWith('`') && fence[2]?.includes('`')) ? (fence[1] as string) : null;
}

export function fenceCloses(text: string, marker: string, syntax: Syntax): boolean {
  const indent = leadingSpaces(text);
  // A tab in the indentation (code indented with tabs): no fence, unless one follows it.
  if (text[indent] === '\t') {
    if (text.trimStart().startsWith(marker[0] as string)) throw new GiveUp('tab in indentation');
    return false;
  }
  const trimmed = text.slice(indent).trimEnd();
  return indent < syntax.codeIndent && trimmed.length >= marker.length && trimmed[0] === marker[0] && /^(`+|~+)$/.test(trimmed);
}

/** The kind of HTML block a line starts (CommonMark 4.6): how it ends, or `null` when it starts none. */
export function htmlBlockStart(rest: string, interruptsParagraph: boolean): { end: RegExp | null } | null {
  if (rest[0] !== '<') return null;
  if (/^<(?:script|pre|style|textarea)(?:\s|>|$)/i.test(rest)) return { end: /<\/(?:script|pre|style|textarea)>/i };
  if (rest.startsWith('<!--')) return { end: /-->/ };
  if (rest.startsWith('<?')) return { end: /\?>/ };
  if (/^<![A-Za-z]/.test(rest)) return { end: />/ };
  if (rest.startsWith('<![CDATA[')) return { end: /\]\]>/ };
  const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s|\/?>|$)/.exec(rest);
  if (tag && BLOCK_TAGS.has((tag[1] as string).toLowerCase())) return { end: null };
  if (!interruptsParagraph) {
    const complete = OPEN_TAG.exec(rest) ?? CLOSE_TAG.exec(rest);
    if (complete && isBlank(rest.slice(complete[0].length)) && !/^<\/?(?:script|style|pre|textarea)\b/i.test(rest)) return { end: null };
  }
  return null;
}

/**
 * The spaces before a line's text. A tab among them (its width depends on the column) makes the
 * fast reader leave the file to micromark, unless the line is blank.
 */
export function indentOf(text: string): number {
  const count = leadingSpaces(text);
  if (text[count] === '\t' && !isBlank(text)) throw new GiveUp('tab in indentation');
  return count;
}

/** A blank line: spaces and tabs only (other white space, such as U+00A0, is text to Markdown). */
export function isBlank(text: string): boolean {
  // A loop, not /^[ \t]*$/: most lines are not blank, and this stops at their first character.
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/** Whether a tab comes before the first character that is not a space. */
export function tabIndented(text: string): boolean {
  return text.charCodeAt(leadingSpaces(text)) === 9;
}


export function trimLines(lines: Line[]): Line[] {
  return lines.map((line) => {
    const last = line.text.charCodeAt(line.text.length - 1);
    // Most lines have nothing to trim: kept as they are.
    if (line.text.charCodeAt(0) !== 32 && last !== 32) return line;
    const indent = leadingSpaces(line.text);
    const text = trimEndRun(line.text.slice(indent), ' ');
    return { text, offset: line.offset + indent, end: line.offset + indent + text.length };
  });
}

export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}

