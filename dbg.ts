import { readFileSync } from 'node:fs';
import { LintDocument } from './src/engine/document.ts';
import { parseFastMarkdown } from './src/engine/fast-markdown.ts';
const file = process.argv[2] as string;
const at = Number(process.argv[3]);
const d = LintDocument.fromBytes(file, readFileSync(file), file);
const root = parseFastMarkdown(d.text, d.bodyStart, d.lines)!;
const show = (n: any, depth: number) => {
  const s = n.position?.start.offset, e = n.position?.end.offset;
  if (s <= at + 200 && e >= at - 200) {
    console.log(' '.repeat(depth * 2) + n.type, s, e, JSON.stringify(d.text.slice(s, Math.min(e, s + 60))));
    for (const c of n.children ?? []) show(c, depth + 1);
  }
};
for (const c of root.children) show(c, 0);
