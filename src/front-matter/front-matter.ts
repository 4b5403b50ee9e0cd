/**
 * Front matter: found by its fences, parsed as data with a position for every key and value, and
 * never executed. We split the fences ourselves instead of using gray-matter: gray-matter passes
 * `---js` blocks to `eval`, caches results by content, treats any line starting with `---` as a
 * closing fence and gives no positions. See docs/architecture.md.
 */
import { parseDocument, isAlias, isMap, isScalar, isSeq, visit, Scalar, type Document, type Node as YamlNode } from 'yaml';
import { parseTOML, ParseError as TomlParseError, type AST as TomlAst } from 'toml-eslint-parser';
import type { LineIndex } from '../text/line-index.js';
import { readSimpleToml } from './simple-toml.js';
import { readSimpleYaml } from './simple-yaml.js';
import { readLeniently, type LenientConstruct } from './lenient.js';
import { endOfLine } from '../text/trim.js';
import type { Span } from '../text/span.js';
import { toData, type MappingEntry, type MappingNode, type ValueNode } from './tree.js';

export type FrontMatterFormat = 'yaml' | 'toml';

export type FrontMatterProblem =
  | { kind: 'unterminated'; fence: string; span: Span }
  | { kind: 'language'; language: string; span: Span }
  | { kind: 'too-large'; bytes: number; limit: number; span: Span }
  | { kind: 'syntax'; detail: string; span: Span }
  | { kind: 'duplicate-key'; key: string; span: Span }
  /**
   * YAML 1.2 rejects it, the generators' readers take it (see lenient.ts): the front matter is read
   * as they read it, and the rule says which generator accepts it.
   */
  | { kind: 'under-indented'; construct: LenientConstruct; key: string | null; openingLine: number; tabLed: boolean; span: Span }
  | { kind: 'tab-indented'; lines: number; span: Span }
  | { kind: 'unknown-tag'; tag: string; span: Span }
  | { kind: 'too-many-values'; limit: number; span: Span }
  | { kind: 'too-deep'; limit: number; span: Span }
  | { kind: 'not-mapping'; found: 'scalar' | 'sequence' | 'null'; raw: string; span: Span };

export interface FrontMatter {
  /** `null` when the fence names a language we refuse to read (`---js`). */
  format: FrontMatterFormat | null;
  /** The fence line as written, for messages. */
  fence: string;
  /** Offsets in the normalised text: the whole block including both fences, and its content. */
  blockEnd: number;
  contentStart: number;
  contentEnd: number;
  /** 1-based line of the closing fence; `null` when there is none. */
  closingLine: number | null;
  /** The parsed mapping with positions, when there is one. */
  root: MappingNode | null;
  /** Plain data (null-prototype objects, dates as the strings written), when `root` exists. */
  data: Record<string, unknown> | null;
  problems: FrontMatterProblem[];
}

export const FRONT_MATTER_LIMITS = {
  /** yaml's duplicate-key check is quadratic: 40,000 keys take seconds. Real front matter is < 4 KiB. */
  maxBytes: 64 * 1024,
  /** Values produced, aliases expanded: a billion-laughs document stops here. */
  maxValues: 10_000,
  maxDepth: 64,
} as const;

const OPENING_FENCE = /^(-{3}|\+{3})(?![-+])([^\n]*)$/;
const YAML_CLOSING_FENCE = /^(?:-{3}|\.{3})[ \t]*$/;
const TOML_CLOSING_FENCE = /^\+{3}[ \t]*$/;

/** Whether Hexo may split this text's front matter otherwise than the others do (`readFrontMatter`'s `hexo`): it does not open with a fence (Hexo's may have no opening line, or be `;;;` JSON). */
export function hexoReadsDifferently(text: string): boolean {
  return !OPENING_FENCE.test(text.slice(0, endOfLine(text, 0)));
}

/** Finds and parses the front matter of normalised text; `null` when the text has none. */
/**
 * `simple: false` reads every front matter with yaml or toml-eslint-parser, never with the fast
 * readers of the simple kinds (`simple-yaml.ts`, `simple-toml.ts`): for tests that compare the two.
 */
