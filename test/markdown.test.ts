/** The Markdown report (the action's job summary): tables GitHub renders as meant, whatever posts contain. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { summarize } from '../src/engine/results.js';
import type { Finding } from '../src/engine/types.js';
import { markdown, SUMMARY_LIMIT_BYTES } from '../src/reporters/markdown.js';
import { rules } from '../src/rules/index.js';

function finding(overrides: Partial<Finding> = {}): Finding {
  return { ruleId: 'no-script', severity: 'error', messageId: 'inline', message: 'Unexpected inline `<script>`; remove it', data: {}, file: 'posts/a.md', line: 3, column: 1, endLine: 3, endColumn: 9, ...overrides };
}

function parse(text: string) {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function nodesOfType(tree: any, type: string): any[] {
  const found: any[] = [];
  const visit = (node: any) => {
    if (node.type === type) found.push(node);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

describe('markdown reporter', () => {
  it('shows totals, a table and a chart per rule, and one row per finding with a link to its line', () => {
    const result = summarize([
      { file: 'posts/a.md', suppressed: 0, findings: [finding(), finding({ line: 9, endLine: 9 }), finding({ ruleId: 'image-type', severity: 'warning', message: 'Unexpected `.bmp`' })] },
      { file: 'posts/b.md', suppressed: 0, findings: [] },
    ]);
    const text = markdown(result, { rules, color: false, markdown: { lineUrl: (file, line) => `https://example.com/${file}#L${line}`, notes: ['Pull request #7.'] } });
    expect(text).toContain('### content-lint: 2 errors, 1 warning in 2 files\n\nPull request #7.  \n');
    const tree = parse(text);
    const [rulesTable, findingsTable] = nodesOfType(tree, 'table');
    expect(rulesTable.children).toHaveLength(3);
    expect(findingsTable.children).toHaveLength(4);
    expect(text).toContain('pie showData title Findings per rule\n    "no-script" : 2\n    "image-type" : 1\n');
    expect(text).toContain('| [posts/a.md:9](https://example.com/posts/a.md#L9) | error | Unexpected inline `<script>`; remove it | `no-script` |');
  });

  it('keeps hostile file names and messages inert: no HTML, links, mentions or broken rows', () => {
    const hostile = finding({
      file: 'posts/<img src=x onerror=alert(1)>|[x](https://evil.example)@octocat\n| a | b |.md',
      message: 'Unexpected `a|b` then <b>bold</b> **strong** https://evil.example www.evil.example @octocat\u2028| x |',
    });
    const text = markdown(summarize([{ file: hostile.file, suppressed: 0, findings: [hostile] }]), { rules, color: false });
    const tree = parse(text);
    const [, findingsTable] = nodesOfType(tree, 'table');
    expect(findingsTable.children).toHaveLength(2);
    expect(findingsTable.children[1].children).toHaveLength(4);
    expect(nodesOfType(findingsTable, 'html')).toEqual([]);
    expect(nodesOfType(findingsTable, 'link')).toEqual([]);
    expect(nodesOfType(findingsTable, 'strong')).toEqual([]);
    expect(nodesOfType(findingsTable, 'inlineCode').map((node) => node.value)).toEqual(['a|b', 'no-script']);
  });

  it('stops listing before the size limit and says how many findings it left out', () => {
    const findings = Array.from({ length: 20_000 }, (_, index) => finding({ line: index + 1, endLine: index + 1, message: `Unexpected ${'x'.repeat(40)} number ${index}` }));
    const text = markdown(summarize([{ file: 'posts/a.md', suppressed: 0, findings }]), { rules, color: false, markdown: { maxBytes: 100_000 } });
    const rows = text.split('\n').filter((line) => line.startsWith('| posts/a.md:')).length;
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(100_000);
    expect(rows).toBeGreaterThan(500);
    expect(text).toContain(`${20_000 - rows} more findings not listed`);
    // The action's limit is GitHub's: 1 MiB per step.
    const full = markdown(summarize([{ file: 'posts/a.md', suppressed: 0, findings }]), { rules, color: false, markdown: { maxBytes: SUMMARY_LIMIT_BYTES } });
    expect(Buffer.byteLength(full)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
  });

  it('is short when there is nothing to report', () => {
    expect(markdown(summarize([{ file: 'a.md', suppressed: 0, findings: [] }]), { rules, color: false })).toBe('### content-lint: 0 errors, 0 warnings in 1 file\n\n');
  });
});
