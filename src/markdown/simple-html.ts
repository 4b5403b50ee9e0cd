/**
 * The HTML most posts hold — ad units, affiliate cards, pixels, link lists, comments — read without
 * parse5 when it is simple enough that the HTML parsing algorithm builds the obvious tree: every
 * element closed by its own end tag in order (void elements by nothing), only elements that the
 * tree builder treats as ordinary, character references from a short list. Anything else (a
 * misnested or unclosed tag, a table, a `<p>` a block would close, an entity outside the list, a
 * stray `<`) returns `false` having added nothing, and parse5 reads the fragment (html.ts).
 * parse5 built 18% of a spam network's run time (issue #25); test/simple-html.test.ts compares the
 * two on real, synthetic and random fragments.
 */
import type { LineIndex } from '../text/line-index.js';
import type { HtmlComment, HtmlContent, HtmlElement } from './html.js';

/** Elements with no end tag. */
const VOID = new Set(['img', 'br', 'hr', 'wbr', 'source', 'embed', 'input', 'area', 'meta', 'link', 'param', 'track']);
/** Elements whose content is text up to their end tag (`<script>`: without `<!--` in it; parse5 has escape states for that), and that end: `</name` then whitespace, `/` or `>`, in any case. */
const RAW_TEXT = new Map(['script', 'style', 'iframe'].map((name) => [name, new RegExp(`</${name}[\\t\\n\\f />]`, 'ig')]));
/** Elements the tree builder inserts and closes as written, when nothing below forbids it. */
const ORDINARY = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'label', 'output', 'picture', 'canvas',
  'audio', 'video', 'noscript', 'slot',
]);
/** Elements whose start tag closes an open `<p>`: read here only where no `<p>` is open. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'hr', 'li', 'dd', 'dt',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A map, not an object: `&constructor;` must find nothing (an object's prototype would answer). */
const NAMED_REFERENCES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

const REFERENCE = /&(?:([a-z]+);|#([0-9]{1,7});|#[xX]([0-9A-Fa-f]{1,6});)/y;

/** Open `<p>`, `<li>`, `<dd>`/`<dt>` and `<a>` elements: what the tree builder would close implicitly. */
type OpenCounts = Record<'p' | 'li' | 'dl' | 'a', number>;

/** Thrown inside, caught at the top: the fragment is not simple. */
const NOT_SIMPLE = Symbol('not simple');

/** Reads the fragment's elements and comments into `into` and says `true`; `false`, adding nothing, when parse5 must read it. */
export function readSimpleFragment(html: string, offset: number, lines: LineIndex, into: HtmlContent): boolean {
  const elements: HtmlElement[] = [];
  const comments: HtmlComment[] = [];
  try {
    read(html, offset, lines, elements, comments);
  } catch (error) {
    if (error === NOT_SIMPLE) return false;
    throw error;
  }
  for (const element of elements) into.elements.push(element);
  for (const comment of comments) into.comments.push(comment);
  return true;
}

function notSimple(): never {
  throw NOT_SIMPLE;
}

function read(html: string, offset: number, lines: LineIndex, elements: HtmlElement[], comments: HtmlComment[]): void {
  if (html.includes('\0') || html.includes('\r')) notSimple();
  const open: HtmlElement[] = [];
  const counts: OpenCounts = { p: 0, li: 0, dl: 0, a: 0 };
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > at) {
      const text = decoded(html, at, textEnd, false);
      const current = open.at(-1);
      if (current) current.text += text;
      at = textEnd;
      continue;
    }
    // At a `<`.
    const next = html.charCodeAt(at + 1);
    if (next === 47 /* / */) {
      at = endTag(html, at, offset, open, counts);
    } else if (html.startsWith('<!--', at)) {
      at = comment(html, at, offset, lines, comments);
    } else if (isLetter(next)) {
      at = startTag(html, at, offset, lines, open, counts, elements);
    } else notSimple();
  }
  if (open.length > 0) notSimple();
}

