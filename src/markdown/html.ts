/**
 * The raw HTML of a Markdown tree, as a browser would see it: re-parsed with parse5, a
 * spec-compliant HTML parser, so entity encoding, upper case, unquoted attributes and elements
 * split over several Markdown nodes are all seen. In MDX, lower-case JSX elements are HTML elements
 * and `{/* … *\/}` comments carry directives. Every position is a position in the original file.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { Nodes, Parents, Root } from 'mdast';
import type { LineIndex } from '../text/line-index.js';
import type { Span } from '../text/span.js';
import { readMdx } from './mdx-html.js';
import { readSimpleFragment } from './simple-html.js';
import { templateElements } from './template-elements.js';
import { mergeRanges, type TemplateContent } from './templates.js';

export interface HtmlElement {
  /** Lower-case tag name. */
  tagName: string;
  /** Attribute names lower-cased and values entity-decoded, as the browser would read them. */
  attributes: ReadonlyMap<string, string>;
  /** The start tag, where findings about the element point. */
  span: Span;
  /** Offsets of the whole element in the document's normalised text. */
  startOffset: number;
  endOffset: number;
  /** Direct text content (for `<script>` and `<style>`, their source). */
  text: string;
  /** The enclosing element within the same HTML fragment, if any. */
  parent: HtmlElement | null;
  children: HtmlElement[];
}

/** Whether one of the element's ancestors is in `set`. */
export function hasAncestorIn(element: HtmlElement, set: ReadonlySet<HtmlElement>): boolean {
  for (let parent = element.parent; parent; parent = parent.parent) if (set.has(parent)) return true;
  return false;
}

/** All text inside an element, its descendants' included, whitespace collapsed. */
export function textOf(element: HtmlElement): string {
  const parts: string[] = [];
  // Without recursion: elements can nest as deep as the file allows.
  const stack = [element];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlElement;
    parts.push(node.text);
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as HtmlElement);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export interface HtmlComment {
  data: string;
  span: Span;
  startOffset: number;
  endOffset: number;
}

export interface HtmlContent {
  elements: HtmlElement[];
  comments: HtmlComment[];
  /** MDX components (`<AdSense client="…" />`, `<Link to="…">`): what they render is up to their code; their constant props are known. */
  components: HtmlElement[];
  /** MDX: absolute URLs written as strings in its code (`export const BOOKS = [{ url: "https://…" }]`), which it may render as links. */
  codeUrls: Array<{ value: string; span: Span }>;
}

export const NO_HTML: HtmlContent = Object.freeze({ elements: [], comments: [], components: [], codeUrls: [] }) as HtmlContent;

/** Phrasing containers whose HTML pieces are joined into one fragment (`<script>` … text … `</script>`). */
const PHRASING_ROOTS = new Set(['paragraph', 'heading', 'tableCell']);

/** Every HTML element and comment in the Markdown tree, code blocks and inline code excluded. */
export function extractHtml(root: Root, text: string, lines: LineIndex, mdx = true, templates: TemplateContent | null = null): HtmlContent {
  const inert = templates?.inert ?? [];
  const content: HtmlContent = { elements: [], comments: [], components: [], codeUrls: [] };
  let tags = 0;
  for (const region of htmlRegions(root, text)) {
    // Counted before parse5 builds its tree: no element or comment without a `<`.
    tags += countTagOpeners(text, region.start, region.end);
    if (tags > MAX_HTML_TAGS) throw new Error(`over ${MAX_HTML_TAGS.toLocaleString('en')} HTML start tags and comments`);
    // Code inside the region is text, never markup, and so is what the generator's template tags
    // render as code (`{% highlight %}`): blank it out, keeping every offset.
    let html = '';
    let at = region.start;
    for (const [start, end] of blanks(region, inert)) {
      html += text.slice(at, start) + ' '.repeat(end - start);
      at = end;
    }
    html += text.slice(at, region.end);
    readFragment(html, region.start, lines, content);
  }
  // What the generator's tags render (`{% iframe … %}`, `{{< figure … >}}`).
  if (templates) content.elements.push(...templateElements(templates, lines));
  // Only an MDX tree has JSX and expressions.
  if (mdx) readMdx(root, text, lines, content, (html, offset) => readFragment(html, offset, lines, content));
  if (content.elements.length > MAX_HTML_TAGS) throw new Error(`over ${MAX_HTML_TAGS.toLocaleString('en')} HTML start tags and comments`);
  content.elements.sort((a, b) => a.startOffset - b.startOffset);
  content.comments.sort((a, b) => a.startOffset - b.startOffset);
  return content;
}

