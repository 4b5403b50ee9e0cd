/**
 * A fast reader of the YAML most front matter is: a mapping of plain keys to one-line scalars
 * (plain, or quoted without escapes), flow sequences of such scalars (`tags: [a, 'b']`), block
 * sequences of one-line scalars and block mappings of the same, nested up to four deep
 * (`cover:` then `  image: a.png`). It builds the tree the `yaml` package would (same values under
 * the core schema, same ranges), in a tenth of the time; comment lines from the first column are
 * skipped like blank lines. Anything else — other comments, block scalars, sequences of mappings,
 * anchors, tags, escapes, duplicate keys, tabs — is `undefined`, and `yaml` reads it.
 * `test/simple-yaml.test.ts` compares the two.
 */
import type { MappingEntry, ScalarNode, ValueNode } from './tree.js';
import { endOfLine, leadingSpaces } from '../text/trim.js';
import type { Context } from './context.js';

/** Blank lines, and comment lines from the first column: no part of any value's range in yaml. */
const SKIPPED = /^(?: *|#.*)$/;
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]{0,127}):(?: +|$)/;
/** Keys the core schema would read as null or a boolean (`String(null)` is not what was written). */
const TYPED_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const ITEM_LINE = /^( *)- +/;
const DOUBLE_QUOTED = /^"([^"\\]*)" *$/;
const SINGLE_QUOTED = /^'([^']*)' *$/;
const FLOW_SEQUENCE = /^\[([^[\]{}#]*)\] *$/;
/** A quoted item of a flow sequence, whole (one holding a comma is split by it, and then fails this). */
const FLOW_QUOTED = /^(?:"([^"\\]*)"|'([^']*)')$/;
/** Characters a plain scalar may not start with (YAML's indicators), and text it may not hold. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const NOT_PLAIN = /: |:$| #|[\t\x00-\x1f\x7f\x85\u2028\u2029\ufeff]/;
const FLOW_NOT_PLAIN = /[:#\t\x00-\x1f\x7f\x85\u2028\u2029\ufeff]/;
/** A `-` before a letter, digit or dot starts a plain scalar (`-1`, `-.inf`, `-foo`), not a sequence. */
const DASH_START = /^-[0-9A-Za-z.]/;

// The core schema's plain-scalar types, in yaml's order (yaml/dist/schema/core).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under YAML 1.2's core schema, as `yaml` resolves it. */
export function corePlainValue(text: string): string | number | boolean | null {
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT.test(text)) return parseInt(text.slice(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.slice(2), 16);
  if (FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? Number.NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}


/**
 * The front matter's tree, or `undefined` when it is not of the simple kind (or a limit was
 * reached): the caller then reads it with `yaml`.
 */
export function readSimpleYaml(content: string, span: Context['span'], admit: Context['admit']): ValueNode | undefined {
  const context: Context = { content, span, admit };
  const mapping = blockMapping(context, 0, 0, 0);
  // Anything left over is a line this reader does not take (indented deeper than a value, say).
  if (!mapping || mapping.next < content.length) return undefined;
  if (!admit()) return undefined;
  return mapping.node;
}

/** Mappings nested deeper than this are left to yaml (front matter rarely goes past two). */
const MAX_NESTING = 4;

/**
 * The block mapping whose keys start at column `indent` on the lines from `from`: its node, where
 * yaml ends it (after its last value's line break) and where reading stopped (the first line
 * indented less, which belongs to an enclosing mapping, or the content's end); `undefined` for
 * anything not of the simple kind.
 */
function blockMapping(context: Context, from: number, indent: number, depth: number): { node: ValueNode; end: number; next: number } | undefined {
  const { content, span, admit } = context;
  const entries: MappingEntry[] = [];
  const keys = new Set<string>();
  let start = -1;
  /** Where yaml ends the last value: after its line break (the mapping ends there). */
  let end = from;
  let at = from;
  while (at < content.length) {
    const lineEnd = endOfLine(content, at);
    const line = content.slice(at, lineEnd);
    if (SKIPPED.test(line)) {
      at = lineEnd + 1;
      continue;
    }
    const lineIndent = leadingSpaces(line);
    // Indented less: the end of this mapping (an enclosing one goes on); more: not of the simple kind.
    if (lineIndent < indent && start !== -1) break;
    if (lineIndent !== indent) return undefined;
    const key = KEY_LINE.exec(indent === 0 ? line : line.slice(indent));
    if (!key) return undefined;
    const name = key[1] as string;
    if (keys.has(name) || TYPED_KEY.test(name)) return undefined;
    keys.add(name);
    const keyStart = at + indent;
    if (start === -1) start = keyStart;
    const after = lineEnd < content.length ? lineEnd + 1 : lineEnd;
    const valueText = line.slice(indent + key[0].length);
    const keySpan = span(keyStart, keyStart + name.length);
    if (!admit()) return undefined;
    let value: ValueNode | undefined;
    if (/^ *$/.test(valueText)) {
      // yaml extends an empty value's range over comment lines after it: left to yaml.
      if (commentFollows(content, after)) return undefined;
      // No value on the line: a block sequence or a mapping on the lines that follow, or null.
      const nextIndent = indentOfNextLine(content, after);
      const sequence = nextIndent >= indent ? blockSequence(context, after, indent) : null;
      if (sequence === undefined) return undefined;
      if (sequence) {
        value = sequence.node;
        end = sequence.end;
        at = sequence.end;
      } else if (nextIndent > indent) {
        if (depth + 1 >= MAX_NESTING) return undefined;
        const nested = blockMapping(context, after, nextIndent, depth + 1);
        if (!nested) return undefined;
        value = nested.node;
        end = nested.end;
        at = nested.next;
      } else {
        value = { type: 'scalar', value: null, raw: '', span: span(lineEnd, lineEnd) };
        end = lineEnd;
        at = after;
      }
    } else {
      value = scalarOrFlow(context, valueText, keyStart + key[0].length);
      end = after;
      at = after;
    }
    if (!value) return undefined;
    entries.push({ key: name, keySpan, value });
  }
  if (start === -1) return undefined;
  if (depth > 0 && !admit()) return undefined;
  return { node: { type: 'mapping', span: span(start, end), entries }, end, next: at };
}

/** The indentation of the next line that is neither blank nor a first-column comment, from `from`; -1 at the end. */
function indentOfNextLine(content: string, from: number): number {
  for (let at = from; at < content.length; ) {
    const lineEnd = endOfLine(content, at);
    const line = content.slice(at, lineEnd);
    if (!SKIPPED.test(line)) return leadingSpaces(line);
    at = lineEnd + 1;
  }
  return -1;
}

/** Whether a comment line comes at `from`, after blank lines if any. */
function commentFollows(content: string, from: number): boolean {
  for (let at = from; at < content.length; ) {
    const lineEnd = endOfLine(content, at);
    const line = content.slice(at, lineEnd);
    if (line.startsWith('#')) return true;
    if (!/^ *$/.test(line)) return false;
    at = lineEnd + 1;
  }
  return false;
}

/**
 * The lines of a block sequence starting at `from` (after blank lines), one scalar an item, for a
 * key at column `indent`: `null` when none starts there, `undefined` when one does that this reader
 * does not take.
 */
function blockSequence(context: Context, from: number, indent: number): { node: ValueNode; end: number } | null | undefined {
  const { content, span } = context;
  const items: ValueNode[] = [];
  let itemIndent: string | null = null;
  let first = -1;
  let at = from;
  let end = from;
  while (at < content.length) {
    const lineEnd = endOfLine(content, at);
    const line = content.slice(at, lineEnd);
    if (SKIPPED.test(line)) {
      at = lineEnd + 1;
      continue;
    }
    const item = ITEM_LINE.exec(line);
    if (!item || (itemIndent !== null && item[1] !== itemIndent)) break;
    itemIndent = item[1] as string;
    if (first === -1) first = at + itemIndent.length;
    const after = lineEnd < content.length ? lineEnd + 1 : lineEnd;
    if (!context.admit()) return undefined;
    const value = scalarOrFlow(context, line.slice(item[0].length), at + item[0].length, false);
    if (!value) return undefined;
    items.push(value);
    end = after;
    at = after;
  }
  if (items.length === 0) return null;
  // The next line must end the sequence at the mapping's level or an enclosing one (a key), or the content must end.
  if (at < content.length && leadingSpaces(content.slice(at, at + indent + 1)) > indent) return undefined;
  return { node: { type: 'sequence', span: span(first, end), items }, end };
}

/** A one-line value: a quoted or plain scalar, or (in a mapping) a flow sequence of plain scalars. */
function scalarOrFlow(context: Context, text: string, offset: number, flowAllowed = true): ValueNode | undefined {
  const { span } = context;
  if (/^ *$/.test(text)) return undefined;
  const quoted = DOUBLE_QUOTED.exec(text) ?? SINGLE_QUOTED.exec(text);
  if (quoted) {
    const raw = text.trimEnd();
    return { type: 'scalar', value: quoted[1] as string, raw, span: span(offset, offset + raw.length) };
  }
  const flow = FLOW_SEQUENCE.exec(text);
  if (flow) {
    if (!flowAllowed) return undefined;
    const inner = flow[1] as string;
    const close = offset + 1 + inner.length;
    const items: ValueNode[] = [];
    if (inner.trim() !== '') {
      let itemStart = offset + 1;
      for (const part of inner.split(',')) {
        const trimmed = part.trim();
        const from = itemStart + (part.length - part.trimStart().length);
        const quotedItem = FLOW_QUOTED.exec(trimmed);
        if (quotedItem) {
          if (!context.admit()) return undefined;
          items.push({ type: 'scalar', value: (quotedItem[1] ?? quotedItem[2]) as string, raw: trimmed, span: span(from, from + trimmed.length) });
          itemStart += part.length + 1;
          continue;
        }
        if (trimmed === '' || INDICATOR.test(trimmed) || FLOW_NOT_PLAIN.test(trimmed) || /["']/.test(trimmed)) return undefined;
        if (!context.admit()) return undefined;
        items.push(plain(context, trimmed, from));
        itemStart += part.length + 1;
      }
    }
    return { type: 'sequence', span: span(offset, close + 1), items };
  }
  const trimmed = text.trimEnd();
  if ((INDICATOR.test(trimmed) && !DASH_START.test(trimmed)) || NOT_PLAIN.test(trimmed)) return undefined;
  return plain(context, trimmed, offset);
}

function plain(context: Context, text: string, offset: number): ScalarNode {
  return { type: 'scalar', value: corePlainValue(text), raw: text, span: context.span(offset, offset + text.length) };
}
