/**
 * The MDX parts of the fast reader (see fast-markdown.ts): JSX tags, `{…}` expressions and
 * `import`/`export` blocks, read as micromark-extension-mdxjs reads them — tags by its grammar,
 * expressions and ESM validated with the same acorn settings. Anything that would be an MDX syntax
 * error, or that this reader does not model, throws `GiveUp`, and micromark reads the file (and
 * reports the error with its own words).
 */
import type { Node as AcornNode } from 'acorn';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { mdxParsers } from './mdx.js';

export class GiveUp extends Error {}

const ACORN_OPTIONS = { ecmaVersion: 2024, sourceType: 'module' } as const;

export type JsxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string } }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

export interface JsxTag {
  /** Index just after the `>`. */
  end: number;
  closing: boolean;
  selfClosing: boolean;
  /** `null` for a fragment (`<>`). */
  name: string | null;
  attributes: JsxAttribute[];
}

const NAME_START = /[A-Za-z$_]/;
const NAME_CONTINUE = /[-A-Za-z0-9$_]/;

function isWhitespace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}

/**
 * The JSX tag at `text[start] === '<'`, or `null` when `<` is followed by white space (then it is
 * text). Throws `GiveUp` where micromark would report an error, and for names it does not model
 * (non-ASCII).
 */
export function readJsxTag(text: string, start: number): JsxTag | null {
  let index = start + 1;
  if (index >= text.length || isWhitespace(text[index])) return null;
  const skip = () => {
    while (isWhitespace(text[index])) index++;
  };
  const name = (): string => {
    const from = index;
    if (!NAME_START.test(text[index] ?? '')) throw new GiveUp('JSX name');
    index++;
    while (NAME_CONTINUE.test(text[index] ?? '')) index++;
    // A non-ASCII or other character inside a name: micromark decides (it may be an error).
    if (index < text.length && !/[\s./:>{=]/.test(text[index] as string)) throw new GiveUp('JSX name');
    return text.slice(from, index);
  };
  const tag: JsxTag = { end: -1, closing: false, selfClosing: false, name: null, attributes: [] };
  skip();
  if (text[index] === '/') {
    tag.closing = true;
    index++;
    skip();
  }
  if (text[index] === '>') {
    tag.end = index + 1;
    return tag;
  }
  let tagName = name();
  skip();
  if (text[index] === '.') {
    while (text[index] === '.') {
      index++;
      skip();
      tagName += `.${name()}`;
      skip();
    }
  } else if (text[index] === ':') {
    index++;
    skip();
    tagName += `:${name()}`;
    skip();
  }
  tag.name = tagName;
  for (;;) {
    const char = text[index];
    if (char === '>') {
      tag.end = index + 1;
      return tag;
    }
    if (char === '/' && !tag.closing) {
      index++;
      skip();
      if (text[index] !== '>') throw new GiveUp('JSX self-closing');
      tag.selfClosing = true;
      tag.end = index + 1;
      return tag;
    }
    if (tag.closing) throw new GiveUp('JSX closing tag with attributes');
    if (char === '{') {
      const end = expressionEnd(text, index + 1, 'spread');
      tag.attributes.push({ type: 'mdxJsxExpressionAttribute', value: text.slice(index + 1, end) });
      index = end + 1;
      skip();
      continue;
    }
    let attributeName = name();
    skip();
    if (text[index] === ':') {
      index++;
      skip();
      attributeName += `:${name()}`;
      skip();
    }
    if (text[index] !== '=') {
      tag.attributes.push({ type: 'mdxJsxAttribute', name: attributeName, value: null });
      continue;
    }
    index++;
    skip();
    const quote = text[index];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, index + 1);
      if (close === -1) throw new GiveUp('JSX attribute value');
      const raw = text.slice(index + 1, close);
      // Values over several lines are left to micromark.
      if (raw.includes('\n')) throw new GiveUp('JSX attribute value');
      tag.attributes.push({ type: 'mdxJsxAttribute', name: attributeName, value: decodeReferences(raw) });
      index = close + 1;
    } else if (quote === '{') {
      const end = expressionEnd(text, index + 1, 'value');
      tag.attributes.push({ type: 'mdxJsxAttribute', name: attributeName, value: { type: 'mdxJsxAttributeValueExpression', value: text.slice(index + 1, end) } });
      index = end + 1;
    } else throw new GiveUp('JSX attribute value');
    skip();
  }
}

/**
 * Character references in an attribute value, decoded as mdast-util-mdx-jsx does (parse-entities,
 * terminated references only). Numeric references a browser would remap (NUL, C1 controls,
 * surrogates, beyond U+10FFFF) are left to micromark.
 */
function decodeReferences(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, reference: string) => {
    if (!reference.startsWith('#')) {
      const decoded = decodeNamedCharacterReference(reference);
      return decoded === false ? whole : decoded;
    }
    const code = reference[1] === 'x' || reference[1] === 'X' ? Number.parseInt(reference.slice(2), 16) : Number.parseInt(reference.slice(1), 10);
    if (code === 0 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) throw new GiveUp('character reference');
    return String.fromCodePoint(code);
  });
}

