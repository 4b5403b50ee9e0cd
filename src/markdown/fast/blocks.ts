/**
 * The block structure of a container's lines: paragraphs, headings, lists, block quotes, code, HTML
 * blocks, definitions, tables and, in MDX, JSX elements, expressions and ESM. Paragraph content is
 * read afterwards, when every definition is known (`resolveInlines`, inline.ts).
 */
import type { Definition, Html, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { LineIndex } from '../../text/line-index.js';
import { leadingSpaces } from '../../text/trim.js';
import { checkEsm, GiveUp, readFlowLine } from '../fast-mdx.js';
import { type Line, type Syntax, MAX_DEPTH, MAX_IMPORTS, MAX_ESM_LENGTH, withoutClosingSequence, FENCE, TABLE_DELIMITER, THEMATIC, ATX, BLOCK_START, DEFINITION_START, destinationAndTitle, type ItemStart, listItemStart, startsParagraphText, startsBlock, endsInParagraphText, fenceOpen, fenceCloses, htmlBlockStart, indentOf, isBlank, tabIndented, trimLines, normalizeLabel } from './syntax.js';
import { decode } from './decode.js';
import { Inline } from './inline.js';

/** The nodes an inline reader has read so far (`null` standing for text), and where each starts and ends. */
export interface Scratch {
  nodes: Array<PhrasingContent | null>;
  from: number[];
  to: number[];
}

export interface PendingInline {
  node: Paragraph | { type: 'heading'; children: PhrasingContent[] };
  lines: Line[];
}

export class Reader {
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
          index = this.#esm(lines, index, out);
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
        index = this.#indentedCode(lines, index, out);
        continue;
      }
      // Each construct's regex runs only on lines starting with its character.
      const fence = first === 96 || first === 126 ? FENCE.exec(rest) : null;
      if (fence && !(fence[1]?.startsWith('`') && fence[2]?.includes('`'))) {
        closeParagraph();
        index = this.#fencedCode(lines, index, indent, fence[1] as string, out);
        continue;
      }
      if (first === 35 && ATX.test(rest)) {
        closeParagraph();
        out.push(this.#atxHeading(line, indent, rest));
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
        index = this.#htmlBlock(lines, index, indent, rest, htmlKind.end, out);
        continue;
      }
      if (rest.startsWith('>')) {
        closeParagraph();
        index = this.#blockquote(lines, index, indent, depth, out);
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
        index = this.#footnoteDefinition(lines, index, indent, rest, footnote[0].length, footnote[1] as string, depth, out);
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

  /** An `import`/`export` block (MDX) from `lines[index]`, up to a blank line, checked by acorn; returns the next line's index. */
  #esm(lines: Line[], index: number, out: RootContent[]): number {
    const line = lines[index] as Line;
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
    return last + 1;
  }

  /** Indented code from `lines[index]`, up to the next non-blank line indented less; returns the next line's index. */
  #indentedCode(lines: Line[], index: number, out: RootContent[]): number {
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
    out.push({ type: 'code', value: '', position: this.position((lines[index] as Line).offset, (lines[last] as Line).end) } as RootContent);
    return last + 1;
  }

  /** Fenced code opened by `marker` at `lines[index]`; an unclosed fence runs to the end of its container. Returns the next line's index. */
  #fencedCode(lines: Line[], index: number, indent: number, marker: string, out: RootContent[]): number {
    const line = lines[index] as Line;
    let next = index + 1;
    let endLine = line;
    while (next < lines.length) {
      endLine = lines[next++] as Line;
      if (fenceCloses(endLine.text, marker, this.syntax)) break;
    }
    out.push({ type: 'code', value: '', position: this.position(line.offset + indent, endLine.end) } as RootContent);
    return next;
  }

  /** An ATX heading (`## Title ##`): its content, between the opening and the optional closing `#`s, is read with the paragraphs. */
  #atxHeading(line: Line, indent: number, rest: string): RootContent {
    const heading = { type: 'heading' as const, depth: 1 as const, children: [] as PhrasingContent[], position: this.position(line.offset + indent, line.end) };
    const open = /^#{1,6}[ ]*/.exec(rest)?.[0].length ?? 0;
    let content = withoutClosingSequence(rest.slice(open));
    if (/^#+$/.test(content)) content = '';
    const start = line.offset + indent + open;
    if (content !== '') this.#pending.push({ node: heading, lines: [{ text: content, offset: start, end: start + content.length }] });
    return heading as RootContent;
  }

  /** An HTML block from `lines[index]`: up to the line that ends its kind (`end`), or to a blank line. Returns the next line's index. */
  #htmlBlock(lines: Line[], index: number, indent: number, rest: string, end: RegExp | null, out: RootContent[]): number {
    let last = index;
    if (end) {
      for (let next = index; next < lines.length; next++) {
        last = next;
        if (end.test(next === index ? rest : (lines[next] as Line).text)) break;
      }
    } else {
      while (last + 1 < lines.length && !isBlank((lines[last + 1] as Line).text)) last++;
    }
    const endLine = lines[last] as Line;
    const start = (lines[index] as Line).offset + indent;
    out.push({ type: 'html', value: this.#text.slice(start, endLine.end), position: this.position(start, endLine.end) } as Html);
    return last + 1;
  }

  /** A block quote from `lines[index]`: its `>` lines and lazy continuation lines, read as a container. Returns the next line's index. */
  #blockquote(lines: Line[], index: number, indent: number, depth: number, out: RootContent[]): number {
    const syntax = this.syntax;
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
    out.push({ type: 'blockquote', children: this.blocks(quoted, depth + 1), position: this.position((lines[index] as Line).offset + indent, last.end) } as RootContent);
    return next;
  }

  /** A GFM footnote definition (`[^label]:` and `marker` characters) from `lines[index]`, read as a container. Returns the next line's index. */
  #footnoteDefinition(lines: Line[], index: number, indent: number, rest: string, marker: number, label: string, depth: number, out: RootContent[]): number {
    // A GFM footnote definition: the rest of the line and the lines indented by four after it.
    const line = lines[index] as Line;
    const content: Line[] = [{ text: rest.slice(marker), offset: line.offset + indent + marker, end: line.end }];
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
      } else if (blankRun === 0 && !startsBlock(candidate.text, this.syntax) && !listItemStart(candidate.text.trimStart()) && !/^\[\^/.test(candidate.text.trimStart())) {
        content.push(candidate);
        last = next;
      } else break;
      next++;
    }
    content.length -= blankRun;
    this.#footnotes.add(normalizeLabel(label));
    const endLine = lines[last] as Line;
    out.push({ type: 'footnoteDefinition', identifier: normalizeLabel(label), label, children: this.blocks(content, depth + 1), position: this.position(line.offset + indent, endLine.end) } as RootContent);
    return last + 1;
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

export class Joined {
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
