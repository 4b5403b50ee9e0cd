/**
 * The links, images and lists of a post, as a browser would see them: from Markdown and from raw
 * HTML alike, URLs entity-decoded (parse5 does that), trimmed, and protocol-relative ones resolved
 * against https. Code is never content. Computed once per document and shared by the spam rules.
 */
import type { Nodes } from 'mdast';
import type { LintDocument } from '../engine/api.js';
import { spanOf } from '../engine/api.js';
import { textOf, type HtmlElement } from '../engine/api.js';
import type { Span } from '../engine/api.js';
import { absoluteUrl } from '../url/url.js';
import { linkListsOf, type LinkList } from './link-lists.js';

export type { LinkList };

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

  const linkLists = linkListsOf(document, byNode, byElement);
  return { links, images, linkLists };
}
