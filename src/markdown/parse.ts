/**
 * The Markdown body as a tree: the fast reader where it models the text, micromark (CommonMark +
 * GFM, and MDX for `.mdx` files) elsewhere. Every position is a position in the original file.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Nodes, Root } from 'mdast';
import { parseFastMarkdown } from './fast-markdown.js';
import { mdxParsers } from './mdx.js';
import type { LineIndex } from '../text/line-index.js';
import type { Span } from '../text/span.js';

/**
 * Parses the body, which starts at offset `bodyStart` of the document's text, and moves every
 * position so that lines, columns and offsets in the tree are those of the whole file. (Parsing
 * the body alone, rather than the text with the front matter blanked out, matters: micromark is
 * slow on long runs of blank lines.)
 */
export interface ParsedMarkdown {
  root: Root;
  /** An MDX syntax error: the file was then parsed as plain Markdown so it is still checked. */
  mdxError: { message: string; line: number; column: number } | null;
  /** Whether the tree is micromark's, complete; `false` for the fast reader's subset. */
  complete: boolean;
}

export function parseMarkdown(text: string, bodyStart: number, lines: LineIndex, mdx: boolean, fast = true): ParsedMarkdown {
  // Markdown and MDX go through the fast reader; what it does not model (MDX errors included), through micromark.
  if (fast) {
    let root: Root | null = null;
    try {
      root = parseFastMarkdown(text, bodyStart, lines, mdx);
    } catch {
      // A failure of the fast reader is one more thing it does not model.
    }
    if (root) return { root, mdxError: null, complete: false };
  }
  const body = text.slice(bodyStart);
  let root: Root | undefined;
  let mdxError: ParsedMarkdown['mdxError'] = null;
  if (mdx) {
    const { mdxjs, mdxFromMarkdown } = mdxParsers();
    try {
      // Parsing only: acorn reads the JSX and ESM, nothing is evaluated.
      root = fromMarkdown(body, {
        extensions: [gfm(), mdxjs()],
        mdastExtensions: [gfmFromMarkdown(), mdxFromMarkdown()],
      });
    } catch (error) {
      const point = errorPoint(error);
      // The reason may end with a position relative to the body: the finding carries the real one.
      const reason = ((error as { reason?: string }).reason ?? (error as Error).message).replace(/ \(\d+:\d+(?:-\d+:\d+)?\)$/, '');
      mdxError = { message: reason, line: point.line + lines.position(bodyStart).line - 1, column: point.column };
    }
  }
  root ??= fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  if (bodyStart > 0) {
    const lineShift = lines.position(bodyStart).line - 1;
    walkMarkdown(root, (node) => {
      const position = node.position;
      if (!position) return;
      for (const point of [position.start, position.end]) {
        // The body starts at the end of the closing fence line: its first line is empty.
        point.line += lineShift;
        if (point.offset !== undefined) point.offset += bodyStart;
      }
    });
  }
  return { root, mdxError, complete: true };
}

/**
 * Where a micromark/MDX error points. Some errors carry `place`, others only say it in the
 * reason, as in "Expected a closing tag for `<Card>` (3:1-3:17)".
 */
function errorPoint(error: unknown): { line: number; column: number } {
  const { place, line, column, reason } = error as {
    place?: { line?: number; column?: number; start?: { line: number; column: number } };
    line?: number;
    column?: number;
    reason?: string;
  };
  const point = place?.start ?? place;
  if (point?.line) return { line: point.line, column: point.column ?? 1 };
  if (line) return { line, column: column ?? 1 };
  const inReason = /\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(reason ?? '');
  return inReason ? { line: Number(inReason[1]), column: Number(inReason[2]) } : { line: 1, column: 1 };
}

/** Visits every node of the tree in document order (preorder), without recursion (deep trees cannot overflow). */
export function walkMarkdown(root: Root, visit: (node: Nodes) => void): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    visit(node);
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
    }
  }
}

/** The tree's nodes by type, each list in document order (see `LintDocument.nodesOfType`). */
export function nodesByType(root: Root): Map<string, Nodes[]> {
  const types = new Map<string, Nodes[]>();
  walkMarkdown(root, (node) => {
    const list = types.get(node.type);
    if (list) list.push(node);
    else types.set(node.type, [node]);
  });
  return types;
}

/** A unist position as a span (both are 1-based with an exclusive end). */
export function spanOf(position: { start: { line: number; column: number }; end: { line: number; column: number } }): Span {
  return { line: position.start.line, column: position.start.column, endLine: position.end.line, endColumn: position.end.column };
}