export function readFrontMatter(text: string, lines: LineIndex, { simple = true, hexo = false }: { simple?: boolean; hexo?: boolean } = {}): FrontMatter | null {
  const firstLineEnd = endOfLine(text, 0);
  if (hexo && hexoReadsDifferently(text)) return readHexoFrontMatter(text, lines, simple);
  const opening = OPENING_FENCE.exec(text.slice(0, firstLineEnd));
  if (!opening) return null;
  const fence = opening[1] as '---' | '+++';
  const language = (opening[2] ?? '').trim();
  const openingSpan = lines.span(0, firstLineEnd);
  const closing = fence === '---' ? YAML_CLOSING_FENCE : TOML_CLOSING_FENCE;

  let lineStart = firstLineEnd + 1;
  let closingStart = -1;
  while (lineStart <= text.length && firstLineEnd < text.length) {
    const lineEnd = endOfLine(text, lineStart);
    if (closing.test(text.slice(lineStart, lineEnd))) {
      closingStart = lineStart;
      break;
    }
    lineStart = lineEnd + 1;
  }

  if (closingStart === -1) {
    // The generator would swallow the whole file as front matter; we lint all of it as Markdown.
    return {
      format: null,
      fence: opening[0],
      blockEnd: 0,
      contentStart: 0,
      contentEnd: 0,
      closingLine: null,
      root: null,
      data: null,
      problems: [{ kind: 'unterminated', fence, span: openingSpan }],
    };
  }

  const contentStart = Math.min(firstLineEnd + 1, closingStart);
  const contentEnd = Math.max(contentStart, closingStart - 1);
  const frontMatter: FrontMatter = {
    format: null,
    fence: opening[0],
    blockEnd: endOfLine(text, closingStart),
    contentStart,
    contentEnd,
    closingLine: lines.position(closingStart).line,
    root: null,
    data: null,
    problems: [],
  };

  if (language !== '') {
    // Never parsed, never executed: `---js`, `---coffee`, even `---yaml` (no generator needs it).
    frontMatter.problems.push({ kind: 'language', language, span: openingSpan });
    return frontMatter;
  }
  frontMatter.format = fence === '---' ? 'yaml' : 'toml';

  const content = text.slice(contentStart, contentEnd);
  const bytes = Buffer.byteLength(content);
  if (bytes > FRONT_MATTER_LIMITS.maxBytes) {
    frontMatter.problems.push({
      kind: 'too-large',
      bytes,
      limit: FRONT_MATTER_LIMITS.maxBytes,
      span: lines.span(contentStart, contentStart),
    });
    return frontMatter;
  }

  const tooDeepAt = flowNestingBeyond(content, FRONT_MATTER_LIMITS.maxDepth);
  if (tooDeepAt !== -1) {
    // Checked before parsing: parsers spend seconds on thousands of nested brackets, or overflow.
    const at = contentStart + tooDeepAt;
    frontMatter.problems.push({ kind: 'too-deep', limit: FRONT_MATTER_LIMITS.maxDepth, span: lines.span(at, at + 1) });
    return frontMatter;
  }
  const builder = new TreeBuilder(lines, contentStart, content, frontMatter.problems);
  const root = frontMatter.format === 'yaml' ? builder.fromYaml(simple) : builder.fromToml(simple);
  if (root) {
    if (root.type === 'mapping') {
      frontMatter.root = root;
      frontMatter.data = toData(root) as Record<string, unknown>;
    } else {
      const found = root.type === 'sequence' ? 'sequence' : root.value === null ? 'null' : 'scalar';
      const raw = root.type === 'scalar' ? root.raw : '';
      frontMatter.problems.push({ kind: 'not-mapping', found, raw, span: root.span });
    }
  }
  return frontMatter;
}

/** Hexo's separators: `---` or `;;;` (JSON), three or more. */
const JSON_FENCE = /^;{3,}[ \t]*$/;
const HEXO_SEPARATOR = /^(?:-{3,}|;{3,})/;

/**
 * Front matter as Hexo splits it (hexo-front-matter's `split` and `parse`), where it differs from
 * the others: JSON between `;;;` lines (its body without braces), and, since "prefixing separators
 * are optional", everything before the first line that starts with `---` or `;;;` when the file
 * does not open with one — front matter only if it reads as a mapping (otherwise the whole file is
 * the post, as for Hexo). YAML and JSON are read alike: JSON is YAML's flow mapping.
 */
