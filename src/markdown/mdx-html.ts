/**
 * The HTML an MDX file renders, as far as it can be known without running it: JSX elements with
 * lower-case names are HTML elements (nested as written), capitalised ones are components (kept by
 * name: `<AdSense client=…>`), `{/* … *\/}` expressions are comments. JSX inside expressions and
 * `export const` blocks is read too (acorn parses it; nothing is evaluated), as are constant prop
 * values (`href={"…"}`, `width={1}`, `style={{display: 'none'}}`, `href={LINK}` of an
 * `export const LINK = "…"`) and the HTML string of
 * `dangerouslySetInnerHTML={{__html: '…'}}`.
 */
import type { Nodes, Root } from 'mdast';
import type { LineIndex } from '../text/line-index.js';
import type { Span } from '../text/span.js';
import { mdxParsers } from './mdx.js';
import { spanOf } from './parse.js';
import type { HtmlContent, HtmlElement } from './html.js';

const MDX_COMMENT = /^\s*\/\*([^]*)\*\/\s*$/;
/** Code worth reading for the URLs in its strings. */
const HAS_URL = /https?:\/\//i;
const ABSOLUTE_URL = /^\s*https?:\/\//i;

/** Reads the JSX, components and comments of an MDX tree into `into`; `readHtml` parses an HTML string found at an offset. */
export function readMdx(root: Root, text: string, lines: LineIndex, into: HtmlContent, readHtml: (html: string, offset: number) => void): void {
  const constants = constantsOf(root);
  const stack: Array<{ node: Nodes; parent: HtmlElement | null }> = [{ node: root, parent: null }];
  while (stack.length > 0) {
    const { node, parent } = stack.pop() as { node: Nodes; parent: HtmlElement | null };
    let created: HtmlElement | null = null;
    const position = node.position;
    if (position) {
      const startOffset = position.start.offset ?? 0;
      const endOffset = position.end.offset ?? startOffset;
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
        const attributes = new Map<string, string>();
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute') continue;
          const value = attribute.value;
          const constant = value && typeof value !== 'string' ? staticValue(value.value, constants) : null;
          // A computed value may hold JSX (`footer={<a href=…>}`) or URLs; a constant is the attribute itself.
          if (value && typeof value !== 'string' && constant === null) readExpression(value.value, null, lines, into, readHtml, parent, startOffset, constants);
          setAttribute(attributes, attribute.name, typeof value === 'string' ? value : value ? (constant ?? `{${value.value}}`) : '');
        }
        created = addElement(into, node.name, attributes, spanOf(position), startOffset, endOffset, parent);
      } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        const comment = MDX_COMMENT.exec(node.value);
        if (comment) into.comments.push({ data: comment[1] ?? '', span: spanOf(position), startOffset, endOffset });
        else if (node.value.includes('<') || HAS_URL.test(node.value)) readExpression(node.value, text.slice(startOffset, endOffset), lines, into, readHtml, parent, startOffset, constants);
      } else if (node.type === 'mdxjsEsm' && (node.value.includes('<') || HAS_URL.test(node.value))) {
        readProgram(text.slice(startOffset, endOffset), node.value, startOffset, lines, into, readHtml, constants);
      }
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push({ node: node.children[index] as Nodes, parent: created ?? parent });
  }
}

function addElement(into: HtmlContent, name: string, attributes: Map<string, string>, span: Span, startOffset: number, endOffset: number, parent: HtmlElement | null): HtmlElement {
  const element: HtmlElement = { tagName: /^[a-z]/.test(name) ? name.toLowerCase() : name, attributes, span, startOffset, endOffset, text: '', parent, children: [] };
  parent?.children.push(element);
  // Lower-case names are HTML elements; the others are components, which render what their code says.
  if (/^[a-z]/.test(name)) into.elements.push(element);
  else into.components.push(element);
  return element;
}

/** JSX spells `class` as `className`; the browser sees `class`. The first of a name wins, as in HTML. */
function setAttribute(attributes: Map<string, string>, name: string, value: string): void {
  const key = name === 'className' ? 'class' : name.toLowerCase();
  if (!attributes.has(key)) attributes.set(key, value);
}

/**
 * The value a JSX attribute expression renders when it is a constant — a string, a template without
 * substitutions, a number (`src={"https://…"}`, `width={1}`) — as the attribute would hold it;
 * `null` for anything computed.
 */
export function staticValue(expression: string, constants: ReadonlyMap<string, string> = NO_CONSTANTS): string | null {
  const text = expression.trim();
  const constant = constants.get(text);
  if (constant !== undefined) return constant;
  const quote = text[0];
  if ((quote === '"' || quote === "'" || quote === '`') && text.length >= 2 && text.at(-1) === quote) {
    const inner = text.slice(1, -1);
    if (inner.includes(quote) || inner.includes('\\') || (quote === '`' && inner.includes('${'))) return null;
    return inner;
  }
  return /^\d+(?:\.\d+)?$/.test(text) ? text : null;
}

