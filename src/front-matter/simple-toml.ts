/**
 * A fast reader of the TOML most front matter is (Hugo, Zola): `key = value` lines with bare keys
 * and one-line values — basic strings without escapes, literal strings, decimal integers, booleans,
 * and arrays of those, over several lines if need be — and `[table]` headers with a bare name. It
 * builds the tree `fromToml` builds from toml-eslint-parser (same values, same ranges), several
 * times faster; blank and comment lines are skipped. Anything else — dates, floats, escapes,
 * dotted or quoted keys, inline tables, arrays of tables, comments after a value, duplicate keys —
 * is `undefined`, and toml-eslint-parser reads it. `test/simple-toml.test.ts` compares the two.
 */
import type { MappingEntry, MappingNode, ScalarNode, ValueNode } from './tree.js';
import { endOfLine } from '../text/trim.js';
import type { Context } from './context.js';

/** Blank lines and comment lines: no part of any value's range. */
const SKIPPED = /^[ \t]*(?:#.*)?$/;
const KEY_VALUE = /^([A-Za-z0-9_-]{1,128})[ \t]*=[ \t]*/;
const TABLE = /^\[([A-Za-z0-9_-]{1,128})\][ \t]*$/;
/** A value's end on its line: only spaces and tabs may follow (a comment is left to the parser). */
const LINE_REST = /^[ \t]*$/;
// Control characters other than tab are errors in TOML strings; tabs are allowed but left to the parser.
const BASIC_STRING = /^"([^"\\\x00-\x1f\x7f]*)"/;
const LITERAL_STRING = /^'([^'\x00-\x1f\x7f]*)'/;
/**
 * Decimal integers within the safe range: no `+`, underscores or leading zeros (the parser's value
 * is then the number written). Not `0`, to which toml-eslint-parser gives an empty range.
 */
const INTEGER = /^-?[1-9][0-9]{0,14}(?![\w.:+-])/;
const BOOLEAN = /^(?:true|false)(?![\w.:+-])/;
const ARRAY_SPACE = /^[ \t\n]*/;

/**
 * The front matter's tree, or `undefined` when it is not of the simple kind (or a limit was
 * reached): the caller then reads it with toml-eslint-parser.
 */
export function readSimpleToml(content: string, span: Context['span'], admit: Context['admit']): ValueNode | undefined {
  const context: Context = { content, span, admit };
  const root: MappingNode = { type: 'mapping', span: span(0, content.length), entries: [] };
  /** The table key-value lines go to: the root, then the last `[table]`. */
  let target = root;
  /** The `[table]` being read: its span runs to its last key-value. */
  let table: { start: number; end: number; entry: MappingEntry } | null = null;
  const keys = new Set<string>();
  const closeTable = () => {
    if (table) table.entry.value.span = span(table.start, table.end);
  };
  let at = 0;
  while (at < content.length) {
    const lineEnd = endOfLine(content, at);
    const line = content.slice(at, lineEnd);
    if (SKIPPED.test(line)) {
      at = lineEnd + 1;
      continue;
    }
    const header = line.charCodeAt(0) === 91 ? TABLE.exec(line) : null;
    if (header) {
      const name = header[1] as string;
      // A table named twice, or named as a key of the root: the parser reports it.
      if (root.entries.some((entry) => entry.key === name)) return undefined;
      closeTable();
      const headerEnd = at + name.length + 2;
      const entry: MappingEntry = { key: name, keySpan: span(at + 1, at + 1 + name.length), value: { type: 'mapping', span: span(at, headerEnd), entries: [] } };
      root.entries.push(entry);
      target = entry.value as MappingNode;
      table = { start: at, end: headerEnd, entry };
      keys.clear();
      at = lineEnd + 1;
      continue;
    }
    const key = KEY_VALUE.exec(line);
    if (!key) return undefined;
    const name = key[1] as string;
    if (keys.has(name)) return undefined;
    keys.add(name);
    if (!admit()) return undefined;
    const read = value(context, at + key[0].length);
    if (!read) return undefined;
    const valueEnd = read.end;
    // The rest of the value's last line must be empty.
    const restEnd = endOfLine(content, valueEnd);
    if (!LINE_REST.test(content.slice(valueEnd, restEnd))) return undefined;
    target.entries.push({ key: name, keySpan: span(at, at + name.length), value: read.node });
    if (table) table.end = valueEnd;
    at = restEnd + 1;
  }
  closeTable();
  // An empty front matter is left to the parser.
  if (root.entries.length === 0) return undefined;
  return root;
}

/** A value starting at `from`: its node and where it ends, or `null` when it is not of the simple kind. */
function value(context: Context, from: number): { node: ValueNode; end: number } | null {
  const { content } = context;
  if (content.charCodeAt(from) !== 91) {
    const node = scalar(context, from);
    return node && { node, end: from + node.raw.length };
  }
  // An array of scalars: over several lines, with a trailing comma or not, without comments.
  const items: ValueNode[] = [];
  let at = from + 1;
  for (;;) {
    at += (ARRAY_SPACE.exec(content.slice(at, at + 200)) as RegExpExecArray)[0].length;
    if (content.charCodeAt(at) === 93) break;
    if (!context.admit()) return null;
    const item = scalar(context, at);
    if (!item) return null;
    items.push(item);
    at += item.raw.length;
    at += (ARRAY_SPACE.exec(content.slice(at, at + 200)) as RegExpExecArray)[0].length;
    const next = content.charCodeAt(at);
    if (next === 44) at++;
    else if (next !== 93) return null;
  }
  return { node: { type: 'sequence', span: context.span(from, at + 1), items }, end: at + 1 };
}

function scalar(context: Context, from: number): ScalarNode | null {
  const rest = context.content.slice(from, from + 4096);
  const string = BASIC_STRING.exec(rest) ?? LITERAL_STRING.exec(rest);
  if (string) return { type: 'scalar', value: string[1] as string, raw: string[0], span: context.span(from, from + string[0].length) };
  const integer = INTEGER.exec(rest);
  if (integer) return { type: 'scalar', value: Number(integer[0]), raw: integer[0], span: context.span(from, from + integer[0].length) };
  const boolean = BOOLEAN.exec(rest);
  if (boolean) return { type: 'scalar', value: boolean[0] === 'true', raw: boolean[0], span: context.span(from, from + boolean[0].length) };
  return null;
}