function startTag(html: string, start: number, offset: number, lines: LineIndex, open: HtmlElement[], counts: OpenCounts, elements: HtmlElement[]): number {
  // The caller saw a letter after the `<`.
  let at = tagNameEnd(html, start + 1);
  const tagName = html.slice(start + 1, at).toLowerCase();
  const known = VOID.has(tagName) || RAW_TEXT.has(tagName) || ORDINARY.has(tagName) || CLOSES_P.has(tagName) || tagName.includes('-');
  if (!known) notSimple();
  if (CLOSES_P.has(tagName) && counts.p > 0) notSimple();
  if (HEADINGS.has(tagName) && HEADINGS.has(open.at(-1)?.tagName ?? '')) notSimple();
  if ((tagName === 'li' && counts.li > 0) || ((tagName === 'dd' || tagName === 'dt') && counts.dl > 0) || (tagName === 'a' && counts.a > 0)) notSimple();
  const attributes = new Map<string, string>();
  let selfClosing = false;
  for (;;) {
    const before = at;
    at = skipWhitespace(html, at);
    const char = html[at];
    if (char === '>') {
      at++;
      break;
    }
    if (char === '/' && html[at + 1] === '>') {
      selfClosing = true;
      at += 2;
      break;
    }
    // Attributes are separated by whitespace.
    if (at === before) notSimple();
    const nameEnd = attributeNameEnd(html, at);
    if (nameEnd === at) notSimple();
    const name = html.slice(at, nameEnd);
    at = nameEnd;
    const equals = skipWhitespace(html, at);
    let value = '';
    // Without `=`, the attribute is empty and the whitespace after its name separates it from the next.
    if (html[equals] === '=') {
      at = skipWhitespace(html, equals + 1);
      const quote = html[at];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, at + 1);
        if (close === -1) notSimple();
        value = decoded(html, at + 1, close, true);
        at = close + 1;
        // A quoted value is followed by whitespace, `/>` or `>`.
        if (!/[\t\n\f />]/.test(html[at] ?? '')) notSimple();
      } else {
        const valueEnd = unquotedValueEnd(html, at);
        if (valueEnd === at || html.slice(at, valueEnd).includes('/')) notSimple();
        value = decoded(html, at, valueEnd, true);
        at = valueEnd;
      }
    }
    const lower = name.toLowerCase();
    if (!attributes.has(lower)) attributes.set(lower, value);
  }
  const isVoid = VOID.has(tagName);
  if (selfClosing && !isVoid) notSimple();
  const parent = open.at(-1) ?? null;
  const element: HtmlElement = {
    tagName,
    attributes,
    span: lines.span(offset + start, offset + at),
    startOffset: offset + start,
    endOffset: offset + at,
    text: '',
    parent,
    children: [],
  };
  parent?.children.push(element);
  elements.push(element);
  if (isVoid) return at;
  const close = RAW_TEXT.get(tagName);
  if (close) {
    close.lastIndex = at;
    const found = close.exec(html);
    if (!found) notSimple();
    element.text = html.slice(at, found.index);
    if (tagName === 'script' && element.text.includes('<!--')) notSimple();
    const end = endOfEndTag(html, found.index + 2 + tagName.length);
    element.endOffset = offset + end;
    return end;
  }
  open.push(element);
  adjust(counts, tagName, 1);
  return at;
}

function endTag(html: string, start: number, offset: number, open: HtmlElement[], counts: OpenCounts): number {
  if (!isLetter(html.charCodeAt(start + 2))) notSimple();
  const nameEnd = tagNameEnd(html, start + 2);
  const tagName = html.slice(start + 2, nameEnd).toLowerCase();
  const current = open.at(-1);
  if (!current || current.tagName !== tagName) notSimple();
  const end = endOfEndTag(html, nameEnd);
  current.endOffset = offset + end;
  open.pop();
  adjust(counts, tagName, -1);
  return end;
}

/** After an end tag's name: optional whitespace, then `>`; anything else (attributes, `/`) is not simple. */
function endOfEndTag(html: string, at: number): number {
  const end = skipWhitespace(html, at);
  if (html[end] !== '>') notSimple();
  return end + 1;
}

function adjust(counts: OpenCounts, tagName: string, by: number): void {
  if (tagName === 'p') counts.p += by;
  else if (tagName === 'li') counts.li += by;
  else if (tagName === 'dd' || tagName === 'dt') counts.dl += by;
  else if (tagName === 'a') counts.a += by;
}

function comment(html: string, start: number, offset: number, lines: LineIndex, comments: HtmlComment[]): number {
  const close = html.indexOf('-->', start + 4);
  if (close === -1) notSimple();
  const data = html.slice(start + 4, close);
  // `<!-->`, `<!--->`, `--!>`, a `-` before the end: the tokenizer's corners.
  if (data.startsWith('>') || data.startsWith('->') || data.endsWith('-') || data.includes('--!>') || data.includes('<!-')) notSimple();
  const end = close + 3;
  comments.push({ data, span: lines.span(offset + start, offset + end), startOffset: offset + start, endOffset: offset + end });
  return end;
}

