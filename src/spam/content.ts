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
import { absoluteUrl, registrableDomain } from '../url/url.js';
import { inRanges } from '../engine/api.js';
import { linkListsOf, type LinkList } from './link-lists.js';

export type { LinkList };

export interface ContentLink {
  /** The absolute http(s) URL, or `null` for relative links, anchors and other schemes. */
  url: URL | null;
  /** Its host (in lower case, as `URL` gives it) and registrable domain (`example.co.uk`), read once for the rules that compare them; empty without a URL. */
  host: string;
  domain: string;
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

/** A URL a post holds that is neither a link nor an image: it is fetched, submitted or shown all the same. */
export interface ContentUrl {
  url: URL;
  raw: string;
  /** Where it is written: `definition` (a reference definition nothing refers to), or the attribute or prop (`srcset`, `action`, `poster`, `to`). */
  where: string;
  span: Span;
  element: HtmlElement | null;
}

export interface Content {
  links: ContentLink[];
  images: ContentImage[];
  /**
   * Every other absolute URL in the post: definitions nothing refers to, `srcset` candidates, form
   * actions, posters, `data-src` and the like, and MDX components' constant props. With `links` and
   * `images`, every URL the post holds, however it is written.
   */
  urls: ContentUrl[];
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
  // What the generator renders as code or not at all (`{% highlight %}`) holds no link or image.
  const { inert } = document.templates();
  const live = (node: Nodes) => node.position !== undefined && (inert.length === 0 || !inRanges(inert, node.position.start.offset ?? 0));
  const definitions = new Map<string, string>();
  for (const node of document.nodesOfType('definition')) if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  const referenced = new Set<string>();
  const markdownLinks = [
    ...document.nodesOfType('link').map((node) => ({ node, url: node.url })),
    ...document.nodesOfType('linkReference').map((node) => ({ node, url: definitions.get(node.identifier) })),
  ];
  for (const { node, url } of markdownLinks) {
    if (!node.position || url === undefined || !live(node)) continue;
    const link = contentLink(url, markdownText(node).trim(), [], spanOf(node.position), null);
    links.push(link);
    byNode.set(node, link);
  }
  const markdownImages = [
    ...document.nodesOfType('image').map((node) => ({ node, url: node.url })),
    ...document.nodesOfType('imageReference').map((node) => ({ node, url: definitions.get(node.identifier) })),
  ];
  for (const node of document.nodesOfType('linkReference')) referenced.add(node.identifier);
  for (const node of document.nodesOfType('imageReference')) referenced.add(node.identifier);
  for (const { node, url } of markdownImages) {
    if (node.position && url !== undefined && live(node)) images.push({ url: absoluteUrl(url), raw: url, span: spanOf(node.position), element: null });
  }
  // In document order, as the rules report them.
  links.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
  images.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
  const byElement = new Map<HtmlElement, ContentLink>();
  for (const element of html.elements) {
    if (element.tagName === 'a' && element.attributes.has('href')) {
      const raw = element.attributes.get('href') ?? '';
      const rel = (element.attributes.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const link = contentLink(raw, textOf(element), rel, element.span, element);
      links.push(link);
      byElement.set(element, link);
    } else if (element.tagName === 'img' && element.attributes.has('src')) {
      const raw = element.attributes.get('src') ?? '';
      images.push({ url: absoluteUrl(raw), raw, span: element.span, element });
    }
  }

  const urls = otherUrls(document, referenced, live);
  const linkLists = linkListsOf(document, byNode, byElement);
  return { links, images, urls, linkLists };
}

function contentLink(raw: string, text: string, rel: string[], span: Span, element: HtmlElement | null): ContentLink {
  const url = absoluteUrl(raw);
  const host = url ? url.hostname : '';
  return { url, host, domain: host ? registrableDomain(host) : '', raw, text, rel, span, element };
}

/** Attributes that hold one URL the browser fetches or submits to, on any element but the `<a href>` and `<img src>` read as links and images. */
const URL_ATTRIBUTES = ['href', 'src', 'data-src', 'data-href', 'data-url', 'data-original', 'data-lazy-src', 'action', 'formaction', 'poster', 'data', 'background', 'cite', 'ping', 'to'];
/** Attributes that hold a list of `URL descriptor` candidates. */
const SRCSET_ATTRIBUTES = ['srcset', 'data-srcset'];

/** Every URL that is neither a link nor an image (see `Content.urls`), in document order. */
function otherUrls(document: LintDocument, referenced: ReadonlySet<string>, live: (node: Nodes) => boolean): ContentUrl[] {
  const urls: ContentUrl[] = [];
  const add = (raw: string, where: string, span: Span, element: HtmlElement | null) => {
    const url = absoluteUrl(raw);
    if (url) urls.push({ url, raw, where, span, element });
  };
  // A definition nothing refers to renders nothing, but it is a URL the post carries: the next edit may refer to it.
  for (const node of document.nodesOfType('definition')) {
    if (!referenced.has(node.identifier) && live(node) && node.position) add(node.url, 'definition', spanOf(node.position), null);
  }
  const html = document.html();
  for (const element of [...html.elements, ...html.components]) {
    for (const [name, value] of element.attributes) {
      if (SRCSET_ATTRIBUTES.includes(name)) {
        for (const candidate of value.split(',')) add(candidate.trim().split(/\s+/)[0] ?? '', name, element.span, element);
      } else if (URL_ATTRIBUTES.includes(name) || (element.tagName !== element.tagName.toLowerCase() && /^https?:\/\//i.test(value.trim()))) {
        // `<a href>` and `<img src>` are the links and images themselves.
        if ((element.tagName === 'a' && name === 'href') || (element.tagName === 'img' && name === 'src')) continue;
        add(value, name, element.span, element);
      }
    }
  }
  // MDX code's strings (`export const BOOKS = [{ url: "https://…" }]`): rendered as links by code we do not run.
  for (const { value, span } of html.codeUrls) add(value, 'code', span, null);
  return urls.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
}
