/**
 * YAML that the generators' readers take and YAML 1.2 does not, rewritten so that `yaml` reads it
 * as they do. Checked against the readers themselves (see docs/rules/front-matter-syntax.md):
 *
 * - A line that continues a quoted string or a flow collection (`[…]`, `{…}`) but is indented no
 *   deeper than its key (`title: "A long title` / `wrapped by hand"`). js-yaml 3 and 4 (Docusaurus
 *   through gray-matter, Hexo, Astro), libyaml (Jekyll's Psych), gopkg.in/yaml.v2 (Hugo up to
 *   0.151) and goccy/go-yaml (Hugo 0.152 and later) all read it; goccy/go-yaml not when the line
 *   starts with a tab inside a quoted string. Leading white space of such a line is no part of the
 *   value, so indenting it changes nothing that they read.
 * - Lines indented with tabs: Hexo turns each tab at the start of a line (but the first) into two
 *   spaces before js-yaml reads the front matter; every other reader rejects them.
 *
 * The rewrite only adds spaces (and turns those tabs into spaces), and says where each line of the
 * rewritten text came from, so that every position reported is one in the file as written.
 */
import { endOfLine } from '../text/trim.js';

export type LenientConstruct = 'quoted string' | 'flow list' | 'flow mapping';

export type Leniency =
  | {
      kind: 'under-indented';
      construct: LenientConstruct;
      /** The key whose value it is; `null` for a list item. */
      key: string | null;
      /** Where the quote or bracket opens, and the first line indented too little (offsets in the content as written). */
      opening: number;
      lineStart: number;
      lineEnd: number;
      /** A line of a quoted string starts with a tab, which goccy/go-yaml (Hugo 0.152+) rejects. */
      tabLed: boolean;
    }
  | { kind: 'tab-indented'; lines: number; lineStart: number; lineEnd: number };

export interface LenientReading {
  text: string;
  leniencies: Leniency[];
  /** The offset in the content as written of an offset in `text`. */
  original(offset: number): number;
}

interface Construct {
  construct: LenientConstruct;
  key: string | null;
  /** The column a continuation line must pass: its key's, or its `-`'s. */
  ownerColumn: number;
  opening: number;
  /** Just after the closing quote or bracket. */
  end: number;
}

/** One rewrite: at `at` (as written), `removed` characters become `inserted` spaces. */
interface Edit {
  at: number;
  removed: number;
  inserted: number;
}

/** `---` or `...` at the start of a line, then a blank or the line's end. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:[ \t]|$)/;

/** At most this many constructs are looked at: front matter has a handful, a hostile one has thousands. */
const MAX_CONSTRUCTS = 256;

/**
 * The content rewritten as the generators read it, or `null` when nothing in it is of the kinds
 * above (the caller then keeps the parser's own error).
 */
