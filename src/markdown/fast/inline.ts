/**
 * A paragraph's inline content: links, images, references, autolinks (and GFM's literal ones),
 * code spans, raw HTML, and in MDX, JSX and expressions — with exact positions; text elsewhere.
 */
import type { Html, Image, InlineCode, Link, LinkReference, PhrasingContent, Text } from 'mdast';
import { trimEndRun } from '../../text/trim.js';
import { expressionEnd, GiveUp, readJsxTag, type JsxTag } from '../fast-mdx.js';
import { type Line, MAX_LABEL, SPECIAL, LITERAL_START, normalizeLabel } from './syntax.js';
import { decode, isAsciiPunctuation } from './decode.js';
import type { Reader } from './blocks.js';
import { autolinkLiteral, inlineDestination, inlineHtml } from './scans.js';

export interface Bracket {
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
export interface OpenElement {
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
export class Inline {
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

export function plainText(nodes: PhrasingContent[]): string {
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
