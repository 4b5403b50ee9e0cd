/**
 * Compares the fast Markdown reader with micromark on files: the nodes rules read (links, images,
 * definitions, references, raw HTML, code, lists, list items, paragraphs and headings) at the same
 * offsets. `npx tsx scripts/compare-markdown.ts FOLDER…` prints the files that differ.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LintDocument } from '../src/engine/document.js';
import { readFastMarkdown } from '../src/markdown/fast-markdown.js';
import { parseMarkdown, walkMarkdown } from '../src/markdown/parse.js';
import type { Nodes, Root } from 'mdast';

const COMPARED = new Set(['link', 'image', 'definition', 'linkReference', 'imageReference', 'html', 'inlineCode', 'code', 'list', 'listItem', 'paragraph', 'heading', 'blockquote', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

export function signature(root: Root): string[] {
  const nodes: Nodes[] = [];
  walkMarkdown(root, (node) => nodes.push(node));
  return nodes
    .filter((node) => COMPARED.has(node.type))
    .map((node: Nodes) => {
      const type = node.type === 'heading' ? 'paragraph' : node.type;
      const url = 'url' in node ? ` ${node.url}` : '';
      // JSX elements: name and attributes, as the rules read them; expressions and ESM: their text.
      const jsx = 'attributes' in node ? ` <${node.name}> ${JSON.stringify(node.attributes.map((attribute) => [attribute.type === 'mdxJsxAttribute' ? attribute.name : '...', typeof attribute.value === 'string' || attribute.value === null || attribute.value === undefined ? attribute.value : attribute.value.value]))}` : '';
      const value = node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm' ? ` ${JSON.stringify(node.value)}` : '';
      // A list's end is not compared: micromark counts the prefix of a following blank quote line in it.
      const end = node.type === 'list' ? '' : node.position?.end.offset;
      return `${type} ${node.position?.start.offset}-${end}${url}${jsx}${value}`;
    })
    .sort();
}

export function compareFile(file: string): { fast: boolean; reason?: string; differences: string[] } {
  const document = LintDocument.fromBytes(file, readFileSync(file), file);
  const read = readFastMarkdown(document.text, document.bodyStart, document.lines, document.isMdx);
  if (!('root' in read)) return { fast: false, reason: read.reason, differences: [] };
  const fast = read.root;
  const slow = parseMarkdown(document.text, document.bodyStart, document.lines, document.isMdx, false);
  if (slow.mdxError) return { fast: true, differences: [`MDX error in micromark: ${slow.mdxError.message}`] };
  const a = signature(slow.root);
  const b = signature(fast);
  const onlySlow = a.filter((item) => !b.includes(item)).map((item) => `- ${item}`);
  const onlyFast = b.filter((item) => !a.includes(item)).map((item) => `+ ${item}`);
  return { fast: true, differences: [...onlySlow, ...onlyFast] };
}

export function* markdownFiles(folder: string): Generator<string> {
  if (!statSync(folder).isDirectory()) {
    yield folder;
    return;
  }
  for (const name of readdirSync(folder)) {
    const full = path.join(folder, name);
    const stat = lstatSync(full);
    if (stat.isDirectory()) yield* markdownFiles(full);
    else if (stat.isFile() && /\.(md|markdown|mdx)$/.test(name)) yield full;
  }
}

if (process.argv[1]?.endsWith('compare-markdown.ts')) {
  let files = 0;
  let gaveUp = 0;
  let differing = 0;
  const reasons = new Map<string, number>();
  const verbose = process.argv.includes('-v');
  for (const folder of process.argv.slice(2).filter((arg) => arg !== '-v')) {
    for (const file of markdownFiles(folder)) {
      files++;
      const { fast, reason, differences } = compareFile(file);
      if (!fast) {
        gaveUp++;
        reasons.set(reason ?? '', (reasons.get(reason ?? '') ?? 0) + 1);
      }
      else if (differences.length > 0) {
        differing++;
        console.log(`${file}: ${differences.length} differences`);
        if (verbose) for (const line of differences.slice(0, 12)) console.log(`    ${line}`);
      }
    }
  }
  console.log(`${files} files: ${files - gaveUp - differing} identical, ${differing} differ, ${gaveUp} left to micromark ${JSON.stringify(Object.fromEntries(reasons))}`);
}