const NO_CONSTANTS: ReadonlyMap<string, string> = new Map();

/**
 * The string and number constants the file's `import`/`export` blocks declare at the top
 * (`export const HOSTING_LINK = "https://…"`), by name: a prop written `href={HOSTING_LINK}` renders
 * that value. Only `const` declarations of a literal, which nothing can reassign.
 */
function constantsOf(root: Root): ReadonlyMap<string, string> {
  let constants: Map<string, string> | null = null;
  for (const node of root.children) {
    if (node.type !== 'mdxjsEsm' || !node.value.includes('const')) continue;
    let program: EstreeNode;
    try {
      program = mdxParsers().JsxParser.parse(node.value, ACORN_OPTIONS) as unknown as EstreeNode;
    } catch {
      continue;
    }
    for (const statement of program.body as EstreeNode[]) {
      const declaration = statement.type === 'ExportNamedDeclaration' ? (statement.declaration as EstreeNode | null) : statement;
      if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
      for (const declarator of declaration.declarations as EstreeNode[]) {
        const id = declarator.id as EstreeNode;
        const value = declarator.init ? literalOf(declarator.init as EstreeNode) : null;
        if (id.type === 'Identifier' && value !== null) (constants ??= new Map()).set(String(id.name), value);
      }
    }
  }
  return constants ?? NO_CONSTANTS;
}

/** An acorn (ESTree + JSX) node, as far as it is read here. */
interface EstreeNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const ACORN_OPTIONS = { ecmaVersion: 2024, sourceType: 'module' } as const;

/**
 * An expression's JSX. `exact` is its source as written (`{…}`), whose offsets map one to one onto
 * the file; when it does not parse (inside a block quote, its lines carry `> `), the bare value is
 * read and everything found is placed at the expression's start.
 */
function readExpression(value: string, exact: string | null, lines: LineIndex, into: HtmlContent, readHtml: (html: string, offset: number) => void, parent: HtmlElement | null, at: number, constants: ReadonlyMap<string, string>): void {
  const parse = (source: string): EstreeNode | null => {
    try {
      return mdxParsers().JsxParser.parseExpressionAt(source, 0, ACORN_OPTIONS) as unknown as EstreeNode;
    } catch {
      return null;
    }
  };
  // `({…})` keeps the offsets of `{…}`: the parenthesis stands where the brace was.
  const exactTree = exact !== null && exact.startsWith('{') && exact.endsWith('}') ? parse(`(${exact.slice(1, -1)})`) : null;
  if (exactTree) return walkJsx(exactTree, (offset) => at + offset, lines, into, readHtml, parent, constants);
  const tree = parse(value);
  if (tree) walkJsx(tree, () => at, lines, into, readHtml, parent, constants);
}

/** An `import`/`export` block's JSX (`export const Banner = () => <a href="…">…</a>`). */
function readProgram(exact: string, value: string, at: number, lines: LineIndex, into: HtmlContent, readHtml: (html: string, offset: number) => void, constants: ReadonlyMap<string, string>): void {
  const parse = (source: string): EstreeNode | null => {
    try {
      return mdxParsers().JsxParser.parse(source, ACORN_OPTIONS) as unknown as EstreeNode;
    } catch {
      return null;
    }
  };
  const exactTree = parse(exact);
  if (exactTree) return walkJsx(exactTree, (offset) => at + offset, lines, into, readHtml, null, constants);
  const tree = parse(value);
  if (tree) walkJsx(tree, () => at, lines, into, readHtml, null, constants);
}