/** The region's inline code and the inert template ranges that overlap it, clamped to it, in order and disjoint. */
function blanks(region: HtmlRegion, inert: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [...region.code];
  for (const [start, end] of inert) if (start < region.end && end > region.start) ranges.push([Math.max(start, region.start), Math.min(end, region.end)]);
  return ranges.length === region.code.length ? ranges : mergeRanges(ranges);
}

/**
 * Most HTML start tags and comments (counted as the `<` that opens them) read from one file. The real sites of ../shared/corpus have
 * at most 2,401 elements and comments in a file; a 1 MB table of 120,000 cells of `<b><b>` took
 * 667 MB. Beyond this the file is reported as too complex to check (never a silent pass), in
 * bounded memory.
 */
const MAX_HTML_TAGS = 100_000;

/** The `<` in a range that may open an element or a comment (not a closing tag's `</`). */
function countTagOpeners(text: string, start: number, end: number): number {
  let count = 0;
  for (let index = text.indexOf('<', start); index !== -1 && index < end; index = text.indexOf('<', index + 1)) if (text.charCodeAt(index + 1) !== 47) count++;
  return count;
}

interface HtmlRegion {
  start: number;
  end: number;
  /** Inline code within the region. */
  code: Array<[number, number]>;
}

/** Text that a browser-facing renderer might take for a tag even where micromark did not (`<img src=a/b>`). */
const TAG_LIKE = /<[A-Za-z!/?]/;

/**
 * The stretches of raw HTML to parse: a run of consecutive HTML blocks is one stretch (an ad block
 * is often a comment block, an element block and another comment), and a paragraph, heading or
 * table cell with inline HTML — or text that looks like a tag — is parsed whole, so an element split
 * over several Markdown nodes is seen as one.
 */
function htmlRegions(root: Root, text: string): HtmlRegion[] {
  const regions: HtmlRegion[] = [];
  // The next `<` of the text at or after where it was last looked for (containers are visited in
  // order); the text's length when there is none.
  let nextTag = -1;
  // Containers in document order, without recursion (they nest as deep as the file allows): each
  // frame goes through its children, and a child container's frame is finished before its next sibling.
  const frames: Array<{ children: Nodes[]; index: number; run: HtmlRegion | null }> = [{ children: root.children as Nodes[], index: 0, run: null }];
  while (frames.length > 0) {
    const frame = frames.at(-1) as (typeof frames)[number];
    if (frame.index === frame.children.length) {
      if (frame.run) regions.push(frame.run);
      frames.pop();
      continue;
    }
    const child = frame.children[frame.index++] as Nodes;
    if (child.type === 'html') {
      if (frame.run) frame.run.end = offsetOf(child, 'end');
      else frame.run = { start: offsetOf(child, 'start'), end: offsetOf(child, 'end'), code: [] };
      continue;
    }
    if (frame.run) regions.push(frame.run);
    frame.run = null;
    if (!('children' in child)) continue;
    if (!PHRASING_ROOTS.has(child.type)) {
      frames.push({ children: child.children as Nodes[], index: 0, run: null });
      continue;
    }
    // Without a `<` in its source, a paragraph has no HTML, nor text an HTML parser would read as some.
    const start = offsetOf(child, 'start');
    if (nextTag < start) {
      nextTag = text.indexOf('<', start);
      if (nextTag === -1) nextTag = text.length;
    }
    if (nextTag >= offsetOf(child, 'end')) continue;
    const found = inspectPhrasing(child);
    if (found.html) regions.push({ start, end: offsetOf(child, 'end'), code: found.code });
  }
  return regions;
}