export function readLeniently(content: string): LenientReading | null {
  const constructs = multiLineConstructs(content);
  if (constructs === null) return null;
  const edits: Edit[] = [];
  const leniencies: Leniency[] = [];
  const continuation = new Set<number>();
  for (const construct of constructs) {
    let first: Leniency | null = null;
    let tabLed = false;
    for (let lineStart = endOfLine(content, construct.opening) + 1; lineStart < construct.end; lineStart = endOfLine(content, lineStart) + 1) {
      continuation.add(lineStart);
      const lineEnd = endOfLine(content, lineStart);
      // A document marker ends the string or collection for every reader: nothing to read leniently.
      if (DOCUMENT_MARKER.test(content.slice(lineStart, Math.min(lineEnd, lineStart + 4)))) return null;
      let spaces = 0;
      while (content.charCodeAt(lineStart + spaces) === 32) spaces++;
      const next = content[lineStart + spaces];
      // Blank lines fold into a line break, whatever their indentation.
      if (next === undefined || next === '\n' || spaces > construct.ownerColumn) continue;
      if (next === '\t' && construct.construct === 'quoted string') tabLed = true;
      edits.push({ at: lineStart, removed: 0, inserted: construct.ownerColumn + 1 - spaces });
      first ??= { kind: 'under-indented', construct: construct.construct, key: construct.key, opening: construct.opening, lineStart, lineEnd, tabLed: false };
    }
    if (first?.kind === 'under-indented') leniencies.push({ ...first, tabLed });
  }
  // Hexo's tabs: every line but the first, outside the strings and collections above.
  let tabbed: { lines: number; lineStart: number; lineEnd: number } | null = null;
  for (let lineStart = endOfLine(content, 0) + 1; lineStart < content.length; lineStart = endOfLine(content, lineStart) + 1) {
    if (content[lineStart] !== '\t' || continuation.has(lineStart)) continue;
    let tabs = 0;
    while (content[lineStart + tabs] === '\t') tabs++;
    edits.push({ at: lineStart, removed: tabs, inserted: 2 * tabs });
    if (tabbed) tabbed.lines++;
    else tabbed = { lines: 1, lineStart, lineEnd: endOfLine(content, lineStart) };
  }
  if (tabbed) leniencies.push({ kind: 'tab-indented', ...tabbed });
  if (edits.length === 0) return null;
  edits.sort((a, b) => a.at - b.at);
  leniencies.sort((a, b) => a.lineStart - b.lineStart);

  let text = '';
  let from = 0;
  for (const edit of edits) {
    text += content.slice(from, edit.at) + ' '.repeat(edit.inserted);
    from = edit.at + edit.removed;
  }
  text += content.slice(from);
  return { text, leniencies, original: originalOffsets(edits) };
}

/** Maps offsets in the rewritten text back: an offset within added spaces goes to the line's start. */
function originalOffsets(edits: readonly Edit[]): (offset: number) => number {
  // Where each edit's spaces start in the rewritten text, and the shift after them.
  const starts: number[] = [];
  const shifts: number[] = [];
  let shift = 0;
  for (const edit of edits) {
    starts.push(edit.at + shift);
    shift += edit.inserted - edit.removed;
    shifts.push(shift);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] as number) <= offset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (found === -1) return offset;
    const edit = edits[found] as Edit;
    const start = starts[found] as number;
    if (offset < start + edit.inserted) return edit.at;
    return offset - (shifts[found] as number);
  };
}

/**
 * The quoted strings and flow collections that run over more than one line, in order, with the
 * column their continuation lines must pass; `null` when one is never closed (then nothing reads
 * the front matter) or there are too many. A small reading of YAML's block structure, enough to
 * tell where a value starts: a quote in the middle of a plain value (`It's`) opens nothing.
 */
function multiLineConstructs(content: string): Construct[] | null {
  const found: Construct[] = [];
  /** Lines indented deeper than this belong to a block scalar (`|`, `>`) or a plain value's continuation. */
  let skipDeeperThan = -1;
  let lineStart = 0;
  while (lineStart < content.length) {
    const lineEnd = endOfLine(content, lineStart);
    const indent = hexoIndent(content, lineStart, lineEnd);
    const first = lineStart + indent.characters;
    if (first >= lineEnd || content[first] === '#' || (skipDeeperThan >= 0 && indent.columns > skipDeeperThan)) {
      lineStart = lineEnd + 1;
      continue;
    }
    skipDeeperThan = -1;
    let at = first;
    let ownerColumn = indent.columns;
    let key: string | null = null;
    let next = lineEnd + 1;
    // Each pass reads one node on the line: indicators, then a quoted or flow value, a key, or a plain value.
    for (;;) {
      const character = content[at];
      if ((character === '-' || character === '?') && isBlank(content[at + 1])) {
        ownerColumn = indent.columns + (at - first);
        key = null;
        at = skipSpaces(content, at + 1);
        continue;
      }
      if (character === '&' || character === '!') {
        at = skipSpaces(content, skipToken(content, at));
        continue;
      }
      if (character === '"' || character === "'" || character === '[' || character === '{') {
        const end = character === '"' || character === "'" ? quotedEnd(content, at) : flowEnd(content, at);
        if (end === -1) return null;
        const construct: LenientConstruct = character === '[' ? 'flow list' : character === '{' ? 'flow mapping' : 'quoted string';
        if (end > lineEnd) {
          if (found.length >= MAX_CONSTRUCTS) return null;
          found.push({ construct, key, ownerColumn, opening: at, end });
        }
        const after = skipSpaces(content, end);
        const closingLineEnd = endOfLine(content, end);
        if (content[after] === ':' && isBlank(content[after + 1])) {
          // A quoted key: its value follows.
          key = construct === 'quoted string' ? content.slice(at + 1, end - 1) : null;
          at = skipSpaces(content, after + 1);
          if (at < closingLineEnd) continue;
        }
        next = closingLineEnd + 1;
        break;
      }
      if (character === '|' || character === '>') {
        skipDeeperThan = ownerColumn;
        break;
      }
      if (at >= lineEnd || character === '#' || character === '*') break;
      const indicator = keyIndicator(content, at, lineEnd);
      if (indicator === -1) {
        // A plain value: lines indented deeper continue it.
        skipDeeperThan = ownerColumn;
        break;
      }
      ownerColumn = indent.columns + (at - first);
      key = content.slice(at, indicator).trimEnd();
      at = skipSpaces(content, indicator + 1);
      if (at >= lineEnd) break;
    }
    lineStart = next;
  }
  return found;
}

