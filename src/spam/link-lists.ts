/**
 * Runs of list items that are nothing but a link each — in Markdown lists and HTML `<ul>`/`<ol>` —
 * with the label just before them ("Also read:"): the shape of a link farm's block.
 */
import type { ListItem, Nodes, Paragraph } from 'mdast';
import type { HtmlElement, LintDocument, Span } from '../engine/api.js';
import type { ContentLink } from './content.js';

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

/** The document's link lists, in order; `byNode`/`byElement` map Markdown links and `<a>` elements to their links. */
export function linkListsOf(document: LintDocument, byNode: Map<Nodes, ContentLink>, byElement: Map<HtmlElement, ContentLink>): LinkList[] {
  const linkLists: LinkList[] = [];
  const html = document.html();
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
  return linkLists;
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
