/**
 * A fast reader of the Markdown the rules look at: block structure (paragraphs, headings, lists,
 * block quotes, code, HTML blocks, definitions, tables) and, inside paragraphs, headings and table
 * rows, links, images, code spans, raw HTML and text — with exact positions, as an mdast tree of the
 * same shape micromark would build for those nodes. For MDX it also reads JSX elements, expressions
 * and ESM (fast-mdx.ts), and drops what MDX drops (indented code, HTML, autolinks). It does not
 * build emphasis, footnotes or table cells (nothing checks them), and it gives up (returns `null`)
 * on what it does not model — tabs in indentation, multi-line definitions, deep nesting, anything
 * that would be an MDX error — so that micromark reads that file.
 * `test/fast-markdown.test.ts` compares the two on the fixtures and every corpus file.
 *
 * Why: micromark builds every token of CommonMark and GFM and costs 2–4 ms per KB on real sites; the
 * rules need a fraction of it.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Definition, Html, Image, InlineCode, Link, LinkReference, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { LineIndex } from '../text/line-index.js';
import { endOfLine, leadingSpaces, trimEndRun } from '../text/trim.js';
import { checkEsm, expressionEnd, GiveUp, readJsxTag, type JsxTag } from './fast-mdx.js';

/** A line of a container's content: its text (container markers removed) and where that text starts. */
interface Line {
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
interface Syntax {
  mdx: boolean;
  /** From this many spaces, a line is indented code (CommonMark), or never (MDX). */
  codeIndent: number;
}
const COMMONMARK: Syntax = { mdx: false, codeIndent: 4 };
const MDX: Syntax = { mdx: true, codeIndent: Number.POSITIVE_INFINITY };

const MAX_DEPTH = 12;
/** Longest link destination and title read, and longest link label looked up (CommonMark: 999). */
const MAX_DESTINATION = 4096;
const MAX_LABEL = 999;
/** Names imported by an MDX file's ESM blocks, at most. */
const MAX_IMPORTS = 200;
/** Longest `import`/`export` block read (longer ones go to micromark). */
const MAX_ESM_LENGTH = 16 * 1024;

export function parseFastMarkdown(text: string, bodyStart: number, lines: LineIndex, mdx = false): Root | null {
  const read = readFastMarkdown(text, bodyStart, lines, mdx);
  return 'root' in read ? read.root : null;
}

/** The tree, or why the fast reader leaves this text to micromark. */
export function readFastMarkdown(text: string, bodyStart: number, lines: LineIndex, mdx = false): { root: Root } | { reason: string } {
  try {
    const reader = new Reader(text, lines, mdx ? MDX : COMMONMARK);
    const bodyLines: Line[] = [];
    for (let start = bodyStart; start <= text.length; ) {
      const end = endOfLine(text, start);
      bodyLines.push({ text: text.slice(start, end), offset: start, end });
      start = end + 1;
      if (end === text.length) break;
    }
    const children = reader.blocks(bodyLines, 0);
    reader.resolveInlines();
    const root: Root = { type: 'root', children, position: reader.position(bodyStart, text.length) };
    return { root };
  } catch (error) {
    if (error instanceof GiveUp) return { reason: error.message };
    throw error;
  }
}

const BLOCK_TAGS = new Set(
  'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'.split(
    ' ',
  ),
);
const ATTRIBUTE = String.raw`(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?)`;
const OPEN_TAG = new RegExp(String.raw`^<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*\s*\/?>`);
/** An ATX heading's text without its closing `#` sequence and the spaces around it. */
function withoutClosingSequence(text: string): string {
  let end = trimEndRun(text, ' ').length;
  let hashes = end;
  while (hashes > 0 && text[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === 0 || text[hashes - 1] === ' ')) end = hashes;
  return trimEndRun(text.slice(0, end), ' ');
}
const CLOSE_TAG = /^<\/[A-Za-z][A-Za-z0-9-]*\s*>/;
// The lookahead takes the whole run at once (an atomic group): no backtracking into it.
const FENCE = /^(?=(`{3,}|~{3,}))\1(.*)$/;
const TABLE_DELIMITER = /^\|?[ ]*:?-+:?[ ]*(?:\|[ ]*:?-+:?[ ]*)*(?:\|[ ]*)?$/;
const THEMATIC = /^(?:(?:\*[ ]*){3,}|(?:-[ ]*){3,}|(?:_[ ]*){3,})$/;
const ATX = /^#{1,6}(?:[ ]|$)/;
const BULLET = /^([-+*])( {1,4}(?=[^ \t])|[ ]*$)/;
const ORDERED = /^(\d{1,9})([.)])( {1,4}(?=[^ \t])|[ ]*$)/;

/** The ASCII characters a block may start with (fences, headings, breaks, HTML, JSX, quotes, lists, footnotes, setext underlines). */
const BLOCK_START = new Uint8Array(128);
for (const char of '`~#=-_*+<>[{0123456789') BLOCK_START[char.charCodeAt(0)] = 1;

/** The characters that may start an inline construct (`{` only in MDX). */
const SPECIAL = /[\\`<!\[\]{]/g;
/** The label of a link reference definition, and its colon. */
const DEFINITION_START = /^\[(?!\^)((?:[^\\\[\]]|\\.){1,999})\]:[ ]*/;
const DESTINATION = /^(<[^<>\n]*>|\S+)[ ]*/;
const TITLE = /^(?:"[^"]*"|'[^']*'|\([^()]*\))[ ]*$/;

/**
 * What follows a definition's label on its line: its destination and title, `'none'` when that is
 * no definition (nothing, or text after the destination); a title left open is left to micromark.
 */
function destinationAndTitle(text: string): { destination: string; title: string | null } | 'none' {
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
const LITERAL_START = /@|https?:\/\/|www\./gi;

/** The nodes an inline reader has read so far (`null` standing for text), and where each starts and ends. */
interface Scratch {
  nodes: Array<PhrasingContent | null>;
  from: number[];
  to: number[];
}

interface PendingInline {
  node: Paragraph | { type: 'heading'; children: PhrasingContent[] };
  lines: Line[];
}

class Reader {
  readonly #text: string;
  readonly #lines: LineIndex;
  readonly #definitions = new Set<string>();
  readonly #footnotes = new Set<string>();
  readonly #pending: PendingInline[] = [];
  /**
   * The working arrays of the paragraphs' inline readers, one after another: each leaves them
   * empty, and their capacity is kept (with three new arrays per paragraph, the reader allocated
   * 990 MB over the corpus; with these, 883 MB).
   */
  readonly scratch: Scratch = { nodes: [], from: [], to: [] };
  readonly syntax: Syntax;
  /** Names imported by the ESM blocks so far (MDX): importing one again is an error. */
  readonly #imported: string[] = [];

  /**
   * The document has no tab, so no line was made spaces (`untab`): every line's text is the
   * document's own at its offset.
   */
  readonly tabless: boolean;

  constructor(text: string, lines: LineIndex, syntax: Syntax) {
    this.#text = text;
    this.#lines = lines;
    this.syntax = syntax;
    this.tabless = !text.includes('\t');
  }

  /** The document's text from `start` to `end`. */
  slice(start: number, end: number): string {
    return this.#text.slice(start, end);
  }

  position(start: number, end: number) {
    return { start: this.#lines.point(start), end: this.#lines.point(end) };
  }

  /**
   * A line whose indentation has tabs, with the tabs made spaces up to the next tab stop (every
   * four columns of the original line, as CommonMark counts them): containers and blocks then
   * measure indentation in columns. Positions stay exact, since every node starts after its
   * line's indentation.
   */
  untab(line: Line): Line {
    if (!tabIndented(line.text) || isBlank(line.text)) return line;
    const startColumn = this.#lines.position(line.offset).column - 1;
    let column = startColumn;
    let at = 0;
    for (; line.text[at] === ' ' || line.text[at] === '\t'; at++) column += line.text[at] === '\t' ? 4 - (column % 4) : 1;
    const width = column - startColumn;
    return { text: ' '.repeat(width) + line.text.slice(at), offset: line.offset + at - width, end: line.end, tabbed: true };
  }

  /** The blocks of a container's lines. */
  blocks(containerLines: Line[], depth: number): RootContent[] {
    if (depth > MAX_DEPTH) throw new GiveUp('deep nesting');
    // Copied only when a line's indentation has a tab (rare).
    const lines = containerLines.some((line) => tabIndented(line.text)) ? containerLines.map((line) => this.untab(line)) : containerLines;
    const syntax = this.syntax;
    const top: RootContent[] = [];
    // Where blocks go: the container, or the JSX element opened last in it (MDX).
    let out = top;
    const elements: Array<{ node: RootContent & { children: RootContent[] }; parent: RootContent[] }> = [];
    let joined: Joined | null = null;
    let paragraph: Line[] | null = null;
    const closeParagraph = () => {
      if (paragraph) out.push(...this.paragraph(paragraph));
      paragraph = null;
    };
    let index = 0;
    while (index < lines.length) {
      const line = lines[index] as Line;
      const indent = indentOf(line.text);
      const rest = line.text.slice(indent);
      if (isBlank(rest)) {
        closeParagraph();
        index++;
        continue;
      }
      const first = rest.charCodeAt(0);
      // Most lines are text: a line whose first character starts no block is paragraph text (but
      // for `import` and `export`, which may start ESM at MDX's top level).
      if (indent < syntax.codeIndent && !(first < 128 && BLOCK_START[first]) && !(syntax.mdx && depth === 0 && indent === 0 && !paragraph && (first === 105 || first === 101))) {
        if (paragraph) paragraph.push(line);
        else paragraph = [line];
        index++;
        continue;
      }
      if (syntax.mdx) {
        if (depth === 0 && indent === 0 && !paragraph && (line.offset === 0 || this.#text[line.offset - 1] === '\n') && /^(?:import|export) /.test(rest)) {
          // ESM: up to a blank line, checked by acorn.
          let last = index;
          while (last + 1 < lines.length && !isBlank((lines[last + 1] as Line).text)) last++;
          const endLine = lines[last] as Line;
          const value = this.#text.slice(line.offset, endLine.end);
          // acorn declares names in time quadratic in their number (70,000 imports: 5 s): a long block is micromark's, in a worker.
          if (value.length > MAX_ESM_LENGTH) throw new GiveUp('long ESM block');
          this.#imported.push(...checkEsm(value, this.#imported));
          // Each block is parsed after a `var` of every name imported before it: bounded, to stay linear.
          if (this.#imported.length > MAX_IMPORTS) throw new GiveUp('too many imports');
          out.push({ type: 'mdxjsEsm', value, position: this.position(line.offset, endLine.end) } as unknown as RootContent);
          index = last + 1;
          continue;
        }
        if (rest[0] === '<' || rest[0] === '{') {
          joined ??= new Joined(lines);
          const flow = readFlowLine(joined.text, joined.starts[index] as number, indent);
          if (flow) {
            closeParagraph();
            for (const item of flow.items) {
              const position = this.position(joined.offset(item.from), joined.offset(item.to - 1) + 1);
              if (item.kind === 'expression') {
                out.push({ type: 'mdxFlowExpression', value: item.value, position } as unknown as RootContent);
              } else if (item.tag.closing) {
                const open = elements.pop();
                if (!open || (open.node as unknown as { name: string | null }).name !== item.tag.name) throw new GiveUp('JSX closing tag');
                (open.node.position as { end: unknown }).end = position.end;
                out = open.parent;
              } else {
                const node = { type: 'mdxJsxFlowElement', name: item.tag.name, attributes: item.tag.attributes, children: [] as RootContent[], position } as unknown as RootContent & { children: RootContent[] };
                out.push(node);
                if (!item.tag.selfClosing) {
                  elements.push({ node, parent: out });
                  out = node.children;
                }
              }
            }
            index = joined.lineOf(flow.end) + 1;
            continue;
          }
        }
        if (/^(?:[-+*]|\d{1,9}[.)]) {5,}\S/.test(rest)) throw new GiveUp('list item after five spaces');
      } else if (indent >= 4) {
        if (paragraph) {
          paragraph.push(line);
          index++;
          continue;
        }
        // Indented code: up to the next non-blank line indented less.
        let last = index;
        let next = index + 1;
        while (next < lines.length) {
          const candidate = lines[next] as Line;
          if (isBlank(candidate.text)) next++;
          else if (indentOf(candidate.text) >= 4) last = next++;
          else break;
        }
        // Its node starts at the line's start, which a tab makes inexact.
        for (let code = index; code <= last; code++) if (lines[code]?.tabbed) throw new GiveUp('tab in indented code');
        out.push({ type: 'code', value: '', position: this.position(line.offset, (lines[last] as Line).end) } as RootContent);
        index = last + 1;
        continue;
      }
      // Each construct's regex runs only on lines starting with its character.
      const fence = first === 96 || first === 126 ? FENCE.exec(rest) : null;
      if (fence && !(fence[1]?.startsWith('`') && fence[2]?.includes('`'))) {
        closeParagraph();
        const marker = fence[1] as string;
        let next = index + 1;
        // An unclosed fence runs to the end of its container.
        let endLine = line;
        while (next < lines.length) {
          endLine = lines[next++] as Line;
          if (fenceCloses(endLine.text, marker, syntax)) break;
        }
        out.push({ type: 'code', value: '', position: this.position(line.offset + indent, endLine.end) } as RootContent);
        index = next;
        continue;
      }
      if (first === 35 && ATX.test(rest)) {
        closeParagraph();
        const heading = { type: 'heading' as const, depth: 1 as const, children: [] as PhrasingContent[], position: this.position(line.offset + indent, line.end) };
        // The text between the opening and the optional closing sequence of #.
        const open = /^#{1,6}[ ]*/.exec(rest)?.[0].length ?? 0;
        let content = withoutClosingSequence(rest.slice(open));
        if (/^#+$/.test(content)) content = '';
        const start = line.offset + indent + open;
        if (content !== '') this.#pending.push({ node: heading, lines: [{ text: content, offset: start, end: start + content.length }] });
        out.push(heading as RootContent);
        index++;
        continue;
      }
      if (paragraph && /^(?:=+|-+)[ ]*$/.test(rest)) {
        // A setext heading underline: the paragraph is a heading.
        const contentLines: Line[] = paragraph;
        paragraph = null;
        const heading = { type: 'heading' as const, depth: (rest[0] === '=' ? 1 : 2) as 1 | 2, children: [] as PhrasingContent[], position: this.position((contentLines[0] as Line).offset, line.end) };
        this.#pending.push({ node: heading, lines: trimLines(contentLines) });
        out.push(heading as RootContent);
        index++;
        continue;
      }
      if ((first === 42 || first === 45 || first === 95) && THEMATIC.test(rest.trimEnd())) {
        closeParagraph();
        out.push({ type: 'thematicBreak', position: this.position(line.offset, line.end) } as RootContent);
        index++;
        continue;
      }
      const htmlKind = syntax.mdx ? null : htmlBlockStart(rest, paragraph !== null);
      if (htmlKind) {
        closeParagraph();
        let last = index;
        if (htmlKind.end) {
          for (let next = index; next < lines.length; next++) {
            last = next;
            if (htmlKind.end.test(next === index ? rest : (lines[next] as Line).text)) break;
          }
        } else {
          while (last + 1 < lines.length && !isBlank((lines[last + 1] as Line).text)) last++;
        }
        const endLine = lines[last] as Line;
        const start = line.offset + indent;
        out.push({ type: 'html', value: this.#text.slice(start, endLine.end), position: this.position(start, endLine.end) } as Html);
        index = last + 1;
        continue;
      }
      if (rest.startsWith('>')) {
        closeParagraph();
        const quoted: Line[] = [];
        let next = index;
        let lazyAllowed = false;
        while (next < lines.length) {
          const candidate = lines[next] as Line;
          const candidateIndent = indentOf(candidate.text);
          const candidateRest = candidate.text.slice(candidateIndent);
          if (candidateIndent < syntax.codeIndent && candidateRest.startsWith('>')) {
            const strip = candidateIndent + 1 + (candidateRest[1] === ' ' ? 1 : 0);
            if (candidateRest[1] === '\t') throw new GiveUp('tab after >');
            const inner = candidate.text.slice(strip);
            quoted.push({ text: inner, offset: candidate.offset + strip, end: candidate.end });
            lazyAllowed = endsInParagraphText(inner, syntax);
            next++;
          } else if (lazyAllowed && !isBlank(candidate.text) && !startsBlock(candidate.text, syntax)) {
            // A lazy continuation line of the quote's paragraph.
            quoted.push(candidate);
            next++;
          } else break;
        }
        const last = quoted[quoted.length - 1] as Line;
        out.push({ type: 'blockquote', children: this.blocks(quoted, depth + 1), position: this.position(line.offset + indent, last.end) } as RootContent);
        index = next;
        continue;
      }
      const item = listItemStart(rest);
      if (item && !(paragraph && (item.empty || (item.ordered && item.start !== 1)))) {
        closeParagraph();
        const { node, next } = this.list(lines, index, depth);
        out.push(node);
        index = next;
        continue;
      }
      const footnote = first === 91 ? /^\[\^([^\]\s]{1,999})\]:[ ]?/.exec(rest) : null;
      if (footnote) {
        if (syntax.mdx) throw new GiveUp('footnote definition in MDX');
        closeParagraph();
        // A GFM footnote definition: the rest of the line and the lines indented by four after it.
        const content: Line[] = [{ text: rest.slice(footnote[0].length), offset: line.offset + indent + footnote[0].length, end: line.end }];
        let next = index + 1;
        let last = index;
        let blankRun = 0;
        while (next < lines.length) {
          const candidate = lines[next] as Line;
          if (isBlank(candidate.text)) {
            content.push({ text: '', offset: candidate.end, end: candidate.end });
            blankRun++;
          } else if (indentOf(candidate.text) >= 4) {
            content.push({ text: candidate.text.slice(4), offset: candidate.offset + 4, end: candidate.end });
            last = next;
            blankRun = 0;
          } else if (blankRun === 0 && !startsBlock(candidate.text, syntax) && !listItemStart(candidate.text.trimStart()) && !/^\[\^/.test(candidate.text.trimStart())) {
            content.push(candidate);
            last = next;
          } else break;
          next++;
        }
        content.length -= blankRun;
        this.#footnotes.add(normalizeLabel(footnote[1] as string));
        const endLine = lines[last] as Line;
        out.push({ type: 'footnoteDefinition', identifier: normalizeLabel(footnote[1] as string), label: footnote[1], children: this.blocks(content, depth + 1), position: this.position(line.offset + indent, endLine.end) } as RootContent);
        index = last + 1;
        continue;
      }
      if (paragraph) {
        paragraph.push(line);
        index++;
        continue;
      }
      paragraph = [line];
      index++;
    }
    closeParagraph();
    // An element not closed in its container is an error: micromark says which.
    if (elements.length > 0) throw new GiveUp('JSX element not closed');
    return top;
  }

  /** A list from its first item at `lines[start]`: items of the same marker kind, and where it ends. */
  list(lines: Line[], start: number, depth: number): { node: List; next: number } {
    const first = listItemStart(lines[start]?.text.trimStart() ?? '') as ItemStart;
    const items: ListItem[] = [];
    let index = start;
    let spread = false;
    while (index < lines.length) {
      const line = lines[index] as Line;
      const indent = indentOf(line.text);
      if (indent >= this.syntax.codeIndent) break;
      const marker = listItemStart(line.text.slice(indent));
      if (!marker || marker.ordered !== first.ordered || marker.char !== first.char) break;
      if (THEMATIC.test(line.text.slice(indent).trimEnd())) break;
      // The item's content is indented by the marker's width and the spaces after it (one, for an
      // empty first line or five or more spaces, which make indented code).
      const spaces = marker.empty ? 1 : marker.spaces >= 5 ? 1 : marker.spaces;
      const width = indent + marker.width + spaces;
      const content: Line[] = [];
      let firstText = marker.empty ? '' : line.text.slice(width);
      let firstOffset = line.offset + Math.min(width, line.text.length);
      // A GFM task item: its paragraph starts after `[ ] ` or `[x] `.
      // (mdast-util-gfm-task-list-item moves the paragraph's start only when plain text follows.)
      const task = /^\[[ xX]\][ ]+(?=[^\s`<[!*_\\&])/.exec(firstText);
      if (task) {
        firstText = firstText.slice(task[0].length);
        firstOffset += task[0].length;
      }
      content.push({ text: firstText, offset: firstOffset, end: line.end });
      let next = index + 1;
      let lastContent = index;
      let lazyAllowed = !marker.empty && endsInParagraphText(firstText, this.syntax);
      let inFence: string | null = fenceOpen(firstText, this.syntax);
      let blankRun = 0;
      while (next < lines.length) {
        const candidate = lines[next] as Line;
        const candidateIndent = leadingSpaces(candidate.text);
        if (isBlank(candidate.text)) {
          // An empty item ends at its first blank line.
          if (marker.empty && content.length === 1 && content[0]?.text === '') break;
          content.push({ text: '', offset: candidate.end, end: candidate.end });
          blankRun++;
          lazyAllowed = false;
          next++;
          continue;
        }
        if (candidateIndent >= width) {
          const inner = candidate.text.slice(width);
          content.push({ text: inner, offset: candidate.offset + width, end: candidate.end });
          if (inFence !== null) {
            if (fenceCloses(inner, inFence, this.syntax)) inFence = null;
          } else inFence = fenceOpen(inner, this.syntax);
          lazyAllowed = inFence === null && endsInParagraphText(inner, this.syntax);
          lastContent = next;
          blankRun = 0;
          next++;
          continue;
        }
        const candidateRest = candidate.text.slice(candidateIndent);
        // A lazy line continues the item's paragraph; any list marker (`2.` too) starts a new item.
        if (lazyAllowed && blankRun === 0 && inFence === null && !startsBlock(candidateRest, this.syntax) && !listItemStart(candidateRest)) {
          content.push(candidate);
          lastContent = next;
          next++;
          continue;
        }
        break;
      }
      // Trailing blank lines belong to no item.
      content.length = content.length - blankRun;
      if (blankRun > 0 && next < lines.length) spread = true;
      const last = lines[lastContent] as Line;
      // An item of one line of text (release notes: thousands) is one paragraph, as `blocks` would
      // read it, without its arrays and closures.
      const only = content.length === 1 && depth < MAX_DEPTH ? (content[0] as Line) : null;
      const children = only && startsParagraphText(only.text) ? this.paragraph(content) : this.blocks(content, depth + 1);
      items.push({ type: 'listItem', spread: false, checked: null, children: children as ListItem['children'], position: this.position(line.offset + indent, last.end) });
      index = lastContent + 1;
      // Skip the blank lines between items.
      while (index < next && isBlank((lines[index] as Line).text)) index++;
      if (index !== next) break;
    }
    const firstItem = items[0] as ListItem;
    const lastItem = items[items.length - 1] as ListItem;
    const node: List = {
      type: 'list',
      ordered: first.ordered,
      start: first.ordered ? first.start : null,
      spread,
      children: items,
      position: { start: firstItem.position?.start ?? { line: 1, column: 1 }, end: lastItem.position?.end ?? { line: 1, column: 1 } },
    } as List;
    return { node, next: index };
  }