/** Whether phrasing content holds HTML (or text that looks like a tag), and where its inline code is, in order. */
function inspectPhrasing(node: Parents): { html: boolean; code: Array<[number, number]> } {
  const found = { html: false, code: [] as Array<[number, number]> };
  const stack = [...(node.children as Nodes[])].reverse();
  while (stack.length > 0) {
    const child = stack.pop() as Nodes;
    if (child.type === 'html' || (child.type === 'text' && TAG_LIKE.test(child.value))) found.html = true;
    else if (child.type === 'inlineCode') found.code.push([offsetOf(child, 'start'), offsetOf(child, 'end')]);
    if ('children' in child) for (let index = child.children.length - 1; index >= 0; index--) stack.push(child.children[index] as Nodes);
  }
  return found;
}

function offsetOf(node: Nodes, edge: 'start' | 'end'): number {
  return node.position?.[edge].offset ?? 0;
}

type Parse5Node = DefaultTreeAdapterMap['node'];
type Parse5Element = DefaultTreeAdapterMap['element'];

/** A fragment's elements and comments: read directly when it is simple HTML (simple-html.ts), by parse5 otherwise. */
function readFragment(html: string, offset: number, lines: LineIndex, into: HtmlContent): void {
  if (!readSimpleFragment(html, offset, lines, into)) readParse5Fragment(html, offset, lines, into);
}

/** A fragment's elements and comments as parse5 builds them (exported for the test that compares the two). */
export function readParse5Fragment(html: string, offset: number, lines: LineIndex, into: HtmlContent): void {
  // Without scripting, `<noscript>` holds elements, not text: the Meta and Google Ads pixels live there.
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const stack: Array<{ node: Parse5Node; parent: HtmlElement | null }> = [...fragment.childNodes].reverse().map((node) => ({ node, parent: null }));
  while (stack.length > 0) {
    const { node, parent } = stack.pop() as { node: Parse5Node; parent: HtmlElement | null };
    const location = 'sourceCodeLocation' in node ? node.sourceCodeLocation : null;
    if (node.nodeName === '#comment' && location) {
      const start = offset + location.startOffset;
      const end = offset + location.endOffset;
      into.comments.push({ data: (node as DefaultTreeAdapterMap['commentNode']).data, span: lines.span(start, end), startOffset: start, endOffset: end });
    } else if ('tagName' in node) {
      const element = node as Parse5Element;
      let created: HtmlElement | null = null;
      if (location) {
        const startTag = (location as { startTag?: { startOffset: number; endOffset: number } }).startTag ?? location;
        const attributes = new Map<string, string>();
        for (const attribute of element.attrs) {
          if (!attributes.has(attribute.name)) attributes.set(attribute.name, attribute.value);
        }
        created = {
          tagName: element.tagName,
          attributes,
          span: lines.span(offset + startTag.startOffset, offset + startTag.endOffset),
          startOffset: offset + location.startOffset,
          endOffset: offset + location.endOffset,
          text: textContent(element),
          parent,
          children: [],
        };
        parent?.children.push(created);
        into.elements.push(created);
      }
      const children = element.tagName === 'template' ? (element as DefaultTreeAdapterMap['template']).content.childNodes : element.childNodes;
      for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index] as Parse5Node, parent: created ?? parent });
    }
  }
}

function textContent(element: Parse5Element): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeName === '#text') text += (child as DefaultTreeAdapterMap['textNode']).value;
  }
  return text;
}