/** An expression's source with comments and white space only: allowed where an expression may be empty. */
function isEmptyExpression(source: string): boolean {
  // As micromark-util-events-to-acorn's test, in one pass: a line comment must end with a line
  // ending (at the end of the source it would comment out the closing brace).
  let index = 0;
  while (index < source.length) {
    if (/\s/.test(source[index] as string)) index++;
    else if (source.startsWith('/*', index)) {
      const end = source.indexOf('*/', index + 2);
      if (end === -1) return false;
      index = end + 2;
    } else if (source.startsWith('//', index)) {
      const lineFeed = source.indexOf('\n', index);
      const carriageReturn = source.indexOf('\r', index);
      const end = lineFeed === -1 ? carriageReturn : carriageReturn === -1 ? lineFeed : Math.min(lineFeed, carriageReturn);
      if (end === -1) return false;
      index = end + 1;
    } else return false;
  }
  return true;
}

/** How many `}` are tried as an expression's end before micromark is left to decide. */
const MAX_CLOSING_TRIES = 32;

/**
 * The index of the `}` that ends the expression whose content starts at `from`, found as micromark
 * does with acorn: the first `}` before which the content is a whole expression (an empty one, for
 * flow and text expressions; one `...spread`, in a tag).
 */
export function expressionEnd(text: string, from: number, kind: 'flow' | 'value' | 'spread'): number {
  let close = text.indexOf('}', from);
  for (let tries = 0; close !== -1 && tries < MAX_CLOSING_TRIES; tries++) {
    if (validExpression(text.slice(from, close).replace(/\n {1,2}/g, '\n'), kind)) return close;
    close = text.indexOf('}', close + 1);
  }
  throw new GiveUp('expression');
}

function validExpression(source: string, kind: 'flow' | 'value' | 'spread'): boolean {
  if (isEmptyExpression(source)) return kind === 'flow';
  const prefix = kind === 'spread' ? '({' : '';
  const value = `${prefix}${source}${kind === 'spread' ? '})' : ''}`;
  let node: AcornNode & { properties?: Array<{ type: string }> };
  try {
    node = mdxParsers().JsxParser.parseExpressionAt(value, 0, { ...ACORN_OPTIONS, preserveParens: true }) as typeof node;
  } catch {
    return false;
  }
  if (kind === 'spread') {
    const object = (node as { expression?: typeof node }).expression ?? node;
    // Anything but one `...spread` is an error in micromark: it decides.
    if (object.type !== 'ObjectExpression' || object.properties?.length !== 1 || object.properties[0]?.type !== 'SpreadElement') throw new GiveUp('spread');
    return true;
  }
  return isEmptyExpression(value.slice(node.end));
}

/**
 * Checks an `import`/`export` block as micromark-extension-mdxjs-esm does: acorn parses it (after a
 * `var` of the names earlier blocks imported, so importing one twice fails) into imports and exports
 * only. Returns the names it imports.
 */
export function checkEsm(source: string, imported: readonly string[]): string[] {
  const prefix = imported.length > 0 ? `var ${imported.join(',')}\n` : '';
  let program: { body: Array<AcornNode & { specifiers?: Array<{ local: { name: string } }> }> };
  try {
    program = mdxParsers().JsxParser.parse(prefix + source, { ...ACORN_OPTIONS, locations: true }) as unknown as typeof program;
  } catch {
    throw new GiveUp('ESM');
  }
  const body = prefix ? program.body.slice(1) : program.body;
  const names: string[] = [];
  for (const node of body) {
    if (!/^(?:ExportAllDeclaration|ExportDefaultDeclaration|ExportNamedDeclaration|ImportDeclaration)$/.test(node.type)) throw new GiveUp('ESM');
    if (node.type === 'ImportDeclaration') for (const specifier of node.specifiers ?? []) names.push(specifier.local.name);
  }
  return names;
}

export type FlowItem = { kind: 'tag'; tag: JsxTag; from: number; to: number } | { kind: 'expression'; value: string; from: number; to: number };

/**
 * JSX tags and expressions alone on their line (after `indent` spaces), as MDX reads them as blocks:
 * the items and where they end (a tag may run over several lines), or `null` when other text
 * follows them on the line — then they are part of a paragraph.
 */
export function readFlowLine(text: string, lineStart: number, indent: number): { items: FlowItem[]; end: number } | null {
  const items: FlowItem[] = [];
  let index = lineStart + indent;
  for (;;) {
    const char = text[index];
    if (char === '<') {
      const tag = readJsxTag(text, index);
      if (!tag) return null;
      items.push({ kind: 'tag', tag, from: index, to: tag.end });
      index = tag.end;
    } else if (char === '{') {
      const end = expressionEnd(text, index + 1, 'flow');
      items.push({ kind: 'expression', value: text.slice(index + 1, end).replace(/\n {1,2}/g, '\n'), from: index, to: end + 1 });
      index = end + 1;
    } else return null;
    while (text[index] === ' ' || text[index] === '\t') index++;
    if (index >= text.length || text[index] === '\n') return { items, end: index };
  }
}
