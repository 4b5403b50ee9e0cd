/**
 * A fast reader of the Markdown the rules look at: block structure (paragraphs, headings, lists,
 * block quotes, code, HTML blocks, definitions, footnote definitions, tables) and, inside
 * paragraphs, headings and table rows, links, images, references, code spans, raw HTML and text —
 * with exact positions, as an mdast tree of the same shape micromark would build for those nodes.
 * For MDX it also reads JSX elements, expressions and ESM (fast-mdx.ts), and drops what MDX drops
 * (indented code, HTML, autolinks). It does not build emphasis, strikethrough or table cells
 * (nothing checks them); tabs in indentation are made spaces (`untab`). It gives up (returns `null`)
 * on what it does not model — a definition whose title runs on, nesting over 12 levels, tab-indented
 * code, anything that would be an MDX error — so that micromark reads that file.
 * `test/fast-markdown.test.ts` compares the two on the fixtures and the corpus.
 *
 * The parts, by construct: fast/syntax.ts (lines and block starts), fast/blocks.ts (the Reader's
 * block structure), fast/inline.ts (paragraph content), fast/decode.ts (escapes and references).
 *
 * Why: micromark builds every token of CommonMark and GFM and costs 2–4 ms per KB on real sites; the
 * rules need a fraction of it.
 */
import type { Root } from 'mdast';
import type { LineIndex } from '../text/line-index.js';
import { endOfLine } from '../text/trim.js';
import { GiveUp } from './fast-mdx.js';
import { Reader } from './fast/blocks.js';
import { COMMONMARK, MDX, type Line } from './fast/syntax.js';

/**
 * The node types the fast reader builds (micromark builds more: emphasis, strong, delete, breaks…).
 * Rules may only ask a document for these (`LintDocument.nodesOfType` enforces it).
 */
export const FAST_READER_BUILDS: ReadonlySet<string> = new Set([
  'root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'code', 'html', 'definition', 'footnoteDefinition',
  'table', 'tableRow', 'tableCell', 'text', 'link', 'image', 'linkReference', 'imageReference', 'footnoteReference', 'inlineCode',
  'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement',
]);

export function parseFastMarkdown(text: string, bodyStart: number, lines: LineIndex, mdx = false): Root | null {
  const read = readFastMarkdown(text, bodyStart, lines, mdx);
  return 'root' in read ? read.root : null;
}

/** The tree, or why the fast reader leaves this text to micromark. */
export function readFastMarkdown(text: string, bodyStart: number, lines: LineIndex, mdx = false): { root: Root } | { reason: string } {
  try {
    const reader = new Reader(text, lines, mdx ? MDX : COMMONMARK);
    const bodyLines: Line[] = [];
    for (let start = bodyStart; start <= text.length; ) {
      const end = endOfLine(text, start);
      bodyLines.push({ text: text.slice(start, end), offset: start, end });
      start = end + 1;
      if (end === text.length) break;
    }
    const children = reader.blocks(bodyLines, 0);
    reader.resolveInlines();
    const root: Root = { type: 'root', children, position: reader.position(bodyStart, text.length) };
    return { root };
  } catch (error) {
    if (error instanceof GiveUp) return { reason: error.message };
    throw error;
  }
}