  /**
   * A paragraph's lines: leading definitions, then the paragraph; a table (read as one cell) where
   * a delimiter row follows a row with a `|`, after the paragraph lines before it, if any.
   */
  paragraph(lines: Line[]): RootContent[] {
    const out: RootContent[] = [];
    const rest = trimLines(lines);
    let first = 0;
    while (first < rest.length) {
      const line = rest[first] as Line;
      if (line.text.charCodeAt(0) !== 91) break;
      const start = DEFINITION_START.exec(line.text);
      if (!start) break;
      const label = start[1] as string;
      if (label.trim() === '') break;
      // The destination and title: on the label's line, or (the label alone) on the next.
      let last = first;
      let target = destinationAndTitle(line.text.slice(start[0].length));
      const next = rest[first + 1];
      if (target === 'none' && line.text.slice(start[0].length).trim() === '' && next) {
        target = destinationAndTitle(next.text);
        last = first + 1;
      }
      if (target === 'none') break;
      // A title on the line after the destination is part of the definition: left to micromark.
      if (target.title === null && rest[last + 1] && /^["'(]/.test((rest[last + 1] as Line).text)) throw new GiveUp('definition over several lines');
      const destination = target.destination.replace(/^<|>$/g, '');
      this.#definitions.add(normalizeLabel(label));
      const untrimmed = lines[last] as Line;
      out.push({ type: 'definition', identifier: normalizeLabel(label), label, url: decode(destination), title: null, position: this.position(line.offset, untrimmed.offset + untrimmed.text.length) } as Definition);
      first = last + 1;
    }
    if (first === rest.length) return out;
    let delimiterRow = -1;
    for (let index = first + 1; index < rest.length; index++) {
      const row = (rest[index] as Line).text;
      // A delimiter row starts with `|`, `:`, `-` or a space (before any regex runs).
      const first = row.charCodeAt(0);
      if ((first === 124 || first === 58 || first === 45 || first === 32) && TABLE_DELIMITER.test(row) && (rest[index - 1] as Line).text.includes('|')) {
        delimiterRow = index;
        break;
      }
    }
    // The lines before a table's header row are a paragraph of their own.
    const paragraphEnd = delimiterRow === -1 ? rest.length : delimiterRow - 1;
    if (paragraphEnd > first) {
      const start = rest[first] as Line;
      // micromark ends a paragraph after the trailing spaces of its last line.
      const untrimmed = lines[paragraphEnd - 1] as Line;
      const node: Paragraph = { type: 'paragraph', children: [], position: this.position(start.offset, untrimmed.offset + untrimmed.text.length) };
      this.#pending.push({ node, lines: rest.slice(first, paragraphEnd) });
      out.push(node);
    }
    if (delimiterRow !== -1) {
      // A GFM table: its text is read as one cell (nothing checks cells; links and HTML in it are found).
      const header = rest[paragraphEnd] as Line;
      const untrimmed = lines[lines.length - 1] as Line;
      const position = this.position(header.offset, Math.max((rest[rest.length - 1] as Line).end, untrimmed.offset + untrimmed.text.length));
      const cell = { type: 'tableCell' as const, children: [] as PhrasingContent[], position };
      this.#pending.push({ node: cell as unknown as Paragraph, lines: rest.slice(paragraphEnd) });
      out.push({ type: 'table', align: [], children: [{ type: 'tableRow', children: [cell], position }], position } as unknown as RootContent);
    }
    return out;
  }

  /** Inline content, once every definition is known (a reference may come before its definition). */
  resolveInlines(): void {
    for (const { node, lines } of this.#pending) node.children = new Inline(this, lines, this.#definitions, this.#footnotes).parse();
  }
}

interface ItemStart {
  ordered: boolean;
  char: string;
  start: number;
  width: number;
  spaces: number;
  empty: boolean;
}

function listItemStart(text: string): ItemStart | null {
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
function startsParagraphText(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 128 || (first > 32 && !BLOCK_START[first]);
}

/** Whether a line (indentation removed) starts a block that ends a paragraph. */
function startsBlock(text: string, syntax: Syntax): boolean {
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
function endsInParagraphText(text: string, syntax: Syntax): boolean {
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

function fenceOpen(text: string, syntax: Syntax): string | null {
  const indent = indentOf(text);
  if (indent >= syntax.codeIndent) return null;
  const fence = FENCE.exec(text.slice(indent));
  return fence && !(fence[1]?.startsWith('`') && fence[2]?.includes('`')) ? (fence[1] as string) : null;
}

function fenceCloses(text: string, marker: string, syntax: Syntax): boolean {
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
function htmlBlockStart(rest: string, interruptsParagraph: boolean): { end: RegExp | null } | null {
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
function indentOf(text: string): number {
  const count = leadingSpaces(text);
  if (text[count] === '\t' && !isBlank(text)) throw new GiveUp('tab in indentation');
  return count;
}

/** A blank line: spaces and tabs only (other white space, such as U+00A0, is text to Markdown). */
function isBlank(text: string): boolean {
  // A loop, not /^[ \t]*$/: most lines are not blank, and this stops at their first character.
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/** Whether a tab comes before the first character that is not a space. */
function tabIndented(text: string): boolean {
  return text.charCodeAt(leadingSpaces(text)) === 9;
}

/** A container's lines joined with `\n`, for constructs that run over several lines (MDX tags and expressions). */
class Joined {
  readonly text: string;
  /** Where each line starts in `text`. */
  readonly starts: number[] = [];
  readonly #lines: Line[];

  constructor(lines: Line[]) {
    this.#lines = lines;
    let at = 0;
    for (const line of lines) {
      this.starts.push(at);
      at += line.text.length + 1;
    }
    this.text = lines.map((line) => line.text).join('\n');
  }

  /** The index of the line an index of `text` is on. */
  lineOf(index: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] as number) <= index) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** The document offset of an index of `text`. */
  offset(index: number): number {
    const line = this.lineOf(index);
    return (this.#lines[line] as Line).offset + (index - (this.starts[line] as number));
  }
}

type FlowItem = { kind: 'tag'; tag: JsxTag; from: number; to: number } | { kind: 'expression'; value: string; from: number; to: number };

/**
 * JSX tags and expressions alone on their line (after `indent` spaces), as MDX reads them as blocks:
 * the items and where they end (a tag may run over several lines), or `null` when other text
 * follows them on the line — then they are part of a paragraph.
 */
function readFlowLine(text: string, lineStart: number, indent: number): { items: FlowItem[]; end: number } | null {
  const items: FlowItem[] = [];
  let index = lineStart + indent;
  for (;;) {
    const char = text[index];
    if (char === '<') {
      const tag = readJsxTag(text, index);
      if (!tag) return null;
      items.push({ kind: 'tag', tag, from: index, to: tag.end });
      index = tag.end;
    } else if (char === '{') {
      const end = expressionEnd(text, index + 1, 'flow');
      items.push({ kind: 'expression', value: text.slice(index + 1, end).replace(/\n {1,2}/g, '\n'), from: index, to: end + 1 });
      index = end + 1;
    } else return null;
    while (text[index] === ' ' || text[index] === '\t') index++;
    if (index >= text.length || text[index] === '\n') return { items, end: index };
  }
}

/** A paragraph's lines without the spaces before and after them. */
function trimLines(lines: Line[]): Line[] {
  return lines.map((line) => {
    const last = line.text.charCodeAt(line.text.length - 1);
    // Most lines have nothing to trim: kept as they are.
    if (line.text.charCodeAt(0) !== 32 && last !== 32) return line;
    const indent = leadingSpaces(line.text);
    const text = trimEndRun(line.text.slice(indent), ' ');
    return { text, offset: line.offset + indent, end: line.offset + indent + text.length };
  });
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}

/** Where a backslash escape or a character reference may start. */
const ESCAPE_OR_REFERENCE = /[\\&]/g;
const REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/**
 * Character references and backslash escapes of a destination or text, as a reader sees them. A
 * scan with slices, not a replace with a callback: release notes escape a `[` on every line.
 */
function decode(value: string): string {
  ESCAPE_OR_REFERENCE.lastIndex = 0;
  if (!ESCAPE_OR_REFERENCE.test(value)) return value;
  let out = '';
  // Copied up to here.
  let from = 0;
  for (let index = ESCAPE_OR_REFERENCE.lastIndex - 1; index !== -1; ) {
    let next = index + 1;
    if (value.charCodeAt(index) === 92) {
      // A backslash before ASCII punctuation: the punctuation, as is (so `\\` is one backslash).
      if (isAsciiPunctuation(value.charCodeAt(index + 1))) {
        out += value.slice(from, index);
        from = index + 1;
        next = index + 2;
      }
    } else {
      REFERENCE.lastIndex = index;
      const reference = REFERENCE.exec(value);
      if (reference) {
        const decoded = decodeReference(reference[1] as string);
        if (decoded !== null) {
          out += value.slice(from, index) + decoded;
          from = index + reference[0].length;
        }
        next = index + reference[0].length;
      }
    }
    ESCAPE_OR_REFERENCE.lastIndex = next;
    index = ESCAPE_OR_REFERENCE.test(value) ? ESCAPE_OR_REFERENCE.lastIndex - 1 : -1;
  }
  return from === 0 ? value : out + value.slice(from);
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

/** What a reference (`amp`, `#38`, `#x26`) stands for; `null` for an unknown name. */
function decodeReference(reference: string): string | null {
  if (reference.charCodeAt(0) === 35) {
    const code = reference[1] === 'x' || reference[1] === 'X' ? Number.parseInt(reference.slice(2), 16) : Number.parseInt(reference.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  }
  const decoded = decodeNamedCharacterReference(reference);
  return decoded === false ? null : decoded;
}

interface Bracket {
  /** Index in `nodes` of the text node holding `[` or `![`. */
  node: number;
  /** Offset in the joined text of the bracket. */
  at: number;
  image: boolean;
  active: boolean;
  /** The JSX element open at the bracket (MDX): a link must close inside the same one. */
  element: OpenElement | null;
}

/** A JSX text element whose closing tag is still to come. */
interface OpenElement {
  tag: JsxTag;
  /** Offset in the joined text of its opening tag. */
  at: number;
  /** Index in `nodes` of its first child. */
  node: number;
}

/**
 * Inline content of one paragraph or heading: the lines are joined with `\n` and every position is
 * mapped back through the line they came from.
 */
class Inline {
  readonly #reader: Reader;
  readonly #definitions: ReadonlySet<string>;
  readonly #footnotes: ReadonlySet<string>;
  readonly #text: string;
  /**
   * Where `#text` starts in the document, when it is the document's own text (its lines follow
   * each other there, with nothing between them but their line breaks); else -1, and for each line
   * of `#text`, where it starts in `#text` and in the document.
   */
  readonly #base: number;
  readonly #lineAt: number[] = [];
  readonly #lineOffset: number[] = [];
  /** Whether the text has a backslash or `&`: else no escape or character reference needs decoding. */
  readonly #plain: boolean;
  /**
   * The nodes read so far, `null` standing for text; where each starts and ends in `#text`. Text
   * nodes are made once, at the end (merged, with their autolink literals), not for each stretch.
   */
  readonly #nodes: Array<PhrasingContent | null>;
  readonly #from: number[];
  readonly #to: number[];
  #textStart = 0;

  constructor(reader: Reader, lines: Line[], definitions: ReadonlySet<string>, footnotes: ReadonlySet<string>) {
    this.#reader = reader;
    // Empty: the last paragraph's reader took every node out (`#take(0)`).
    this.#nodes = reader.scratch.nodes;
    this.#from = reader.scratch.from;
    this.#to = reader.scratch.to;
    this.#definitions = definitions;
    this.#footnotes = footnotes;
    const first = lines[0] as Line;
    let contiguous = reader.tabless;
    for (let index = 1; contiguous && index < lines.length; index++) {
      const previous = lines[index - 1] as Line;
      contiguous = (lines[index] as Line).offset === previous.offset + previous.text.length + 1;
    }
    if (contiguous) {
      // Offsets map by addition, and a paragraph of several lines is a slice, not a joined copy.
      this.#base = first.offset;
      const last = lines[lines.length - 1] as Line;
      this.#text = lines.length === 1 ? first.text : reader.slice(first.offset, last.offset + last.text.length);
    } else {
      this.#base = -1;
      let at = 0;
      for (const line of lines) {
        this.#lineAt.push(at);
        this.#lineOffset.push(line.offset);
        at += line.text.length + 1;
      }
      this.#text = lines.length === 1 ? first.text : lines.map((line) => line.text).join('\n');
    }
    this.#plain = !this.#text.includes('\\') && !this.#text.includes('&');
  }

  #decode(value: string): string {
    return this.#plain ? value : decode(value);
  }

  /** Start of every backtick run, by length, in order: each lookup is a binary search, not a scan. */
  #runs: Map<number, number[]> | null = null;
  /** Closing sequences (`-->`, `?>`, `]]>`, `>`) known to be absent after an offset. */
  #missing: Map<string, number> | null = null;

  #backtickRun(from: number, length: number): number {
    if (!this.#runs) {
      this.#runs = new Map();
      const text = this.#text;
      for (let index = text.indexOf('`'); index !== -1; ) {
        let run = 1;
        while (text[index + run] === '`') run++;
        const list = this.#runs.get(run) ?? [];
        list.push(index);
        this.#runs.set(run, list);
        index = text.indexOf('`', index + run);
      }
    }
    const starts = this.#runs.get(length);
    if (!starts) return -1;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] as number) < from) low = middle + 1;
      else high = middle;
    }
    return low < starts.length ? (starts[low] as number) : -1;
  }

  /** Document offset of an index of the joined text. */
  #offset(index: number): number {
    if (this.#base !== -1) return this.#base + index;
    const starts = this.#lineAt;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= index) low = middle;
      else high = middle - 1;
    }
    return (this.#lineOffset[low] as number) + (index - (starts[low] as number));
  }

  #position(from: number, to: number) {
    return this.#reader.position(this.#offset(from), to === from ? this.#offset(from) : this.#offset(to - 1) + 1);
  }

  #flushText(to: number): void {
    if (to > this.#textStart) this.#add(null, this.#textStart, to);
    this.#textStart = to;
  }

  #add(node: PhrasingContent | null, from: number, to: number): void {
    this.#nodes.push(node);
    this.#from.push(from);
    this.#to.push(to);
  }

  #push(node: PhrasingContent, from: number, to: number): void {
    this.#flushText(from);
    node.position = this.#position(from, to);
    this.#add(node, from, to);
    this.#textStart = to;
  }

  /** The nodes from `start` on, taken out: as phrasing content, with autolink literals found in their text or not (inside links). */
  #take(start: number, literals: boolean): PhrasingContent[] {
    const nodes = this.#nodes;
    const out: PhrasingContent[] = [];
    for (let index = start; index < nodes.length; index++) {
      const node = nodes[index] as PhrasingContent | null;
      if (node) {
        out.push(node);
        continue;
      }
      // Adjacent text (split at brackets that closed nothing) is one node, as micromark has it.
      const textFrom = this.#from[index] as number;
      while (index + 1 < nodes.length && nodes[index + 1] === null) index++;
      const textTo = this.#to[index] as number;
      if (literals) this.#literals(textFrom, textTo, out);
      else out.push({ type: 'text', value: this.#decode(this.#text.slice(textFrom, textTo)), position: this.#position(textFrom, textTo) } as Text);
    }
    this.#truncate(start);
    return out;
  }

  /** Drops the nodes from `start` on (popping: setting an array's length is slow in V8). */
  #truncate(start: number): void {
    while (this.#nodes.length > start) {
      this.#nodes.pop();
      this.#from.pop();
      this.#to.pop();
    }
  }

  /** JSX text elements open at this point (MDX). */
  readonly #elements: OpenElement[] = [];

  #openElement(): OpenElement | null {
    // Not `elements[length - 1]` on an empty array: index -1 is a property lookup up the prototype chain, slow in V8.
    const elements = this.#elements;
    return elements.length > 0 ? (elements[elements.length - 1] as OpenElement) : null;
  }

