/**
 * The links, images and lists of a post, as a browser would see them: from Markdown and from raw
 * HTML alike, URLs entity-decoded (parse5 does that), trimmed, and protocol-relative ones resolved
 * against https. Code is never content. Computed once per document and shared by the spam rules.
 */
import type { ListItem, Nodes, Paragraph } from 'mdast';
import type { LintDocument } from '../engine/api.js';
import { spanOf } from '../engine/api.js';
import { textOf, type HtmlElement } from '../engine/api.js';
import type { Span } from '../engine/api.js';
import { absoluteUrl } from '../url/url.js';

export interface ContentLink {
  /** The absolute http(s) URL, or `null` for relative links, anchors and other schemes. */
  url: URL | null;
  raw: string;
  text: string;
  rel: string[];
  span: Span;
  /** The `<a>` element, for links written in HTML. */
  element: HtmlElement | null;
}

export interface ContentImage {
  url: URL | null;
  raw: string;
  span: Span;
  element: HtmlElement | null;
}

/** A run of list items that are nothing but a link each. */
export interface LinkList {
  links: ContentLink[];
  span: Span;
  /** Offsets of the whole list in the normalised text. */
  startOffset: number;
  endOffset: number;
  /** The text just before the list (a label such as "Also read:"), and where it starts. */
  label: { text: string; span: Span; startOffset: number } | null;
}

export interface Content {
  links: ContentLink[];
  images: ContentImage[];
  linkLists: LinkList[];
}

/** The document's links, images and link lists, read once and shared by the rules. */
export function contentOf(document: LintDocument): Content {
  return document.derive('links and images', () => readContent(document));
}

/** The text of a link or other node: its texts' values and images' alt, in order (without recursion: labels can nest deeply). */
function markdownText(node: Nodes): string {
  // Most links hold one text: no stack to build.
  if ('children' in node && node.children.length === 1 && node.children[0]?.type === 'text') return node.children[0].value;
  let text = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Nodes;
    if ('value' in current && typeof current.value === 'string') {
      if (current.type !== 'html') text += current.value;
    } else if ('children' in current) {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index] as Nodes);
    } else if (current.type === 'image') text += current.alt ?? '';
  }
  return text;
}