function readHexoFrontMatter(text: string, lines: LineIndex, simple: boolean): FrontMatter | null {
  const firstLineEnd = endOfLine(text, 0);
  const prefixed = JSON_FENCE.test(text.slice(0, firstLineEnd));
  let contentStart = prefixed ? Math.min(firstLineEnd + 1, text.length) : 0;
  let separator = -1;
  for (let lineStart = contentStart; lineStart < text.length; ) {
    const lineEnd = endOfLine(text, lineStart);
    if (HEXO_SEPARATOR.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 3))) && (!prefixed || JSON_FENCE.test(text.slice(lineStart, lineEnd)))) {
      separator = lineStart;
      break;
    }
    lineStart = lineEnd + 1;
  }
  if (separator === -1 || separator === 0) return null;
  const json = prefixed || text.startsWith(';;;', separator);
  contentStart = Math.min(contentStart, separator);
  const contentEnd = Math.max(contentStart, separator - 1);
  const content = text.slice(contentStart, contentEnd);
  if (Buffer.byteLength(content) > FRONT_MATTER_LIMITS.maxBytes || flowNestingBeyond(content, FRONT_MATTER_LIMITS.maxDepth) !== -1) return null;
  const problems: FrontMatterProblem[] = [];
  const builder = new TreeBuilder(lines, contentStart, content, problems);
  const root = json ? builder.fromJsonBody() : builder.fromYaml(simple);
  // Not a mapping, or not readable: Hexo keeps the whole file as the post (JSON), or fails on it (YAML); either way no front matter of ours.
  if (!root || root.type !== 'mapping' || problems.some((problem) => problem.kind === 'syntax')) return null;
  return {
    format: 'yaml',
    fence: prefixed ? text.slice(0, firstLineEnd) : '',
    blockEnd: endOfLine(text, separator),
    contentStart,
    contentEnd,
    closingLine: lines.position(separator).line,
    root,
    data: toData(root) as Record<string, unknown>,
    problems,
  };
}

/** Builds the positioned tree for YAML or TOML, counting values and depth so bombs stop early. */
class TreeBuilder {
  #values = 0;
  #stopped = false;
  /** The outermost alias being expanded: where a limit is reported, since that is where the reader sees the cause. */
  #expanding: Span | null = null;

  constructor(
    private readonly lines: LineIndex,
    private readonly offset: number,
    private readonly content: string,
    private readonly problems: FrontMatterProblem[],
  ) {}

  /** Where an offset of the text yaml read is in the content as written (they differ when it was read leniently). */
  #original: (offset: number) => number = (offset) => offset;

  #span(start: number, end: number): Span {
    return this.lines.span(this.offset + this.#original(start), this.offset + this.#original(end));
  }

  /** The content as written between two offsets of the text yaml read. */
  #slice(start: number, end: number): string {
    return this.content.slice(this.#original(start), this.#original(end));
  }