/*
 * The tokenizer's runs, scanned a character at a time: as sticky regular expressions, each step
 * allocated a match (an array and a string), 131 MB over 4,000 synthetic spam posts (#25).
 */

/** Past the HTML white space (tab, line feed, form feed, space) from `at`. */
function skipWhitespace(html: string, at: number): number {
  for (let code = html.charCodeAt(at); isHtmlSpace(code); code = html.charCodeAt(++at));
  return at;
}

/** The end of the tag name (`[A-Za-z][A-Za-z0-9-]*`) whose first letter is at `at`. */
function tagNameEnd(html: string, at: number): number {
  for (let code = html.charCodeAt(at); alphanumeric(code) || code === 0x2d; code = html.charCodeAt(++at));
  return at;
}

/** The end of an attribute name (`[A-Za-z_:][-A-Za-z0-9_:.]*`) from `at`: `at` when there is none. */
function attributeNameEnd(html: string, at: number): number {
  const first = html.charCodeAt(at);
  if (!(isLetter(first) || first === 0x5f || first === 0x3a)) return at;
  let end = at + 1;
  for (let code = html.charCodeAt(end); alphanumeric(code) || code === 0x5f || code === 0x3a || code === 0x2d || code === 0x2e; code = html.charCodeAt(++end));
  return end;
}

/** The end of an unquoted attribute value (none of white space, `>`, `"`, `'`, `<`, `=`, a backtick) from `at`. */
function unquotedValueEnd(html: string, at: number): number {
  for (let code = html.charCodeAt(at); at < html.length && !(isHtmlSpace(code) || code === 0x3e || code === 0x22 || code === 0x27 || code === 0x3c || code === 0x3d || code === 0x60); code = html.charCodeAt(++at));
  return at;
}

/**
 * Text or an attribute value with its character references decoded. An `&` before anything but a
 * letter, a digit or `#` is itself, and so is one before a word and `=` in an attribute value (a
 * URL's query: `?a=1&b=2`); a reference outside the short list is not simple.
 */
function decoded(html: string, start: number, end: number, inAttribute: boolean): string {
  // Searched within the text only: a search to the fragment's end for each text and value is quadratic (250,000 attributes in one tag).
  const segment = html.slice(start, end);
  const first = segment.indexOf('&');
  if (first === -1) return segment;
  let amp = start + first;
  let text = '';
  let at = start;
  while (amp !== -1 && amp < end) {
    text += html.slice(at, amp);
    const literal = literalAmpersand(html, amp, end, inAttribute);
    if (literal > 0) {
      text += html.slice(amp, amp + literal);
      at = amp + literal;
      amp = html.indexOf('&', at);
      continue;
    }
    REFERENCE.lastIndex = amp;
    const match = REFERENCE.exec(html);
    if (!match || REFERENCE.lastIndex > end) notSimple();
    const [, name, decimal, hex] = match;
    let character: string | undefined;
    if (name !== undefined) character = NAMED_REFERENCES.get(name);
    else character = fromCodePoint(decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex as string, 16));
    if (character === undefined) notSimple();
    text += character;
    at = REFERENCE.lastIndex;
    amp = html.indexOf('&', at);
  }
  return text + html.slice(at, end);
}

/** How many characters from an `&` stand for themselves (the `&`, or `&name` before `=` in an attribute); 0 when it may start a reference. */
function literalAmpersand(html: string, amp: number, end: number, inAttribute: boolean): number {
  const next = amp + 1 < end ? html.charCodeAt(amp + 1) : -1;
  if (next !== 35 /* # */ && !alphanumeric(next)) return 1;
  if (!inAttribute || next === 35) return 0;
  let at = amp + 1;
  while (at < end && alphanumeric(html.charCodeAt(at))) at++;
  return at < end && html[at] === '=' ? at - amp : 0;
}

/** HTML's white space between attributes: tab, line feed, form feed, space. */
function isHtmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0c;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function alphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || isLetter(code);
}

/** A numeric reference's character, for code points the tokenizer passes through as they are. */
function fromCodePoint(code: number): string | undefined {
  // NUL, C1 controls (remapped to Windows-1252), surrogates, beyond Unicode, other controls, noncharacters: not simple.
  if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c) return undefined;
  if (code >= 0x7f && code <= 0x9f) return undefined;
  if (code >= 0xd800 && code <= 0xdfff) return undefined;
  if (code > 0x10ffff || (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return undefined;
  return String.fromCodePoint(code);
}