function readContent(document: LintDocument): Content {
  const links: ContentLink[] = [];
  const images: ContentImage[] = [];
  const linkLists: LinkList[] = [];
  const html = document.html();
  const byNode = new Map<Nodes, ContentLink>();

  // A reference (`[deal][1]`, `[deal]`, `![x][img]`) renders as a link or image to its definition's
  // URL (the first definition of a label wins, as in CommonMark): it is seen where it appears, as an
  // inline link is. A definition nothing refers to renders nothing.
  const definitions = new Map<string, string>();
  for (const node of document.nodesOfType('definition')) if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  const markdownLinks = [
    ...document.nodesOfType('link').map((node) => ({ node, url: node.url })),
    ...document.nodesOfType('linkReference').map((node) => ({ node, url: definitions.get(node.identifier) })),
  ];
  for (const { node, url } of markdownLinks) {
    if (!node.position || url === undefined) continue;
    const link: ContentLink = { url: absoluteUrl(url), raw: url, text: markdownText(node).trim(), rel: [], span: spanOf(node.position), element: null };
    links.push(link);
    byNode.set(node, link);
  }
  const markdownImages = [
    ...document.nodesOfType('image').map((node) => ({ node, url: node.url })),
    ...document.nodesOfType('imageReference').map((node) => ({ node, url: definitions.get(node.identifier) })),
  ];
  for (const { node, url } of markdownImages) {
    if (node.position && url !== undefined) images.push({ url: absoluteUrl(url), raw: url, span: spanOf(node.position), element: null });
  }
  // In document order, as the rules report them.
  links.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
  images.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
  const byElement = new Map<HtmlElement, ContentLink>();
  for (const element of html.elements) {
    if (element.tagName === 'a' && element.attributes.has('href')) {
      const raw = element.attributes.get('href') ?? '';
      const rel = (element.attributes.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const link: ContentLink = { url: absoluteUrl(raw), raw, text: textOf(element), rel, span: element.span, element };
      links.push(link);
      byElement.set(element, link);
    } else if (element.tagName === 'img' && element.attributes.has('src')) {
      const raw = element.attributes.get('src') ?? '';
      images.push({ url: absoluteUrl(raw), raw, span: element.span, element });
    }
  }

  // Markdown lists: items that are a single paragraph holding a single link.
  for (const node of document.nodesOfType('list')) {
    if (!node.position) continue;
    const items = node.children.map((item) => bareMarkdownLink(item, byNode));
    for (const run of runsOf(items)) {
      const first = node.children[run.start];
      const last = node.children[run.end - 1];
      if (!first?.position || !last?.position) continue;
      linkLists.push({
        links: run.links,
        span: { line: first.position.start.line, column: first.position.start.column, endLine: last.position.end.line, endColumn: last.position.end.column },
        startOffset: first.position.start.offset ?? 0,
        endOffset: last.position.end.offset ?? 0,
        label: labelBefore(document, first.position.start.offset ?? 0),
      });
    }
  }
  // HTML lists: <li> elements holding a single <a> and nothing else but whitespace.
  for (const element of html.elements) {
    if (element.tagName !== 'ul' && element.tagName !== 'ol') continue;
    const listItems = element.children.filter((child) => child.tagName === 'li');
    const items = listItems.map((item) => bareHtmlLink(item, byElement));
    for (const run of runsOf(items)) {
      const first = listItems[run.start] as HtmlElement;
      const last = listItems[run.end - 1] as HtmlElement;
      const outer = run.start === 0 && run.end === listItems.length ? outermostWrapper(element) : null;
      const start = outer?.startOffset ?? first.startOffset;
      const end = outer?.endOffset ?? last.endOffset;
      linkLists.push({
        links: run.links,
        span: document.lines.span(first.startOffset, last.endOffset),
        startOffset: start,
        endOffset: end,
        label: labelBefore(document, start),
      });
    }
  }
  linkLists.sort((a, b) => a.startOffset - b.startOffset);
  return { links, images, linkLists };
}

function bareMarkdownLink(item: ListItem, byNode: Map<Nodes, ContentLink>): ContentLink | null {
  if (item.children.length !== 1 || item.children[0]?.type !== 'paragraph') return null;
  const meaningful = (item.children[0] as Paragraph).children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const only = meaningful[0];
  return meaningful.length === 1 && (only?.type === 'link' || only?.type === 'linkReference') ? (byNode.get(only) ?? null) : null;
}

function bareHtmlLink(item: HtmlElement, byElement: Map<HtmlElement, ContentLink>): ContentLink | null {
  if (item.text.trim() !== '' || item.children.length !== 1) return null;
  const anchor = item.children[0] as HtmlElement;
  return anchor.tagName === 'a' ? (byElement.get(anchor) ?? null) : null;
}

function runsOf(items: Array<ContentLink | null>): Array<{ start: number; end: number; links: ContentLink[] }> {
  const runs: Array<{ start: number; end: number; links: ContentLink[] }> = [];
  let start = -1;
  items.forEach((item, index) => {
    if (item && start === -1) start = index;
    if (!item && start !== -1) {
      runs.push({ start, end: index, links: items.slice(start, index) as ContentLink[] });
      start = -1;
    }
  });
  if (start !== -1) runs.push({ start, end: items.length, links: items.slice(start) as ContentLink[] });
  return runs;
}

/** A list wrapped in elements that hold nothing else (`<div><ul>…</ul></div>`) is removed with them. */
function outermostWrapper(element: HtmlElement): HtmlElement {
  let current = element;
  while (current.parent && current.parent.children.length === 1 && current.parent.text.trim() === '') current = current.parent;
  return current;
}

/** The last line of text before `offset` (within three lines), as a label candidate. */
function labelBefore(document: LintDocument, offset: number): LinkList['label'] {
  const text = document.text;
  let end = offset;
  // Skip back over blank lines and tags that open the list (`<div>`, `<ul>`).
  const before = text.slice(Math.max(0, offset - 400), offset);
  const lines = before.split('\n');
  for (let index = lines.length - 1, seen = 0; index >= 0 && seen < 4; index--, seen++) {
    const line = lines[index] ?? '';
    const plain = line.replace(/<[^<>]{0,200}>/g, ' ').replace(/[#*_>\s]+/g, ' ').trim();
    const lineStart = end - line.length;
    if (plain !== '') {
      const start = lineStart + (line.length - line.trimStart().length);
      return { text: plain, span: document.lines.span(start, start + line.trim().length), startOffset: start };
    }
    end = lineStart - 1;
  }
  return null;
}