  /** Counts one value; false once a limit has been reported, so callers unwind. */
  #admit(depth: number, start: number, end: number): boolean {
    if (this.#stopped) return false;
    if (++this.#values > FRONT_MATTER_LIMITS.maxValues) {
      this.problems.push({ kind: 'too-many-values', limit: FRONT_MATTER_LIMITS.maxValues, span: this.#expanding ?? this.#span(start, end) });
      this.#stopped = true;
    } else if (depth > FRONT_MATTER_LIMITS.maxDepth) {
      this.problems.push({ kind: 'too-deep', limit: FRONT_MATTER_LIMITS.maxDepth, span: this.#span(start, end) });
      this.#stopped = true;
    }
    return !this.#stopped;
  }

  /** The tree of a JSON object's body (Hexo's `;;;` front matter, written without its braces), read as a YAML flow mapping. */
  fromJsonBody(): ValueNode | null {
    const length = this.content.length;
    this.#original = (offset) => Math.min(Math.max(offset - 1, 0), length);
    const document = parseYaml(`{${this.content}}`);
    if (!document || document.errors.length > 0 || document.contents === null) return null;
    try {
      return this.#yamlNode(document.contents, document, 0);
    } catch (error) {
      if (error instanceof RangeError) return null;
      throw error;
    }
  }

  /** The tree, from `simple-yaml.ts` when the front matter is of its kind (`simple`: test its tree against yaml's). */
  fromYaml(simple = true): ValueNode | null {
    const content = this.content;
    // Most front matter is flat, one-line values: read without yaml (ten times faster), same tree.
    let counted = 0;
    const fast = simple ? readSimpleYaml(content, (start, end) => this.#span(start, end), () => ++counted <= FRONT_MATTER_LIMITS.maxValues) : undefined;
    if (fast) return fast;
    let document = parseYaml(content);
    if (!document) {
      // Deep flow nesting can exhaust the parser's stack before it reports anything.
      this.problems.push({ kind: 'too-deep', limit: FRONT_MATTER_LIMITS.maxDepth, span: this.#span(0, 0) });
      return null;
    }
    if (document.errors.some(blocks)) {
      // Read as the generators read it, when that is what makes it YAML (see lenient.ts).
      const lenient = readLeniently(content);
      const reread = lenient && parseYaml(lenient.text);
      if (lenient && reread && !reread.errors.some(blocks)) {
        document = reread;
        this.#original = lenient.original;
        for (const leniency of lenient.leniencies) {
          const span = this.lines.span(this.offset + leniency.lineStart, this.offset + leniency.lineEnd);
          if (leniency.kind === 'tab-indented') {
            this.problems.push({ kind: 'tab-indented', lines: leniency.lines, span });
          } else {
            const openingLine = this.lines.position(this.offset + leniency.opening).line;
            this.problems.push({ kind: 'under-indented', construct: leniency.construct, key: leniency.key, openingLine, tabLed: leniency.tabLed, span });
          }
        }
      }
    }
    for (const error of document.errors) {
      const [start, end] = error.pos;
      if (error.code === 'DUPLICATE_KEY') {
        const key = keyStartingAt(document, start);
        const [keyStart, keyEnd] = key?.range ?? [start, end];
        const name = isScalar(key) ? String(key.value) : this.#slice(keyStart, keyEnd);
        this.problems.push({ kind: 'duplicate-key', key: name, span: this.#span(keyStart, keyEnd) });
      } else if (error.code === 'RESOURCE_EXHAUSTION') {
        this.problems.push({ kind: 'too-deep', limit: FRONT_MATTER_LIMITS.maxDepth, span: this.#span(start, start) });
        return null;
      } else if (!this.problems.some((problem) => problem.kind === 'syntax')) {
        // Later syntax errors are nearly always consequences of the first.
        this.problems.push({ kind: 'syntax', detail: firstLine(error.message), span: this.#span(start, end) });
      }
    }
    for (const warning of document.warnings) {
      const [start, end] = warning.pos;
      if (warning.code === 'TAG_RESOLVE_FAILED') {
        const message = firstLine(warning.message);
        const at = message.indexOf('tag: ');
        const tag = at >= 0 && at + 5 < message.length ? message.slice(at + 5) : this.#slice(start, end);
        this.problems.push({ kind: 'unknown-tag', tag: tag.replace('tag:yaml.org,2002:', '!!'), span: this.#span(start, end) });
      } else {
        this.problems.push({ kind: 'syntax', detail: firstLine(warning.message), span: this.#span(start, end) });
      }
    }
    // A duplicate key still leaves the rest readable: the last value counts, as where the generator allows it.
    if (document.errors.some(blocks)) return null;
    const contents = document.contents;
    if (contents === null) {
      // Empty or comments only: no fields, which is a valid (if empty) mapping.
      return { type: 'mapping', span: this.#span(0, 0), entries: [] };
    }
    try {
      return this.#yamlNode(contents, document, 0);
    } catch (error) {
      if (error instanceof RangeError) {
        this.problems.push({ kind: 'too-deep', limit: FRONT_MATTER_LIMITS.maxDepth, span: this.#span(0, 0) });
        return null;
      }
      throw error;
    }
  }

  #yamlNode(node: YamlNode, document: Document.Parsed, depth: number): ValueNode | null {
    const [start, valueEnd] = node.range ?? [0, 0, 0];
    if (!this.#admit(depth, start, valueEnd)) return null;
    const span = this.#span(start, valueEnd);
    if (isAlias(node)) {
      const target = node.resolve(document);
      if (!target) {
        this.problems.push({ kind: 'syntax', detail: `Unresolved alias *${node.source}`, span });
        return null;
      }
      const outermost = this.#expanding === null;
      if (outermost) this.#expanding = span;
      const resolved = this.#yamlNode(target, document, depth + 1);
      if (outermost) this.#expanding = null;
      // Report positions at the alias, where the reader sees the value used.
      return resolved ? { ...resolved, span } : null;
    }
    if (isMap(node)) {
      const entries: MappingEntry[] = [];
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const keyRange = keyNode?.range ?? [start, start, start];
        const key = isScalar(keyNode) ? String(keyNode.value) : this.#slice(keyRange[0], keyRange[1]);
        const valueNode = pair.value as YamlNode | null;
        const value: ValueNode | null = valueNode
          ? this.#yamlNode(valueNode, document, depth + 1)
          : { type: 'scalar', value: null, raw: '', span: this.#span(keyRange[1], keyRange[1]) };
        if (!value) return null;
        entries.push({ key, keySpan: this.#span(keyRange[0], keyRange[1]), value });
      }
      return { type: 'mapping', span, entries };
    }
    if (isSeq(node)) {
      const items: ValueNode[] = [];
      for (const item of node.items) {
        const value = this.#yamlNode(item as YamlNode, document, depth + 1);
        if (!value) return null;
        items.push(value);
      }
      return { type: 'sequence', span, items };
    }
    const scalar = node as Scalar;
    const value = scalar.value;
    const plain =
      value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : String(value);
    return { type: 'scalar', value: plain, raw: this.#slice(start, valueEnd), span, tag: scalar.tag };
  }

  /** The tree, from `simple-toml.ts` when the front matter is of its kind (`simple`: test its tree against the parser's). */
  fromToml(simple = true): ValueNode | null {
    const content = this.content;
    let counted = 0;
    const fast = simple ? readSimpleToml(content, (start, end) => this.#span(start, end), () => ++counted <= FRONT_MATTER_LIMITS.maxValues) : undefined;
    if (fast) return fast;
    let program: TomlAst.TOMLProgram;
    try {
      program = parseTOML(content, { tomlVersion: '1.0.0' });
    } catch (error) {
      if (error instanceof TomlParseError) {
        const duplicate = /multiple times/.test(error.message);
        const span = this.#span(error.index, error.index);
        if (duplicate) {
          const key = content.slice(error.index, endOfLine(content, error.index)).split('=')[0]?.trim() ?? '';
          this.problems.push({ kind: 'duplicate-key', key, span: this.#span(error.index, error.index + key.length) });
        } else {
          this.problems.push({ kind: 'syntax', detail: error.message, span });
        }
      } else if (error instanceof RangeError) {
        this.problems.push({ kind: 'too-deep', limit: FRONT_MATTER_LIMITS.maxDepth, span: this.#span(0, 0) });
      } else {
        throw error;
      }
      return null;
    }
    const topLevel = program.body[0];
    const root: MappingNode = { type: 'mapping', span: this.#span(0, content.length), entries: [] };
    for (const item of topLevel.body) {
      if (item.type === 'TOMLKeyValue') {
        if (!this.#tomlKeyValue(root, item, 1)) return null;
        continue;
      }
      // [table] and [[array.of.tables]]: resolvedKey is the full path, numbers index the array.
      let target: MappingNode | null = root;
      const path = item.resolvedKey;
      const tableSpan = this.#span(item.range[0], item.range[1]);
      for (let index = 0; index < path.length && target; index++) {
        const segment = path[index];
        if (typeof segment === 'number') continue;
        const next = path[index + 1];
        target = this.#childContainer(target, String(segment), typeof next === 'number' ? next : null, tableSpan, this.#span(item.key.range[0], item.key.range[1]));
      }
      if (!target) return null;
      for (const keyValue of item.body) {
        if (!this.#tomlKeyValue(target, keyValue, path.length + 1)) return null;
      }
    }
    return root;
  }

  /** The mapping at `key` of `parent` (or element `index` of the array of tables there), created if absent. */
  #childContainer(parent: MappingNode, key: string, index: number | null, span: Span, keySpan: Span): MappingNode | null {
    let entry = parent.entries.find((candidate) => candidate.key === key);
    if (!entry) {
      entry = { key, keySpan, value: index === null ? { type: 'mapping', span, entries: [] } : { type: 'sequence', span, items: [] } };
      parent.entries.push(entry);
    }
    if (index === null) return entry.value.type === 'mapping' ? entry.value : null;
    if (entry.value.type !== 'sequence') return null;
    let element = entry.value.items[index];
    if (!element) {
      element = { type: 'mapping', span, entries: [] };
      entry.value.items[index] = element;
    }
    return element.type === 'mapping' ? element : null;
  }

  #tomlKeyValue(target: MappingNode, keyValue: TomlAst.TOMLKeyValue, depth: number): boolean {
    const keys = keyValue.key.keys.map((key) => (key.type === 'TOMLBare' ? key.name : key.value));
    const keySpan = this.#span(keyValue.key.range[0], keyValue.key.range[1]);
    let container: MappingNode | null = target;
    for (const key of keys.slice(0, -1)) {
      container = container && this.#childContainer(container, key, null, keySpan, keySpan);
    }
    const value = this.#tomlValue(keyValue.value, depth + keys.length);
    if (!value || !container) return false;
    container.entries.push({ key: keys.at(-1) ?? '', keySpan, value });
    return true;
  }

  #tomlValue(node: TomlAst.TOMLContentNode, depth: number): ValueNode | null {
    const [start, end] = node.range;
    if (!this.#admit(depth, start, end)) return null;
    const span = this.#span(start, end);
    if (node.type === 'TOMLArray') {
      const items: ValueNode[] = [];
      for (const element of node.elements) {
        const value = this.#tomlValue(element, depth + 1);
        if (!value) return null;
        items.push(value);
      }
      return { type: 'sequence', span, items };
    }
    if (node.type === 'TOMLInlineTable') {
      const mapping: MappingNode = { type: 'mapping', span, entries: [] };
      for (const keyValue of node.body) if (!this.#tomlKeyValue(mapping, keyValue, depth + 1)) return null;
      return mapping;
    }
    const raw = this.content.slice(start, end);
    switch (node.kind) {
      case 'offset-date-time':
      case 'local-date-time':
      case 'local-date':
      case 'local-time':
        return { type: 'scalar', value: node.datetime, raw, span, tag: 'date' };
      case 'integer':
        return { type: 'scalar', value: Number.isSafeInteger(node.value) ? node.value : node.number, raw, span };
      default:
        return { type: 'scalar', value: node.value, raw, span };
    }
  }

}

/** The YAML 1.2 reading of front matter; `null` when deep nesting exhausted the parser's stack. */
function parseYaml(content: string): Document.Parsed | null {
  try {
    return parseDocument(content, {
      schema: 'core',
      version: '1.2',
      uniqueKeys: true,
      strict: true,
      prettyErrors: false,
      merge: false,
      // Tags beyond the core schema (`!!binary`, `!!set`, `!!timestamp`…) stay unresolved: reported.
      resolveKnownTags: false,
    });
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** Whether an error leaves nothing to read: any but a duplicate key. */
function blocks(error: { code: string }): boolean {
  return error.code !== 'DUPLICATE_KEY';
}

/**
 * Offset of the first `[` or `{` that opens more than `limit` nested flow collections, or -1.
 * Quoted strings are skipped; comments are not, which can only make the check stricter.
 */
function flowNestingBeyond(content: string, limit: number): number {
  let depth = 0;
  let quote = '';
  for (let index = 0; index < content.length; index++) {
    const character = content[index];
    if (quote) {
      if (character === '\\' && quote === '"') index++;
      else if (character === quote) quote = '';
      else if (character === '\n' && depth === 0) quote = '';
    } else if (character === '"' || (character === "'" && depth > 0)) {
      quote = character;
    } else if (character === '[' || character === '{') {
      if (++depth > limit) return index;
    } else if (character === ']' || character === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}

/** The mapping key whose node starts at `offset`, to report a duplicate at the whole key. */
function keyStartingAt(document: Document.Parsed, offset: number): YamlNode | null {
  let found: YamlNode | null = null;
  visit(document, {
    Pair(_, pair) {
      const key = pair.key as YamlNode | null;
      if (key?.range?.[0] === offset) {
        found = key;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

