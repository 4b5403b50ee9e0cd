/**
 * Grammar fuzzing: documents drawn from Markdown, HTML, MDX and front-matter tokens (up to 2,000)
 * are linted as Markdown and as MDX. No rule may crash, the findings must be the same on a second
 * run and under CRLF line endings, every reported position must lie in the file, and each file must
 * finish well within the time budget. CI runs 1,000 documents at a fixed seed and 200 at a random
 * seed it prints; `npm run test:nightly` runs 100,000 (FUZZ_RUNS). A failure prints the seed and
 * the shrunk document: make it a fixture.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TIME_BUDGET_MS } from '../src/run/budget.js';
import { lintText } from '../src/run/lint.js';
import type { FileResult } from '../src/engine/types.js';
import { loadMdx } from '../src/markdown/mdx.js';

// These lint .mdx files in this thread, as lintPaths does after loading the MDX parsers.
beforeAll(loadMdx);

const FRONT_MATTER = ['title: Post\n', 'date: 2024-01-01\n', 'date: 2024-02-30\n', 'updated: 2023-01-01\n', 'tags: [a, b]\n', 'slug: x\n', 'image: https://cdn.example.com/a.jpg\n', 'a: &x [1]\nb: *x\n', 'title: "unterminated\n', '- list\n', 'key:\n  nested: 1\n', ': bad\n', '!!js/function x\n'];
const BODY = [
  '\n', '\n\n', ' ', '  ', '    ', '\t', 'word', 'é', '\u2028', '# ', '## ', '- ', '* ', '1. ', '> ', '```\n', '~~~js\n', '---\n', '***\n',
  '[', ']', '(', ')', '![', '](', '[x]: https://example.com/a\n', '[^1]', '[^1]: note\n', '<', '>', '/', '"', "'", '=', '|', ' | ', '|---|\n',
  '*', '_', '**', '`', '``', '\\', '&amp;', '&#0;', '&#x110000;', 'https://example.com/p?a=1', 'www.example.com', 'user@example.com',
  '<script>', '</script>', '<script src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>',
  '<ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins>', '<img src="https://t.example.com/p.gif" width="1" height="1">',
  '<iframe src="https://www.youtube.com/embed/x"></iframe>', '<a href="https://amzn.to/x">buy</a>', '<div>', '</div>', '<p', '<!--', '-->',
  '<!-- content-lint-disable -->', '<!-- content-lint-disable-next-line no-script -->', '<!-- ad -->', 'Also read: ', 'Advertisement',
  '{', '}', '{1 + 1}', 'import X from "./x.js"\n', 'export const a = 1\n', '<X prop={1} />', '<X>', '</X>', '<>', '</>',
];

const token = fc.constantFrom(...BODY);
const document = fc
  .record({
    frontMatter: fc.option(fc.array(fc.constantFrom(...FRONT_MATTER), { maxLength: 8 }), { nil: undefined }),
    fence: fc.constantFrom('---', '+++', '---yaml'),
    closed: fc.boolean(),
    // Mostly documents of up to a hundred tokens or so; one in ten of up to 2,000.
    body: fc.oneof({ weight: 9, arbitrary: fc.array(token, { maxLength: 2000, size: 'medium' }) }, { weight: 1, arbitrary: fc.array(token, { maxLength: 2000, size: 'max' }) }),
  })
  .map(({ frontMatter, fence, closed, body }) => {
    const head = frontMatter ? `${fence}\n${frontMatter.join('')}${closed ? `${fence.slice(0, 3)}\n` : ''}` : '';
    return head + body.join('');
  });

function shape(result: FileResult): string[] {
  return result.findings.map((finding) => `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.ruleId}/${finding.messageId} ${finding.message}`);
}

function check(text: string, path: string): void {
  const started = performance.now();
  const first = lintText(text, { path });
  const elapsed = performance.now() - started;
  expect(first.findings.filter((finding) => finding.messageId === 'crash').map((finding) => finding.message)).toEqual([]);
  expect(elapsed).toBeLessThan(DEFAULT_TIME_BUDGET_MS);
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const finding of first.findings) {
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.line).toBeLessThanOrEqual(lines);
    expect(finding.endLine).toBeGreaterThanOrEqual(finding.line);
    expect(finding.endLine).toBeLessThanOrEqual(lines);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    if (finding.endLine === finding.line) expect(finding.endColumn).toBeGreaterThanOrEqual(finding.column);
  }
  expect(shape(lintText(text, { path }))).toEqual(shape(first));
  expect(shape(lintText(text.replace(/\n/g, '\r\n'), { path }))).toEqual(shape(first));
}

const property = fc.property(document, fc.constantFrom('post.md', 'post.mdx'), (text, path) => check(text, path));

describe('grammar fuzzing', () => {
  const runs = Number(process.env.FUZZ_RUNS ?? 1000);

  it(`${runs} documents at a fixed seed`, () => {
    fc.assert(property, { numRuns: runs, seed: 20261128 });
  }, 600_000);

  it('200 documents at a random seed (printed, to replay a failure)', () => {
    const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
    console.log(`grammar fuzzing: random seed ${seed} (replay with FUZZ_SEED=${seed})`);
    fc.assert(property, { numRuns: 200, seed });
  }, 600_000);
});