/** The indentation as Hexo reads it: a tab at the start of a line is two spaces. */
function hexoIndent(content: string, lineStart: number, lineEnd: number): { characters: number; columns: number } {
  let at = lineStart;
  let columns = 0;
  while (at < lineEnd && content[at] === '\t') {
    at++;
    columns += 2;
  }
  while (at < lineEnd && content[at] === ' ') {
    at++;
    columns++;
  }
  return { characters: at - lineStart, columns };
}

function isBlank(character: string | undefined): boolean {
  return character === undefined || character === ' ' || character === '\t' || character === '\n';
}

function skipSpaces(content: string, from: number): number {
  let at = from;
  while (content[at] === ' ' || content[at] === '\t') at++;
  return at;
}

function skipToken(content: string, from: number): number {
  let at = from;
  while (at < content.length && !isBlank(content[at])) at++;
  return at;
}

/** Where `: ` (or `:` at the line's end) ends a plain key on this line, or -1 (a plain value, maybe with a comment). */
function keyIndicator(content: string, from: number, lineEnd: number): number {
  for (let at = from; at < lineEnd; at++) {
    const character = content[at];
    if (character === ':' && isBlank(content[at + 1])) return at;
    if (character === '#' && at > from && isBlank(content[at - 1])) return -1;
  }
  return -1;
}

/** Just after the quote closing the string opened at `from`, or -1 when none does. */
function quotedEnd(content: string, from: number): number {
  const quote = content[from];
  for (let at = from + 1; at < content.length; at++) {
    const character = content[at];
    if (quote === '"' && character === '\\') {
      at++;
    } else if (character === quote) {
      if (quote === "'" && content[at + 1] === "'") at++;
      else return at + 1;
    }
  }
  return -1;
}

/** Just after the bracket closing the flow collection opened at `from`, or -1 when none does. */
function flowEnd(content: string, from: number): number {
  let depth = 0;
  /** Whether a node may start here (a quote then opens a string). */
  let nodeStart = true;
  for (let at = from; at < content.length; at++) {
    const character = content[at];
    if (character === '[' || character === '{') {
      depth++;
      nodeStart = true;
    } else if (character === ']' || character === '}') {
      if (--depth === 0) return at + 1;
      nodeStart = false;
    } else if (character === ',' || character === ':') {
      nodeStart = true;
    } else if ((character === '"' || character === "'") && nodeStart) {
      const end = quotedEnd(content, at);
      if (end === -1) return -1;
      at = end - 1;
      nodeStart = false;
    } else if (character === '#' && isBlank(content[at - 1])) {
      at = endOfLine(content, at) - 1;
    } else if (!isBlank(character)) {
      nodeStart = false;
    }
  }
  return -1;
}