/** Every JSX element of an ESTree, without recursion, as elements and components with their constant attributes. */
function walkJsx(
  root: EstreeNode,
  offsetOf: (position: number) => number,
  lines: LineIndex,
  into: HtmlContent,
  readHtml: (html: string, offset: number) => void,
  outer: HtmlElement | null,
  constants: ReadonlyMap<string, string>,
): void {
  const stack: Array<{ node: EstreeNode; parent: HtmlElement | null }> = [{ node: root, parent: outer }];
  // Attribute values are read as attributes; other strings that are URLs are the code's.
  const attributeValues = new Set<EstreeNode>();
  while (stack.length > 0) {
    const { node, parent } = stack.pop() as { node: EstreeNode; parent: HtmlElement | null };
    let created: HtmlElement | null = null;
    if (node.type === 'Literal' && typeof node.value === 'string' && ABSOLUTE_URL.test(node.value) && !attributeValues.has(node)) {
      const start = offsetOf(node.start);
      into.codeUrls.push({ value: node.value.trim(), span: lines.span(start, Math.max(start, offsetOf(node.end))) });
    }
    if (node.type === 'JSXElement') {
      const opening = node.openingElement as EstreeNode & { name: EstreeNode; attributes: EstreeNode[] };
      const attributes = new Map<string, string>();
      for (const attribute of opening.attributes) {
        if (attribute.type !== 'JSXAttribute') continue;
        const name = jsxName(attribute.name as EstreeNode);
        const value = attribute.value as EstreeNode | null;
        if (value) attributeValues.add(value.type === 'JSXExpressionContainer' ? (value.expression as EstreeNode) : value);
        const constant = value === null ? '' : constantOf(value, name, constants);
        if (name === 'dangerouslySetInnerHTML' && value) {
          const html = innerHtmlOf(value);
          if (html) readHtml(html.value, offsetOf(html.start));
        }
        setAttribute(attributes, name, constant ?? '{…}');
      }
      const start = offsetOf(node.start);
      const end = Math.max(start, offsetOf(node.end));
      const startTagEnd = Math.max(start, offsetOf(opening.end));
      created = addElement(into, jsxName(opening.name), attributes, lines.span(start, startTagEnd), start, end, parent);
    }
    // Children in reverse, so that elements come out in document order.
    const children: EstreeNode[] = [];
    for (const key of Object.keys(node)) {
      if (key === 'openingElement' && node.type === 'JSXElement') continue;
      const value = node[key];
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) children.push(item);
      } else if (isNode(value)) children.push(value);
    }
    // Attribute values can hold JSX too (`footer={<a href=…>}`).
    if (node.type === 'JSXElement') for (const attribute of (node.openingElement as { attributes: EstreeNode[] }).attributes) if (isNode(attribute.value)) children.push(attribute.value);
    children.sort((a, b) => a.start - b.start);
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index] as EstreeNode, parent: created ?? parent });
  }
}

function isNode(value: unknown): value is EstreeNode {
  return typeof value === 'object' && value !== null && typeof (value as EstreeNode).type === 'string';
}

function jsxName(node: EstreeNode): string {
  if (node.type === 'JSXIdentifier') return String(node.name);
  if (node.type === 'JSXNamespacedName') return `${jsxName(node.namespace as EstreeNode)}:${jsxName(node.name as EstreeNode)}`;
  if (node.type === 'JSXMemberExpression') return `${jsxName(node.object as EstreeNode)}.${jsxName(node.property as EstreeNode)}`;
  return '';
}

/** A JSX attribute value as the rendered attribute would hold it: strings, numbers, a `style` object of constants; `null` when computed. */
function constantOf(value: EstreeNode, name: string, constants: ReadonlyMap<string, string>): string | null {
  const inner = value.type === 'JSXExpressionContainer' ? (value.expression as EstreeNode) : value;
  const literal = inner.type === 'Identifier' ? (constants.get(String(inner.name)) ?? null) : literalOf(inner);
  if (literal !== null) return literal;
  if (name === 'style' && inner.type === 'ObjectExpression') return styleOf(inner);
  return null;
}

function literalOf(node: EstreeNode): string | null {
  if (node.type === 'Literal' && (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean')) return String(node.value);
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    const quasi = (node.quasis as Array<{ value: { cooked: string | null } }>)[0];
    return quasi?.value.cooked ?? null;
  }
  return null;
}

/** React's `style={{display: 'none', width: 1}}` as CSS text (`display: none; width: 1px`): numbers are pixels, as React renders them. */
function styleOf(object: EstreeNode): string | null {
  const declarations: string[] = [];
  for (const property of object.properties as EstreeNode[]) {
    if (property.type !== 'Property' || property.computed) return null;
    const key = property.key as EstreeNode;
    const name = key.type === 'Identifier' ? String(key.name) : literalOf(key);
    const value = literalOf(property.value as EstreeNode);
    if (name === null || value === null) return null;
    const css = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    const unitless = /^(?:opacity|z-index|flex|flex-grow|flex-shrink|order|font-weight|line-height|zoom)$/.test(css);
    declarations.push(`${css}: ${typeof (property.value as EstreeNode).value === 'number' && !unitless && value !== '0' ? `${value}px` : value}`);
  }
  return declarations.join('; ');
}

/** The constant string of `{{__html: '…'}}`, with where its text starts. */
function innerHtmlOf(value: EstreeNode): { value: string; start: number } | null {
  const object = value.type === 'JSXExpressionContainer' ? (value.expression as EstreeNode) : value;
  if (object.type !== 'ObjectExpression') return null;
  for (const property of object.properties as EstreeNode[]) {
    const key = property.key as EstreeNode | undefined;
    if (property.type !== 'Property' || !key || (key.type === 'Identifier' ? key.name : literalOf(key)) !== '__html') continue;
    const html = literalOf(property.value as EstreeNode);
    // The string's text starts after its quote; escapes inside it shift later offsets a little.
    if (html !== null) return { value: html, start: (property.value as EstreeNode).start + 1 };
  }
  return null;
}
