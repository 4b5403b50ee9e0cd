/**
 * The HTML elements the generators' built-in tags render, so that every rule sees them as it sees
 * the same elements written out: Hexo's `{% iframe url %}`, `{% img … %}` and `{% link text url %}`
 * (Hexo docs, "Tag Plugins"), Hugo's `{{< figure src="…" link="…" >}}` (Hugo docs, "Shortcodes").
 * A frame from an ad server or an affiliate link is no less one for being written as a tag.
 */
import type { LineIndex } from '../text/line-index.js';
import type { HtmlElement } from './html.js';
import type { TemplateContent, TemplateTag } from './templates.js';

/** The elements the content's tags render, in order; an `<a>` wrapping a figure's image is its parent. */
export function templateElements(templates: TemplateContent, lines: LineIndex): HtmlElement[] {
  const elements: HtmlElement[] = [];
  const make = (tag: TemplateTag, tagName: string, attributes: Record<string, string>, text = '', parent: HtmlElement | null = null): HtmlElement => {
    const element: HtmlElement = {
      tagName,
      attributes: new Map(Object.entries(attributes)),
      span: lines.span(tag.start, tag.end),
      startOffset: tag.start,
      endOffset: tag.blockEnd ?? tag.end,
      text,
      parent,
      children: [],
    };
    parent?.children.push(element);
    elements.push(element);
    return element;
  };
  for (const tag of templates.tags) {
    if (templates.syntax === 'nunjucks') {
      const words = splitArgs(tag.args);
      if (tag.name === 'iframe' && words[0]) make(tag, 'iframe', withSize({ src: words[0] }, words[1], words[2]));
      else if (tag.name === 'img' || tag.name === 'image') {
        const source = words.findIndex(isUrlLike);
        if (source !== -1) make(tag, 'img', withSize({ src: words[source] as string }, words[source + 1], words[source + 2]));
      } else if (tag.name === 'link' || tag.name === 'a') {
        const target = words.findIndex(isUrlLike);
        if (target !== -1) make(tag, 'a', { href: words[target] as string }, words.slice(0, target).join(' '));
      }
    } else if (templates.syntax === 'hugo' && tag.name === 'figure') {
      const named = namedArgs(tag.args);
      const link = named.get('link');
      const anchor = link ? make(tag, 'a', { href: link }) : null;
      const source = named.get('src');
      if (source) make(tag, 'img', withSize({ src: source, alt: named.get('alt') ?? '' }, named.get('width'), named.get('height')), '', anchor);
    }
  }
  return elements;
}

function withSize(attributes: Record<string, string>, width: string | undefined, height: string | undefined): Record<string, string> {
  if (width && /^\d{1,6}(?:px|%)?$/.test(width)) attributes.width = width;
  if (height && /^\d{1,6}(?:px|%)?$/.test(height)) attributes.height = height;
  return attributes;
}

function isUrlLike(word: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]{0,20}:|\/)/i.test(word);
}

/** Hexo's arguments: words, or quoted runs (`"A title"`). */
function splitArgs(args: string): string[] {
  const words: string[] = [];
  for (const match of args.matchAll(/"([^"]{0,2000})"|'([^']{0,2000})'|(\S{1,2000})/g)) words.push(match[1] ?? match[2] ?? match[3] ?? '');
  return words;
}

/** Hugo's named parameters: `name="value"`, `name='value'`, `` name=`value` ``, `name=value` (a scanner: one pass). */
function namedArgs(args: string): Map<string, string> {
  const named = new Map<string, string>();
  let at = 0;
  while (at < args.length) {
    const equals = args.indexOf('=', at);
    if (equals === -1) break;
    // The name: the word just before `=` (spaces allowed between).
    let nameEnd = equals;
    while (nameEnd > at && args[nameEnd - 1] === ' ') nameEnd--;
    let nameStart = nameEnd;
    while (nameStart > at && /[\w-]/.test(args[nameStart - 1] as string)) nameStart--;
    const name = args.slice(nameStart, nameEnd).toLowerCase();
    let start = equals + 1;
    while (args[start] === ' ') start++;
    const quote = args[start];
    let value: string;
    if (quote === '"' || quote === "'" || quote === '`') {
      const close = args.indexOf(quote, start + 1);
      const end = close === -1 ? args.length : close;
      value = args.slice(start + 1, end);
      at = end + 1;
    } else {
      const space = args.slice(start).search(/\s/);
      const end = space === -1 ? args.length : start + space;
      value = args.slice(start, end);
      at = end;
    }
    if (name && !named.has(name)) named.set(name, value);
  }
  return named;
}
