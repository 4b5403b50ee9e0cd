/**
 * Runs of entries that are nothing but a link each — Markdown list items, paragraphs and lines of
 * paragraphs, table rows, headings that are links (a teaser under each), HTML children (`<li>`, `<p>`,
 * `<a>` between `<br>`s, `<tr>`) — with the
 * label just before them ("Also read:"), and the lines that carry a label and one link each
 * ("Baca juga: [x](…)") wherever they stand: the shapes of a link farm's block.
 *
 * An entry may wrap its link (`**[x](…)**`, `<strong><a>`), show a thumbnail linked to the same
 * address, and carry a little text besides ("— 3 min read", `<span>2h ago</span>`, "by Ann"); more
 * text than that is prose, and prose ends a run. The text of an entry is read from the source with
 * markup dropped, so Markdown and HTML are read alike.
 */
import type { List, Nodes, Paragraph, Table } from 'mdast';
import type { HtmlElement, LintDocument, Span } from '../engine/api.js';
import type { ContentLink } from './content.js';
import { labelKind, opensLabel } from './farm-words.js';
import { claimed } from './link-claims.js';
import { firstWord, meaningfulIn, plainText } from './visible-text.js';

/** One link of a run, with the range of its entry (its item, line, row or element; `document.lines.span` gives its span). */
export interface LinkEntry {
  link: ContentLink;
  startOffset: number;
  endOffset: number;
  /** The label the entry carries on its own line ("Also read:" before the link), if any. */
  label: string | null;
}

/**
 * Where a run was found. `lines` are the labelled lines of the whole post; a `block` is a paragraph
 * (or HTML paragraph) of three links or more among prose, read for keyword links only.
 */
export type LinkListKind = 'list' | 'paragraphs' | 'table' | 'headings' | 'html' | 'lines' | 'block';

/** A run of entries that are nothing but a link each; for `lines`, the labelled lines of the whole post. */
export interface LinkList {
  kind: LinkListKind;
  /** One link per entry, in order. */
  links: ContentLink[];
  entries: LinkEntry[];
  span: Span;
  /** Offsets of the whole run (its wrapper included) in the normalised text. */
  startOffset: number;
  endOffset: number;
  /** The text just before the run (a label such as "Also read:"), and where it starts. */
  label: { text: string; span: Span; startOffset: number } | null;
  /** Letters and digits besides the links' own text (read when asked: only keyword checks of prose blocks need it). */
  textLength: () => number;
}

/** Text besides the link that an entry may carry ("— 3 min read", "2h ago", "by Ann Lee"), in letters and digits. */
const MAX_ENTRY_TEXT = 30;
/**
 * Text around the links of a line of several ("and", "y", "und", "1."), in letters and digits: more
 * makes it a sentence, read as prose (keyword links among prose are read apart, see `block`).
 */
const MAX_JOINER_TEXT = 3;
/** HTML elements read as one entry are small: a bound on the work per element, however deep they nest. */
const MAX_ELEMENT_LENGTH = 2_000;
/** Labels are short: a longer text before a link is never read as one. */
const MAX_LABEL_LETTERS = 60;
/** The teaser paragraph under a heading that is a link, in characters of source. */
const MAX_TEASER_SOURCE = 400;
/** A paragraph that may be a label, in characters of source (markup included). */
const MAX_LABEL_SOURCE = 300;
/** Elements that can hold one entry (or one line of links). */
const ENTRY_TAGS = new Set([
  'a', 'li', 'p', 'div', 'span', 'strong', 'b', 'em', 'i', 'u', 'small', 'font', 'mark', 'cite', 'h2', 'h3', 'h4', 'h5', 'h6',
  'dt', 'dd', 'td', 'th', 'tr', 'article', 'section', 'figure', 'figcaption', 'header', 'footer', 'aside', 'nav', 'center', 'blockquote',
]);
/** Elements that stand as a line of their own ("<p><b>Also read:</b> <a>…</a></p>"). */
const LINE_TAGS = new Set(['p', 'div', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'td', 'blockquote']);
/** Elements between entries that do not end a run. */
const SPACERS = new Set(['br', 'wbr', 'hr']);

/** Where a link stands in the text; an image outside links (a thumbnail) is a spot without a link, read as nothing. */
interface Spot {
  start: number;
  end: number;
  link: ContentLink | null;
}

