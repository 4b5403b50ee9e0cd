/**
 * Front matter as a tree, whatever its format: mappings, sequences and scalars, each with its span
 * in the file and each scalar's text as written; the plain data built from it; and the node a data
 * path leads to. What the readers build and the rules read.
 */
import type { Span } from '../text/span.js';

export type ValueNode = MappingNode | SequenceNode | ScalarNode;

export interface MappingNode {
  type: 'mapping';
  span: Span;
  entries: MappingEntry[];
}

export interface MappingEntry {
  key: string;
  keySpan: Span;
  value: ValueNode;
}

export interface SequenceNode {
  type: 'sequence';
  span: Span;
  items: ValueNode[];
}

export interface ScalarNode {
  type: 'scalar';
  span: Span;
  value: string | number | boolean | null;
  /** The scalar exactly as written, quotes included: dates are judged on this, never on a coerced value. */
  raw: string;
  /** `date` for TOML date/time values; the YAML tag where one was written. */
  tag?: string | undefined;
}

/** Plain data from a node tree. Objects have no prototype, so `__proto__` is an ordinary key. */
export function toData(node: ValueNode): unknown {
  switch (node.type) {
    case 'scalar':
      return node.value;
    case 'sequence':
      return node.items.map(toData);
    case 'mapping': {
      const object: Record<string, unknown> = Object.create(null);
      for (const entry of node.entries) object[entry.key] = toData(entry.value);
      return object;
    }
  }
}

/** The node a data path leads to (`['tags', 2]`), with the span of its key when it is a mapping value. */
export function nodeAt(root: ValueNode, path: ReadonlyArray<PropertyKey>): { value: ValueNode; keySpan: Span | null } | null {
  let current: { value: ValueNode; keySpan: Span | null } = { value: root, keySpan: null };
  for (const segment of path) {
    const node = current.value;
    if (node.type === 'sequence' && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) return null;
      current = { value: item, keySpan: null };
    } else if (node.type === 'mapping') {
      // The last entry wins, as in the data built from the tree.
      const entry = node.entries.findLast((candidate) => candidate.key === String(segment));
      if (!entry) return null;
      current = { value: entry.value, keySpan: entry.keySpan };
    } else {
      return null;
    }
  }
  return current;
}