  /** A JSX tag or expression at `index` (MDX), and where it ends; `-1` when `<` is text. */
  #mdx(index: number): number {
    const text = this.#text;
    if (text[index] === '{') {
      // A `{` inside what GFM reads as a URL (`https://a.dev/{id}`) is part of the URL.
      let wordStart = index;
      while (wordStart > this.#textStart && !/\s/.test(text[wordStart - 1] as string)) wordStart--;
      if (/:\/\/|www\./i.test(text.slice(wordStart, index))) throw new GiveUp('expression in a URL');
      const end = expressionEnd(text, index + 1, 'flow');
      this.#push({ type: 'mdxTextExpression', value: text.slice(index + 1, end) } as unknown as PhrasingContent, index, end + 1);
      return end + 1;
    }
    const tag = readJsxTag(text, index);
    if (!tag) return -1;
    if (tag.closing) {
      const open = this.#elements.pop();
      if (!open || open.tag.name !== tag.name) throw new GiveUp('JSX closing tag');
      this.#flushText(index);
      const node = { type: 'mdxJsxTextElement', name: open.tag.name, attributes: open.tag.attributes, children: this.#take(open.node, true) } as unknown as PhrasingContent;
      this.#textStart = open.at;
      this.#push(node, open.at, tag.end);
      return tag.end;
    }
    if (tag.selfClosing) {
      this.#push({ type: 'mdxJsxTextElement', name: tag.name, attributes: tag.attributes, children: [] } as unknown as PhrasingContent, index, tag.end);
      return tag.end;
    }
    this.#flushText(index);
    this.#elements.push({ tag, at: index, node: this.#nodes.length });
    // The opening tag is no text of the element: its children start after it.
    this.#textStart = tag.end;
    return tag.end;
  }

  parse(): PhrasingContent[] {
    const text = this.#text;
    const brackets: Bracket[] = [];
    const mdx = this.#reader.syntax.mdx;
    let index = 0;
    while (index < text.length) {
      // Straight to the next character that may start something: text in between is just text.
      SPECIAL.lastIndex = index;
      if (!SPECIAL.test(text)) break;
      index = SPECIAL.lastIndex - 1;
      const char = text[index];
      if (mdx && (char === '<' || char === '{')) {
        const end = this.#mdx(index);
        index = end === -1 ? index + 1 : end;
        continue;
      }
      if (char === '\\' && isAsciiPunctuation(text.charCodeAt(index + 1))) {
        index += 2;
        continue;
      }
      if (char === '`') {
        let run = 1;
        while (text[index + run] === '`') run++;
        const close = this.#backtickRun(index + run, run);
        if (close === -1) {
          index += run;
          continue;
        }
        const value = text.slice(index + run, close).replace(/\n/g, ' ');
        const trimmed = /^ .* $/.test(value) && value.trim() !== '' ? value.slice(1, -1) : value;
        this.#push({ type: 'inlineCode', value: trimmed } as InlineCode, index, close + run);
        index = close + run;
        continue;
      }
      if (char === '<') {
        const autolink = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/.exec(text.slice(index, index + 2048)) ?? /^<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/.exec(text.slice(index, index + 2048));
        if (autolink) {
          const target = autolink[1] as string;
          const url = target.includes('@') && !/^[A-Za-z][A-Za-z0-9+.-]{1,31}:/.test(target) ? `mailto:${target}` : target;
          const end = index + autolink[0].length;
          const link = { type: 'link', url, title: null, children: [] } as Link;
          this.#push(link, index, end);
          link.children = [{ type: 'text', value: target, position: this.#position(index + 1, end - 1) } as Text];
          index = end;
          continue;
        }
        const html = inlineHtml(text, index, (this.#missing ??= new Map()));
        if (html > index) {
          this.#push({ type: 'html', value: text.slice(index, html) } as Html, index, html);
          index = html;
          continue;
        }
        index++;
        continue;
      }
      if (char === '!' && text[index + 1] === '[') {
        this.#flushText(index);
        this.#textStart = index;
        this.#flushText(index + 2);
        brackets.push({ node: this.#nodes.length - 1, at: index, image: true, active: true, element: this.#openElement() });
        index += 2;
        continue;
      }
      if (char === '[' && text[index + 1] === '^') {
        const close = /^\[\^([^\]\s]{1,999})\]/.exec(text.slice(index, index + 1004));
        if (close && this.#footnotes.has(normalizeLabel(close[1] as string))) {
          this.#push({ type: 'footnoteReference', identifier: normalizeLabel(close[1] as string), label: close[1] } as PhrasingContent, index, index + close[0].length);
          index += close[0].length;
          continue;
        }
      }
      if (char === '[') {
        this.#flushText(index);
        this.#flushText(index + 1);
        brackets.push({ node: this.#nodes.length - 1, at: index, image: false, active: true, element: this.#openElement() });
        index++;
        continue;
      }
      if (char === ']') {
        const opener = brackets.pop();
        if (!opener) {
          index++;
          continue;
        }
        if (!opener.active) {
          index++;
          continue;
        }
        const closed = this.#closeBracket(opener, index);
        if (closed === -1) {
          index++;
          continue;
        }
        // Links may not contain links: earlier openers are spent.
        if (!opener.image) for (const earlier of brackets) if (!earlier.image) earlier.active = false;
        index = closed;
        continue;
      }
      index++;
    }
    this.#flushText(text.length);
    // An element not closed in its paragraph is an error: micromark says which.
    if (this.#elements.length > 0) throw new GiveUp('JSX element not closed');
    // GFM autolink literals are found in the text that is not part of a link, as mdast-util-gfm does.
    return this.#take(0, true);
  }

  /** A stretch of text, with its `https://…` and `www.…` made links, added to `out`. */
  #literals(from: number, to: number, out: PhrasingContent[]): void {
    const text = this.#text;
    let start = from;
    const pushText = (end: number) => {
      if (end > start) out.push({ type: 'text', value: this.#decode(text.slice(start, end)), position: this.#position(start, end) } as Text);
    };
    for (let index = this.#nextLiteral(from); index !== -1 && index < to; ) {
      const length = this.#literalLength;
      const char = text[index];
      let linkStart = index;
      let end = index;
      let email = false;
      if (char === '@') {
        // An email address: the local part before the @ (not yet made a link) and a dotted domain after.
        while (linkStart > start && /[A-Za-z0-9.+_-]/.test(text[linkStart - 1] as string)) linkStart--;
        const domain = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+/.exec(text.slice(index + 1, Math.min(to, index + 256)))?.[0] ?? '';
        const trimmed = trimEndRun(domain, '.');
        const before = linkStart === 0 ? ' ' : (text[linkStart - 1] as string);
        if (linkStart < index && trimmed.includes('.') && !/[-\d_]$/.test(trimmed) && before !== '/' && /[\s\p{P}\p{S}]/u.test(before)) {
          end = index + 1 + trimmed.length;
          email = true;
        }
      } else if (char === 'h' || char === 'w' || char === 'H' || char === 'W') {
        end = Math.min(autolinkLiteral(text, index), to);
      }
      if (end <= index) {
        index = this.#nextLiteral(index + length);
        continue;
      }
      pushText(linkStart);
      const raw = text.slice(linkStart, end);
      out.push({
        type: 'link',
        url: email ? `mailto:${raw}` : /^www\./i.test(raw) ? `http://${raw}` : raw,
        title: null,
        children: [{ type: 'text', value: raw, position: this.#position(linkStart, end) } as Text],
        position: this.#position(linkStart, end),
      } as Link);
      start = end;
      index = this.#nextLiteral(end);
    }
    pushText(to);
  }

  /** Where the last search for a literal start began, what it found (-1: none to the end) and its length. */
  #literalFrom = -1;
  #literalAt = -1;
  #literalLength = 0;

  /**
   * The next place a GFM autolink literal may start, at or after `from`. The answer is kept: the
   * text stretches of a paragraph would otherwise each search the rest of it.
   */
  #nextLiteral(from: number): number {
    if (this.#literalFrom !== -1 && from >= this.#literalFrom && (this.#literalAt === -1 || this.#literalAt >= from)) return this.#literalAt;
    LITERAL_START.lastIndex = from;
    const found = LITERAL_START.exec(this.#text);
    this.#literalFrom = from;
    this.#literalAt = found ? found.index : -1;
    this.#literalLength = found ? found[0].length : 0;
    return this.#literalAt;
  }

  /**
   * Closes `[`…`]` at `index`: an inline link or image `(destination "title")`, a full, collapsed or
   * shortcut reference to a known definition — or nothing (`-1`), and the brackets stay text.
   */
  #closeBracket(opener: Bracket, index: number): number {
    const text = this.#text;
    let end = -1;
    let url: string | null = null;
    let reference: string | null = null;
    if (text[index + 1] === '(') {
      const inline = inlineDestination(text, index + 2);
      if (inline) {
        end = inline.end;
        url = inline.url;
      }
    }
    const labelStart = opener.at + (opener.image ? 2 : 1);
    const label = index - labelStart <= MAX_LABEL ? text.slice(labelStart, index) : null;
    if (end === -1 && text[index + 1] === '[') {
      const window = text.slice(index + 2, index + 2 + MAX_LABEL + 1);
      const closeAt = window.indexOf(']');
      const close = closeAt === -1 ? -1 : index + 2 + closeAt;
      if (close !== -1 && label !== null && !/(^|[^\\])\[/.test(text.slice(index + 2, close))) {
        const full = text.slice(index + 2, close);
        const target = normalizeLabel(full.trim() === '' ? label : full);
        if (this.#definitions.has(target)) {
          end = close + 1;
          reference = target;
        }
      }
    }
    if (end === -1 && label !== null && this.#definitions.has(normalizeLabel(label)) && !(text[index + 1] === '[' && text.slice(index + 2, index + 2 + MAX_LABEL + 1).includes(']'))) {
      end = index + 1;
      reference = normalizeLabel(label);
    }
    if (end === -1) return -1;
    // A link that would open inside a JSX element and close outside it, or the other way round.
    if (opener.element !== this.#openElement()) throw new GiveUp('link across a JSX tag');
    // The nodes after the opener become the link's children.
    const start = opener.node;
    this.#flushText(index);
    const children = this.#take(start + 1, false);
    // The opener's own text, `[` or `![`, goes.
    this.#truncate(start);
    const from = opener.at;
    let node: PhrasingContent;
    if (reference !== null) {
      node = opener.image
        ? ({ type: 'imageReference', identifier: reference, label: label ?? '', referenceType: 'full', alt: plainText(children) } as PhrasingContent)
        : ({ type: 'linkReference', identifier: reference, label: label ?? '', referenceType: 'full', children } as LinkReference);
    } else {
      node = opener.image ? ({ type: 'image', url: url ?? '', title: null, alt: plainText(children) } as Image) : ({ type: 'link', url: url ?? '', title: null, children } as Link);
    }
    this.#textStart = from;
    this.#push(node, from, end);
    return end;
  }
}

function plainText(nodes: PhrasingContent[]): string {
  let text = '';
  // Without recursion: images can hold images as deep as the text nests brackets.
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as PhrasingContent;
    if ('value' in node) {
      if (node.type !== 'html') text += node.value;
    } else if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as PhrasingContent);
    } else if ('alt' in node) text += node.alt ?? '';
  }
  return text;
}

/** The end of a raw inline HTML construct starting at `index`, or `index` when there is none. */
function inlineHtml(text: string, index: number, missing: Map<string, number>): number {
  const slice = text.slice(index, index + 4096);
  const open = OPEN_TAG.exec(slice) ?? CLOSE_TAG.exec(slice);
  if (open) return index + open[0].length;
  // The end of a comment, processing instruction, CDATA or declaration — looked for once: when it
  // is not there, it is not there for any later start either.
  const closing = (sequence: string, from: number): number => {
    const absentAfter = missing.get(sequence);
    if (absentAfter !== undefined && from >= absentAfter) return index;
    const end = text.indexOf(sequence, from);
    if (end === -1) {
      missing.set(sequence, Math.min(from, absentAfter ?? from));
      return index;
    }
    return end + sequence.length;
  };
  if (slice.startsWith('<!--')) {
    if (slice.startsWith('<!-->')) return index + 5;
    if (slice.startsWith('<!--->')) return index + 6;
    return closing('-->', index + 4);
  }
  if (slice.startsWith('<?')) return closing('?>', index + 2);
  if (slice.startsWith('<![CDATA[')) return closing(']]>', index + 9);
  if (/^<![A-Za-z]/.test(slice)) return closing('>', index + 2);
  return index;
}

/** `(destination "title")` after `](`: the destination and where the construct ends. */
function inlineDestination(text: string, from: number): { url: string; end: number } | null {
  // Bounded, so that thousands of `](` without an end cost linear time, not quadratic.
  const limit = Math.min(text.length, from + MAX_DESTINATION);
  // Character codes, not one-character strings: this runs for every link.
  let index = skipSpaceAndNewline(text, from);
  let url = '';
  if (text.charCodeAt(index) === 60) {
    // `<…>`: up to the next `<`, `>` or line break.
    let close = index + 1;
    while (close < limit) {
      const code = text.charCodeAt(close);
      if (code === 60 || code === 62 || code === 10) break;
      close++;
    }
    if (close >= limit || text.charCodeAt(close) !== 62) return null;
    url = text.slice(index + 1, close);
    index = close + 1;
  } else {
    let depth = 0;
    const start = index;
    while (index < limit) {
      const code = text.charCodeAt(index);
      if (code === 92 && index + 1 < text.length) {
        index += 2;
        continue;
      }
      if (code === 40) depth++;
      else if (code === 41) {
        if (depth === 0) break;
        depth--;
      } else if (code <= 32) break;
      index++;
    }
    if (depth !== 0 || index >= limit) return null;
    url = text.slice(start, index);
  }
  const beforeTitle = index;
  index = skipSpaceAndNewline(text, index);
  const opening = text.charCodeAt(index);
  if (index > beforeTitle && (opening === 34 || opening === 39 || opening === 40)) {
    const close = opening === 40 ? 41 : opening;
    let scan = index + 1;
    while (scan < limit && text.charCodeAt(scan) !== close) scan += text.charCodeAt(scan) === 92 ? 2 : 1;
    if (scan >= limit) return null;
    index = skipSpaceAndNewline(text, scan + 1);
  }
  if (text.charCodeAt(index) !== 41) return null;
  return { url: decode(url), end: index + 1 };
}

function skipSpaceAndNewline(text: string, from: number): number {
  let index = from;
  for (let code = text.charCodeAt(index); code === 32 || code === 10; code = text.charCodeAt(index)) index++;
  return index;
}

/**
 * The end of a GFM autolink literal (`https://…`, `http://…`, `www.…`) at `index`, or `index`.
 * Trailing punctuation and an unbalanced closing parenthesis are left out, as GFM does.
 */
function autolinkLiteral(text: string, index: number): number {
  // Preceded by the start, white space or punctuation other than `/` (mdast-util-gfm-autolink-literal).
  const previous = index === 0 ? ' ' : (text[index - 1] as string);
  if (previous === '/' || !/[\s\p{P}\p{S}]/u.test(previous)) return index;
  const match = /^(https?:\/\/|www(?=\.))[^\s]*/iu.exec(text.slice(index, index + 4096));
  if (!match) return index;
  const body = match[0];
  let end = body.length;
  // Trailing punctuation is not part of the link; nor is a `)` that closes nothing.
  for (;;) {
    const last = body[end - 1];
    if (last === undefined) break;
    if (/[!"&'*,.:;<?_~]/.test(last)) {
      end--;
      continue;
    }
    if (last === ')') {
      const candidate = body.slice(0, end);
      if (candidate.split(')').length > candidate.split('(').length) {
        end--;
        continue;
      }
    }
    break;
  }
  // The domain: letters, digits, `-`, `_` and dots; `www.` needs a dot after it, and the last two
  // labels no underscore.
  const protocol = match[1] as string;
  const domain = /^[-.\w]*/.exec(body.slice(protocol.length, end))?.[0] ?? '';
  const parts = domain.split('.');
  const bad = (part: string | undefined) => part !== undefined && (part.includes('_') || !/[a-zA-Z\d]/.test(part));
  if (domain === '' || bad(parts[parts.length - 1]) || (parts.length > 1 && bad(parts[parts.length - 2]))) return index;
  if (protocol.toLowerCase() === 'www' && parts.length < 2) return index;
  if (end <= (match[1] as string).length) return index;
  return index + end;
}
