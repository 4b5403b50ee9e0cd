/**
 * What the link rules read of one post, computed once per document and shared: the links it
 * makes to other places (every URL form — Markdown links and references, autolinks, `<a href>`,
 * MDX `<Link to>`/`href` props, through the spam rules' content view — and the generators' link
 * tags), and the anchors it offers (heading ids by the generator's rules, `{#id}`, HTML `id`/`name`).
 * Code is never read: the content view and the template reader leave it out.
 */
import type { Heading, Nodes } from 'mdast';
import type { LintDocument, Span } from '../engine/api.js';
import { contentOf } from '../spam/content.js';
import type { SiteRouting } from '../schema/detect.js';
import { idMaker, type HeadingIds } from './slugs.js';

export type LinkKind = 'url' | 'post_link' | 'post_path' | 'asset_link' | 'asset_img' | 'post_url' | 'link' | 'ref' | 'relref';

export interface PostLink {
  kind: LinkKind;
  /** As written: a URL, or a tag's argument. */
  target: string;
  span: Span;
}

/** The URLs and tags that link somewhere, in document order. */
export function linksOf(document: LintDocument): PostLink[] {
  return document.derive('link targets', () => readLinks(document));
}

const TAGS: Record<string, LinkKind> = { post_link: 'post_link', post_path: 'post_path', asset_link: 'asset_link', asset_img: 'asset_img', asset_path: 'asset_link', post_url: 'post_url', link: 'link', ref: 'ref', relref: 'relref' };

function readLinks(document: LintDocument): PostLink[] {
  const links: PostLink[] = [];
  const content = contentOf(document);
  for (const link of content.links) links.push({ kind: 'url', target: link.raw, span: link.span });
  // MDX components' link props (`<Link to="/docs/x">`): constant strings only.
  for (const component of document.html().components) {
    const value = component.attributes.get('to') ?? component.attributes.get('href');
    if (value !== undefined) links.push({ kind: 'url', target: value, span: component.span });
  }
  const { tags, syntax } = document.templates();
  for (const tag of tags) {
    // Own keys only: a post's `{% constructor %}` is no link tag.
    const kind = Object.hasOwn(TAGS, tag.name) ? TAGS[tag.name] : undefined;
    if (!kind || (syntax === 'hugo') !== (kind === 'ref' || kind === 'relref')) continue;
    if (syntax === 'liquid' && kind !== 'post_url' && kind !== 'link') continue;
    if (syntax === 'nunjucks' && (kind === 'post_url' || kind === 'link')) continue;
    const target = firstArgument(tag.args);
    // `{% post_url {{ page.x }} %}`: a value the template computes.
    if (target === '' || /[{}]/.test(target)) continue;
    links.push({ kind, target, span: document.lines.span(tag.start, tag.end) });
  }
  return links.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
}

/** The first argument of a tag: quoted (`"a b"`, `'x'`) or up to white space. */
function firstArgument(args: string): string {
  const trimmed = args.trim();
  const quote = trimmed[0];
  if (quote === '"' || quote === "'") {
    const end = trimmed.indexOf(quote, 1);
    return end === -1 ? trimmed.slice(1) : trimmed.slice(1, end);
  }
  return trimmed.split(/\s+/)[0] ?? '';
}

/** How the site's renderer makes heading ids, from its generator and settings (rule options may override). */
export function headingIdsOf(generator: string | null, routing: SiteRouting): HeadingIds {
  switch (generator) {
    case 'hugo':
      return { kind: 'hugo', type: routing.hugoIdType ?? 'github' };
    case 'jekyll':
      return routing.autoIds === false ? { kind: 'none' } : { kind: 'kramdown', input: routing.kramdownInput ?? 'GFM', prefix: routing.autoIdPrefix ?? '', transliterate: false };
    case 'hexo':
      return routing.headerIds === false ? { kind: 'none' } : { kind: 'hexo', transform: routing.modifyAnchors ?? 0 };
    case 'docusaurus':
    case 'astro':
      return { kind: 'github' };
    default:
      // Plain Markdown: whoever renders it decides (GitHub, a theme); `headingIds` says which.
      return { kind: 'none' };
  }
}

/** Where `{#id}` after a heading's text sets its id: kramdown, Hugo's goldmark, Docusaurus. Not Hexo (`{#` opens a comment) nor Starlight. */
const CUSTOM_IDS = new Set(['jekyll', 'hugo', 'docusaurus']);

/**
 * The ids a page has: its headings' (by `ids`), custom `{#id}`s, HTML `id`/`name` attributes
 * (unless the renderer drops raw HTML: Hugo without `unsafe`), and Hexo's `more` for `<!-- more -->`.
 */
export function anchorsOf(document: LintDocument, ids: HeadingIds, generator: string | null, rawHtml: boolean): Set<string> {
  return document.derive(`anchors ${JSON.stringify(ids)} ${generator} ${rawHtml}`, () => {
    const anchors = new Set<string>();
    const maker = idMaker(ids);
    const custom = generator !== null && CUSTOM_IDS.has(generator);
    const headings = document.nodesOfType('heading');
    // Custom ids are taken first: renderers that avoid them number automatic ids around them.
    const texts = headings.map((heading) => headingText(heading, custom));
    for (const { id } of texts) if (id) maker.reserve(id);
    for (const { text, id } of texts) {
      if (id) anchors.add(id);
      else {
        const made = maker.next(text);
        if (made) anchors.add(made);
      }
    }
    const html = document.html();
    if (rawHtml || generator !== 'hugo') {
      for (const element of [...html.elements, ...html.components]) {
        const id = element.attributes.get('id') ?? (element.tagName === 'a' ? element.attributes.get('name') : undefined);
        if (id) anchors.add(id);
      }
    }
    if (generator === 'hexo' && html.comments.some((comment) => comment.data.trim() === 'more')) anchors.add('more');
    return anchors;
  });
}

/** A heading's text as renderers read it (text, code, link text, image alt), and its `{#custom-id}`. */
function headingText(heading: Heading, custom: boolean): { text: string; id: string | null } {
  let text = '';
  let expressionId: string | null = null;
  const stack: Nodes[] = [...heading.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'image') text += node.alt ?? '';
    else if (node.type === 'mdxTextExpression' && node.value.trim().startsWith('#')) expressionId = node.value.trim().slice(1);
    else if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  if (custom) {
    if (expressionId) return { text: text.trim(), id: expressionId };
    const match = /\{#([^\s{}]+)\}\s*$/.exec(text);
    if (match) return { text: text.slice(0, match.index).trim(), id: match[1] as string };
  }
  return { text: text.trim(), id: null };
}