/** What one line (or entry) holds: its distinct links, a label before them, and whether it is nothing but links. */
interface Reading {
  links: ContentLink[];
  label: string | null;
  /** Nothing but links, and a label or a little text. */
  linkOnly: boolean;
  /** No letters or digits at all (blank, markup, separators). */
  blank: boolean;
  /** Letters and digits besides the links and the label. */
  textLength: number;
}

/** The document's link runs in order; `byNode`/`byElement` map Markdown links and `<a>` elements to their links. */
export function linkListsOf(document: LintDocument, byNode: Map<Nodes, ContentLink>, byElement: Map<HtmlElement, ContentLink>): LinkList[] {
  return new Reader(document, byNode, byElement).read();
}

class Reader {
  readonly #document: LintDocument;
  readonly #text: string;
  readonly #spots: Spot[] = [];
  readonly #byElement: Map<HtmlElement, ContentLink>;
  readonly #runs: LinkList[] = [];
  /** Lines that carry a label and one link, by link: the outermost entry of each. */
  readonly #labelled = new Map<ContentLink, LinkEntry>();

  constructor(document: LintDocument, byNode: Map<Nodes, ContentLink>, byElement: Map<HtmlElement, ContentLink>) {
    this.#document = document;
    this.#text = document.text;
    this.#byElement = byElement;
    for (const [node, link] of byNode) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) this.#spots.push({ start, end, link });
    }
    for (const [element, link] of byElement) this.#spots.push({ start: element.startOffset, end: element.endOffset, link });
    for (const image of [...document.nodesOfType('image'), ...document.nodesOfType('imageReference')]) {
      const start = image.position?.start.offset;
      const end = image.position?.end.offset;
      if (start !== undefined && end !== undefined) this.#spots.push({ start, end, link: null });
    }
    // Outer spots first where two start together, so that a link inside another is skipped.
    this.#spots.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  read(): LinkList[] {
    if (this.#spots.length === 0) return [];
    this.#readLists();
    this.#readParagraphs();
    this.#readTables();
    this.#readHeadings();
    this.#readHtml();
    const lines = [...this.#labelled.values()].sort((a, b) => a.startOffset - b.startOffset);
    const first = lines[0];
    const last = lines.at(-1);
    if (first && last && lines.length >= 2) {
      this.#runs.push({ kind: 'lines', links: lines.map((entry) => entry.link), entries: lines, span: this.#document.lines.span(first.startOffset, first.endOffset), startOffset: first.startOffset, endOffset: last.endOffset, label: null, textLength: () => 0 });
    }
    return claimed(this.#runs, (start, end) => this.#document.lines.span(start, end));
  }

  /** Markdown lists: items that are a single paragraph of nothing but a link. */
  #readLists(): void {
    for (const node of this.#document.nodesOfType('list') as ReadonlyArray<List>) {
      const entries = node.children.map((item) => {
        const paragraph = item.children.length === 1 && item.children[0]?.type === 'paragraph' ? item.children[0] : null;
        const range = paragraph ? rangeOf(paragraph) : null;
        const itemRange = rangeOf(item);
        if (!range || !itemRange || !this.#hasSpot(range.start, range.end)) return null;
        const reading = this.#readRange(range.start, range.end);
        this.#noteLabelled(reading, itemRange.start, itemRange.end);
        return reading.linkOnly && reading.links.length > 0 ? this.#entries(reading, itemRange.start, itemRange.end) : null;
      });
      this.#addRuns('list', entries, (run) => run);
    }
  }

  /** Consecutive paragraphs (nothing between them but blank lines) whose every line is nothing but links. */
  #readParagraphs(): void {
    let run: LinkEntry[] = [];
    let runLabel: { text: string; start: number } | null = null;
    let previousEnd = -1;
    const flush = () => {
      if (run.length >= 2) this.#pushRun('paragraphs', run, run[0]?.startOffset ?? 0, run.at(-1)?.endOffset ?? 0, runLabel);
      run = [];
      runLabel = null;
    };
    for (const paragraph of this.#document.nodesOfType('paragraph') as ReadonlyArray<Paragraph>) {
      const range = rangeOf(paragraph);
      if (!range) continue;
      if (previousEnd === -1 || !blankBetween(this.#text, previousEnd, range.start)) flush();
      previousEnd = range.end;
      if (!this.#hasSpot(range.start, range.end)) {
        // Prose without links ends a run; a short paragraph may be the label of the next one.
        flush();
        const reading = range.end - range.start <= MAX_LABEL_SOURCE ? this.#readRange(range.start, range.end) : null;
        if (reading?.label) runLabel = { text: reading.label, start: range.start };
        continue;
      }
      const lines = this.#paragraphLines(range.start, range.end);
      const labelOnly = lines[0] && lines[0].reading.links.length === 0 && lines[0].reading.label !== null;
      if (!lines.every(({ reading }, index) => reading.linkOnly || reading.blank || (index === 0 && labelOnly))) {
        flush();
        const links = this.#linksIn(range.start, range.end);
        const entries = links.map((link) => ({ link, startOffset: range.start, endOffset: range.end, label: null }));
        this.#pushBlock(entries, range.start, range.end, () => this.#readRange(range.start, range.end, false).textLength);
        continue;
      }
      if (labelOnly) {
        flush();
        runLabel = { text: lines[0]?.reading.label ?? '', start: lines[0]?.start ?? range.start };
      }
      for (const { reading, start, end } of lines) {
        if (reading.links.length === 0) continue;
        if (run.length === 0 && !runLabel && reading.label) runLabel = { text: reading.label, start };
        run.push(...this.#entries(reading, start, end));
      }
    }
    flush();
  }

  /** The lines of a paragraph (cut at line ends outside links), each read up to the first line of prose; labelled lines are noted. */
  #paragraphLines(start: number, end: number): Array<{ reading: Reading; start: number; end: number }> {
    const lines: Array<{ reading: Reading; start: number; end: number }> = [];
    let lineStart = start;
    let spot = this.#firstSpotAt(start);
    for (let index = this.#text.indexOf('\n', start); lineStart < end; index = this.#text.indexOf('\n', index + 1)) {
      const lineEnd = index === -1 || index >= end ? end : index;
      // A line end inside a link (its text wraps) does not end the line.
      while (spot < this.#spots.length && (this.#spots[spot] as Spot).end <= lineEnd) spot++;
      const inside = spot < this.#spots.length && (this.#spots[spot] as Spot).start < lineEnd && (this.#spots[spot] as Spot).end > lineEnd;
      if (inside && lineEnd < end) continue;
      // A line without links is a label only as the paragraph's first ("**Related:**" above links).
      const reading = this.#readRange(lineStart, lineEnd, lines.length === 0);
      this.#noteLabelled(reading, lineStart, lineEnd);
      lines.push({ reading, start: lineStart, end: lineEnd });
      // A line of prose makes the paragraph prose: the rest is not read line by line.
      if (!reading.linkOnly && !reading.blank && !(lines.length === 1 && reading.label)) break;
      lineStart = lineEnd + 1;
      if (index === -1) break;
    }
    return lines;
  }

  /**
   * Headings that are nothing but a link each, one after the other, each followed by a teaser of a
   * paragraph at most ("### [Headline](…)" and two lines of bait): a news site's river pasted in.
   */
  #readHeadings(): void {
    const entries: Array<LinkEntry[] | null> = [];
    let previousEnd = -1;
    for (const heading of this.#document.nodesOfType('heading')) {
      const range = rangeOf(heading);
      if (!range) continue;
      if (previousEnd !== -1 && !blankBetween(this.#text, previousEnd, range.start)) entries.push(null);
      const reading = this.#hasSpot(range.start, range.end) ? this.#readRange(range.start, range.end) : null;
      if (reading?.linkOnly && reading.links.length === 1) {
        const end = this.#teaserEnd(range.end);
        entries.push(this.#entries(reading, range.start, end));
        previousEnd = end;
      } else {
        entries.push(null);
        previousEnd = -1;
      }
    }
    this.#addRuns('headings', entries, (run) => run);
  }

  /** The end of the short paragraph without links just after `offset` (a teaser), or `offset`. */
  #teaserEnd(offset: number): number {
    let start = offset;
    while (start < this.#text.length && /\s/.test(this.#text[start] as string)) start++;
    const blank = this.#text.indexOf('\n\n', start);
    let end = blank === -1 ? this.#text.length : blank;
    // The file's last line break is not the teaser's.
    while (end > start && /\s/.test(this.#text[end - 1] as string)) end--;
    const teaser = end - start <= MAX_TEASER_SOURCE && start < end && !/^(?:#|<|[-*+] |\d+[.)] |```|~~~|\|)/.test(this.#text.slice(start, start + 4));
    return teaser && !this.#hasSpot(start, end) ? end : offset;
  }

  /**
   * Tables: consecutive body rows whose cells are links, or one link and a little text (a date, a
   * reading time). Rows are read as lines of the table's text: the fast reader keeps a table whole.
   */
  #readTables(): void {
    for (const table of this.#document.nodesOfType('table') as ReadonlyArray<Table>) {
      const range = rangeOf(table);
      if (!range) continue;
      const rows: Array<{ start: number; end: number }> = [];
      for (let start = range.start; start < range.end; ) {
        const newline = this.#text.indexOf('\n', start);
        const end = newline === -1 || newline > range.end ? range.end : newline;
        rows.push({ start, end });
        start = end + 1;
      }
      const [header, , ...body] = rows;
      if (!header) continue;
      const entries = body.map((row) => {
        const reading = this.#readRange(row.start, row.end);
        return reading.linkOnly && reading.links.length > 0 ? this.#entries(reading, row.start, row.end) : null;
      });
      const headerText = plainText(this.#text.slice(header.start, header.end));
      const whole = entries.every((entry) => entry !== null);
      this.#addRuns('table', entries, (run) => ({
        ...run,
        startOffset: whole ? range.start : run.startOffset,
        endOffset: whole ? range.end : run.endOffset,
        // A table of links under a one-cell header ("| Related articles |") has its label inside.
        label: labelKind(headerText)
          ? { text: headerText, span: this.#document.lines.span(header.start, header.end), startOffset: header.start }
          : this.#labelBefore(whole ? range.start : run.startOffset),
      }));
    }
  }

  /** HTML: the children of one element (or the top-level elements next to each other) that are one entry each. */
  #readHtml(): void {
    const html = this.#document.html();
    // Elements nest: each is read at most once, and all of them together read a bounded amount of text.
    let budget = 4 * this.#text.length + 100_000;
    const readings = new Map<HtmlElement, Reading | null>();
    const readingOf = (element: HtmlElement): Reading | null => {
      let reading = readings.get(element);
      if (reading !== undefined) return reading;
      const length = element.endOffset - element.startOffset;
      reading = null;
      if (element.tagName === 'a') reading = this.#anchorReading(element);
      else if (ENTRY_TAGS.has(element.tagName) && length <= MAX_ELEMENT_LENGTH && budget >= length) {
        budget -= length;
        reading = this.#readRange(element.startOffset, element.endOffset);
      }
      readings.set(element, reading);
      return reading;
    };
    // Elements without a parent are the fragments' roots, and MDX's JSX elements, which carry no
    // tree: the ones inside another (by offsets) are its children here.
    const topLevel: HtmlElement[] = [];
    const childrenOf = new Map<HtmlElement, HtmlElement[]>();
    const open: HtmlElement[] = [];
    for (const element of html.elements) {
      if (!element.parent) {
        while (open.length > 0 && (open.at(-1) as HtmlElement).endOffset <= element.startOffset) open.pop();
        const container = open.at(-1);
        if (container) {
          const children = childrenOf.get(container);
          if (children) children.push(element);
          else childrenOf.set(container, [element]);
        } else topLevel.push(element);
        open.push(element);
      }
      if (LINE_TAGS.has(element.tagName)) {
        const reading = readingOf(element);
        if (reading) this.#noteLabelled(reading, element.startOffset, element.endOffset);
        if (reading && !reading.linkOnly) this.#pushBlock(this.#entries(reading, element.startOffset, element.endOffset), element.startOffset, element.endOffset, () => reading.textLength);
      }
    }
    const readSiblings = (siblings: HtmlElement[], parent: HtmlElement | null) => {
      const entries: Array<LinkEntry[] | null> = [];
      let label: { text: string; start: number } | null = null;
      for (const child of siblings) {
        if (SPACERS.has(child.tagName)) continue;
        const reading = readingOf(child);
        if (reading && reading.links.length === 0 && reading.label && entries.every((entry) => entry === null)) {
          label = { text: reading.label, start: child.startOffset };
          entries.length = 0;
          continue;
        }
        entries.push(reading?.linkOnly && reading.links.length > 0 ? this.#entries(reading, child.startOffset, child.endOffset) : null);
      }
      this.#addRuns('html', entries, (run) => {
        const whole = parent && entries.every((entry) => entry !== null) ? outermostWrapper(parent) : null;
        const startOffset = whole?.startOffset ?? label?.start ?? run.startOffset;
        return {
          ...run,
          startOffset,
          endOffset: whole?.endOffset ?? run.endOffset,
          label: label ? { text: label.text, span: this.#document.lines.span(label.start, label.start + label.text.length), startOffset: label.start } : this.#labelBefore(startOffset),
        };
      });
    };
    for (const element of html.elements) {
      const children = element.children.length > 0 ? element.children : (childrenOf.get(element) ?? []);
      // Prose between the children ("Hello <a>…</a> world <a>…</a>") is no run.
      if (children.length >= 2 && meaningfulIn(element.text, 0, element.text.length) <= MAX_ENTRY_TEXT) readSiblings(children, element);
    }
    // Top-level elements are siblings when nothing but blank space and separators stands between them.
    let group: HtmlElement[] = [];
    for (const element of topLevel) {
      const previous = group.at(-1);
      if (previous && !(element.startOffset - previous.endOffset <= 200 && meaningfulIn(this.#text, previous.endOffset, element.startOffset) === 0)) {
        if (group.length >= 2) readSiblings(group, null);
        group = [];
      }
      group.push(element);
    }
    if (group.length >= 2) readSiblings(group, null);
  }

  #anchorReading(element: HtmlElement): Reading {
    const link = this.#byElement.get(element);
    return link ? { links: [link], label: null, linkOnly: true, blank: false, textLength: 0 } : { links: [], label: null, linkOnly: false, blank: true, textLength: 0 };
  }

  /** Runs of consecutive entries (`null` ends a run) become link lists of `kind`, shaped by `finish`. */
  #addRuns(kind: LinkListKind, entries: Array<LinkEntry[] | null>, finish: (run: LinkList) => LinkList): void {
    let run: LinkEntry[] = [];
    const flush = () => {
      const first = run[0];
      const last = run.at(-1);
      if (first && last && run.length >= 2) this.#runs.push(finish(this.#list(kind, run, first.startOffset, last.endOffset, this.#labelBefore(first.startOffset))));
      run = [];
    };
    for (const entry of entries) {
      if (entry) run.push(...entry);
      else flush();
    }
    flush();
  }

  #pushRun(kind: LinkListKind, run: LinkEntry[], start: number, end: number, label: { text: string; start: number } | null): void {
    if (!label) {
      this.#runs.push(this.#list(kind, run, start, end, this.#labelBefore(start)));
      return;
    }
    const span = this.#document.lines.span(label.start, label.start + label.text.length);
    this.#runs.push(this.#list(kind, run, label.start, end, { text: label.text, span, startOffset: label.start }));
  }

  #list(kind: LinkListKind, entries: LinkEntry[], start: number, end: number, label: LinkList['label'], textLength = () => 0): LinkList {
    const first = entries[0] as LinkEntry;
    const last = entries.at(-1) as LinkEntry;
    const span = this.#document.lines.span(first.startOffset, last.endOffset);
    return { kind, links: entries.map((entry) => entry.link), entries, span, startOffset: start, endOffset: end, label, textLength };
  }

  /** A paragraph of prose with three links or more, for the keyword-link check. */
  #pushBlock(entries: LinkEntry[], start: number, end: number, textLength: () => number): void {
    if (entries.length >= 3) this.#runs.push({ ...this.#list('block', entries, start, end, null, textLength), span: this.#document.lines.span(start, end) });
  }

  #entries(reading: Reading, start: number, end: number): LinkEntry[] {
    return reading.links.map((link) => ({ link, startOffset: start, endOffset: end, label: reading.label }));
  }

  /** A line with a label and one link ("Also read: [x](…)") is kept, its outermost entry for each link. */
  #noteLabelled(reading: Reading, start: number, end: number): void {
    const link = reading.links[0];
    if (!reading.linkOnly || !reading.label || reading.links.length !== 1 || !link) return;
    const kept = this.#labelled.get(link);
    if (!kept || end - start > kept.endOffset - kept.startOffset) {
      this.#labelled.set(link, { link, startOffset: start, endOffset: end, label: reading.label });
    }
  }

  /**
   * Reads the links and text of `[start, end)`: the links (each address once), a label before the
   * first, and how much else stands there. Text is measured in place, without copying it: this runs
   * for every list item, paragraph line and small HTML element.
   */
  #readRange(start: number, end: number, labelWithoutLinks = true): Reading {
    const links: ContentLink[] = [];
    const addresses = new Map<string, number>();
    // Letters and digits before each link, and where the text before the first link ends.
    const gaps: number[] = [];
    let firstLinkAt = end;
    let pending = 0;
    let at = start;
    for (let index = this.#firstSpotAt(start); index < this.#spots.length; index++) {
      const spot = this.#spots[index] as Spot;
      if (spot.start >= end) break;
      // A link inside another, or one reaching past the range, is not this range's.
      if (spot.start < at || spot.end > end) continue;
      pending += meaningfulIn(this.#text, at, spot.start);
      at = spot.end;
      // An image (a thumbnail): its alt text and address are no text of the entry.
      if (!spot.link) continue;
      if (gaps.length === 0) firstLinkAt = spot.start;
      gaps.push(pending);
      pending = 0;
      const address = spot.link.url?.href ?? spot.link.raw;
      const seen = addresses.get(address);
      if (seen === undefined) {
        addresses.set(address, links.length);
        links.push(spot.link);
      } else if ((links[seen] as ContentLink).text === '' && spot.link.text !== '') {
        // A thumbnail and a title to one address: the title speaks for the entry.
        links[seen] = spot.link;
      }
    }
    const after = pending + meaningfulIn(this.#text, at, end);
    const beforeLength = gaps[0] ?? after;
    // Only a short text can be a label: the rest is never copied.
    const label = beforeLength > 0 && beforeLength <= MAX_LABEL_LETTERS && (links.length > 0 || labelWithoutLinks) ? this.#label(start, firstLinkAt) : null;
    if (links.length === 0) return { links, label, linkOnly: false, blank: beforeLength === 0, textLength: label ? 0 : beforeLength };
    const before = label ? 0 : beforeLength;
    const between = gaps.slice(1);
    const textLength = before + between.reduce((sum, length) => sum + length, 0) + after;
    const linkOnly =
      links.length === 1
        ? textLength <= MAX_ENTRY_TEXT
        : before <= MAX_JOINER_TEXT && between.every((length) => length <= MAX_JOINER_TEXT) && after <= MAX_JOINER_TEXT;
    return { links, label, linkOnly, blank: false, textLength };
  }

  /** The text of `[start, end)` when it is a label ("Also read:", "**Baca juga:**"), as written. */
  #label(start: number, end: number): string | null {
    if (!opensLabel(firstWord(this.#text, start, end))) return null;
    const text = plainText(this.#text.slice(start, end));
    return labelKind(text) ? text : null;
  }

  /** The links in `[start, end)`, each address once. */
  #linksIn(start: number, end: number): ContentLink[] {
    const links = new Map<string, ContentLink>();
    for (let index = this.#firstSpotAt(start); index < this.#spots.length; index++) {
      const spot = this.#spots[index] as Spot;
      if (spot.start >= end) break;
      const address = spot.link?.url?.href ?? spot.link?.raw;
      if (spot.link && address !== undefined && spot.end <= end && !links.has(address)) links.set(address, spot.link);
    }
    return [...links.values()];
  }

  /** Whether a link or image starts in `[start, end)`. */
  #hasSpot(start: number, end: number): boolean {
    const index = this.#firstSpotAt(start);
    return index < this.#spots.length && (this.#spots[index] as Spot).start < end;
  }

  /** The index of the first spot that starts at or after `offset`. */
  #firstSpotAt(offset: number): number {
    let low = 0;
    let high = this.#spots.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.#spots[middle] as Spot).start < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The last line of text before `offset` (within four lines, in the body), as a label candidate. */
  #labelBefore(offset: number): LinkList['label'] {
    let end = offset;
    // Never the front matter's last line.
    const lines = this.#text.slice(Math.max(this.#document.bodyStart, offset - 400), offset).split('\n');
    for (let index = lines.length - 1, seen = 0; index >= 0 && seen < 4; index--, seen++) {
      const line = lines[index] ?? '';
      const lineStart = end - line.length;
      if (meaningfulIn(line, 0, line.length) > 0) {
        const plain = plainText(line);
        const start = lineStart + (line.length - line.trimStart().length);
        return { text: plain, span: this.#document.lines.span(start, start + line.trim().length), startOffset: start };
      }
      end = lineStart - 1;
    }
    return null;
  }
}

function rangeOf(node: Nodes): { start: number; end: number } | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : { start, end };
}

/** Whether only blank space (and block-quote markers) stands between two offsets. */
function blankBetween(text: string, start: number, end: number): boolean {
  if (end - start > 200) return false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 62) return false;
  }
  return true;
}

/** A list wrapped in elements that hold nothing else (`<div><ul>…</ul></div>`) is removed with them. */
function outermostWrapper(element: HtmlElement): HtmlElement {
  let current = element;
  while (current.parent && current.parent.children.length === 1 && current.parent.text.trim() === '') current = current.parent;
  return current;
}
