/**
 * The fast Markdown reader against micromark: the nodes rules read (links, images, definitions,
 * references, raw HTML, code, lists, items, paragraphs, headings, quotes) at the same offsets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareFile, markdownFiles, signature } from '../scripts/compare-markdown.js';
import { LintDocument } from '../src/engine/document.js';
import { FAST_READER_BUILDS, readFastMarkdown } from '../src/markdown/fast-markdown.js';
import type { Root } from 'mdast';
import { parseMarkdown, walkMarkdown } from '../src/markdown/parse.js';
import { loadMdx } from '../src/markdown/mdx.js';
import { FIXTURES, HAS_SHARED, REPO_ROOT, SHARED } from './helpers.js';

// These lint .mdx files in this thread, as lintPaths does after loading the MDX parsers.
beforeAll(loadMdx);

function both(text: string, file = 'post.md') {
  const document = LintDocument.fromText(file, text);
  const fast = readFastMarkdown(document.text, document.bodyStart, document.lines, document.isMdx);
  const slow = parseMarkdown(document.text, document.bodyStart, document.lines, document.isMdx, false);
  return { fast: 'root' in fast ? signature(fast.root) : fast.reason, slow: signature(slow.root), mdxError: slow.mdxError?.message ?? null };
}

describe('fast Markdown reader', () => {
  it.each([
    ['links, images, references and definitions', '[a](https://a.example "t") ![i](/i.png) [r][x] [x] [y][]\n\n[x]: https://x.example\n[y]: <https://y.example> "title"\n'],
    ['autolinks and GFM literals', '<https://a.example> <me@a.example> https://b.example/path?q=1. www.c.example, mail me@d.example; (https://e.example/a_(b))\n'],
    ['code spans and fenced, indented and unclosed code', 'a `[no](link)` b ``x ` y``\n\n```js\n[no](link)\n```\n\n    [no](link)\n\n~~~\n[no](link)\n'],
    ['HTML blocks of every kind and inline HTML', '<div>\n<a href="x">y</a>\n</div>\n\n<!-- c\n-->\n\n<script>\nx()\n</script>\n\ntext <b>bold</b> <!-- note --> end\n\n<custom-tag>\nz\n'],
    ['lists: nesting, lazy lines, task items, ordered, loose', '- a\n  - b [l](https://l.example)\nlazy\n- [x] done\n- [ ] todo\n\n1. one\n2. two\n\n   para\n\n* star\n+ plus\n'],
    ['quotes, headings and tables', '> quote [q](https://q.example)\nlazy\n>\n> - in quote\n\n# Title #\n\nSetext\n===\n\n| a | b |\n| - | - |\n| [t](https://t.example) | <b>x</b> |\n'],
    ['footnotes', 'Text[^1] and [^missing].\n\n[^1]: The note, with [a link](https://n.example).\n    More of it.\n'],
    ['a link may not contain a link; brackets that close nothing', '[a [b](https://b.example) c](https://a.example) [x]( [y] ]\n'],
  ])('reads %s as micromark does', (_name, text) => {
    const { fast, slow } = both(text);
    expect(fast).toEqual(slow);
  });

  it.each([
    ['tabs in a list item\'s indentation', '- a\n\t- b [l](https://l.example)\n\t\t- c\n\n3. step\n\n    ```sh\n    run\n    ```\n\n\t[after](https://after.example) the code\n'],
    ['a tab-indented line in fenced code (never a closing fence)', '```js\n\t```not the end [no](link)\n```\n\n[yes](https://yes.example)\n'],
    ['a definition whose destination is on the next line', '[x]:\n  https://x.example\n\n[x] and [y]\n\n[y]:\nhttps://y.example "title"\n'],
    ['a label and colon that start no definition', '- [x]: text [after](https://a.example)\n- [x]: [Add "quoted" words](https://b.example)\n- [x]:\n  - nested\n\n[x]: https://x.example\n'],
    ['a table after a paragraph', 'Some text with [a](https://a.example)\n| a | b |\n| - | - |\n| [t](https://t.example) | x |\n'],
  ])('reads %s as micromark does', (_name, text) => {
    const { fast, slow } = both(text);
    expect(fast).toEqual(slow);
  });

  it.each([
    ['MDX: tabs indent JSX children and fences like spaces', '<Tabs>\n  <TabItem label="a">\n  \t```astro\n\t<p>{x}</p>\n  \t```\n  </TabItem>\n</Tabs>\n\n1. step\n\n\t[after](https://after.example)\n'],
  ])('reads %s as micromark does', (_name, text) => {
    const { fast, slow, mdxError } = both(text, 'post.mdx');
    expect(mdxError).toBeNull();
    expect(fast).toEqual(slow);
  });

  it.each([
    ['tab-indented code', 'text\n\n\tcode [no](link)\n'],
    ['a definition whose title is on the next line', '[x]: https://x.example\n"title"\n\n[x]\n'],
    ['a definition whose title goes on over lines', '[x]: https://x.example "a\ntitle"\n\n[x]\n'],
  ])('leaves %s to micromark', (_name, text) => {
    expect(typeof both(text).fast).toBe('string');
  });

  it.each([
    ['JSX elements holding Markdown, nested in lists, with indented fences', '<Steps>\n1. Run:\n\n    <Tabs>\n      <Fragment slot="npm">\n        ```sh\n        npx astro add preact\n        ```\n      </Fragment>\n    </Tabs>\n\n2. [Done](https://d.example).\n</Steps>\n\n<Aside type="tip" title=\'Tip\'>\n  Indented by four, and still a paragraph, with [a link](/a).\n</Aside>\n'],
    ['JSX in text: attributes of every kind, links and URLs inside', 'Press <kbd>Ctrl + C</kbd> or <Badge text="new" size={2} hidden {...rest} data-x=\'a &amp; b\' /> and <a href="https://a.example">see [b](https://b.example) https://c.example</a>.\n'],
    ['tags over several lines, several on a line, fragments and member names', '<Card\n  title="A card"\n  href="/a"\n/>\n\n<A><B.C>\ntext\n</B.C></A>\n\n<>\nfragment\n</>\n'],
    ['expressions: comments, several lines, braces in strings, in text', '{/* a comment */}\n\n{\n  items.map((item) => item.name)\n}\n\nText {"}"} and {props.title} and {/* note */}.\n\n<Component>{value}</Component>\n'],
    ['ESM blocks', 'import A from "./a.astro";\nimport { B, C } from \'@astrojs/b\';\nexport const meta = {\n  title: "x",\n};\n\n# Title\n\nImporting is a word here; import at the start of a line is ESM.\n'],
    ['tags and expressions that end a paragraph or a list', 'para\n<Aside>\nx\n</Aside>\n- item\n{/* c */}\n- item\n<br />\n'],
  ])('reads MDX %s as micromark does', (_name, text) => {
    const { fast, slow, mdxError } = both(text, 'post.mdx');
    expect(mdxError).toBeNull();
    expect(fast).toEqual(slow);
  });

  it.each([
    ['an element not closed', '<Aside>\ntext\n'],
    ['a closing tag for another element', '<A>\nx\n</B>\n'],
    ['a `<` that starts no tag', 'I <3 MDX\n'],
    ['an HTML comment', '<!-- note -->\n'],
    ['an autolink', '<https://a.example>\n'],
    ['an expression that is not JavaScript', 'Text {a b} here.\n'],
    ['an unclosed expression', 'Text {a\n'],
    ['a name imported twice', 'import A from "a"\n\nimport A from "b"\n'],
    ['an element across a link', '[a <b>c](https://x.example) d</b>\n'],
  ])('leaves MDX with %s to micromark, which reports it', (_name, text) => {
    const { fast, mdxError } = both(text, 'post.mdx');
    expect(typeof fast).toBe('string');
    expect(mdxError).not.toBeNull();
  });

  it('decodes escapes and character references in text and URLs as micromark does', () => {
    // The signature compares URLs, not text: text values are compared here.
    const text = '\\[a\\] \\\\ \\q &amp; &copy;&copy; &fake; &#38; &#x26; &#0; &#55296; &#1114112; & ; \\&amp;\n\n[l](https://a.example/?a=1&amp;b=2\\_c&lt;) ![i](/i\\(1\\).png "t&amp;")\n';
    const values = (root: Root) => {
      const out: string[] = [];
      walkMarkdown(root, (node) => {
        if (node.type === 'text') out.push(node.value);
        else if (node.type === 'link' || node.type === 'image') out.push(`<${node.url}>`);
      });
      return out.join('');
    };
    const document = LintDocument.fromText('post.md', text);
    const fast = readFastMarkdown(document.text, document.bodyStart, document.lines, false);
    const slow = parseMarkdown(document.text, document.bodyStart, document.lines, false, false);
    expect('root' in fast).toBe(true);
    expect(values((fast as { root: Root }).root)).toBe(values(slow.root));
    expect(values(slow.root)).toContain('[a] \\ \\q & ©© &fake; & & \uFFFD \uFFFD \uFFFD & ; &amp;');
  });

  it('reads every fixture and example as micromark does (two known differences, where micromark is wrong)', () => {
    const differing: string[] = [];
    for (const folder of [FIXTURES, path.join(REPO_ROOT, 'examples')]) {
      for (const file of markdownFiles(folder)) {
        if (compareFile(file).differences.length > 0) differing.push(path.relative(REPO_ROOT, file));
      }
    }
    // micromark does not read `<a href=https://…>` (an unquoted value with `/`) as HTML; browsers and
    // CommonMark do, and so does the fast reader.
    expect(differing.sort()).toEqual(['test/fixtures/no-affiliate-links/not-ok/programmes.md', 'test/fixtures/no-tracking-pixels/not-ok/pixels.md']);
  });

  it.each([
    ['Markdown', 'post.md', ['[x]('.repeat(20_000), '['.repeat(50_000) + 'a' + ']'.repeat(50_000), '<!-- '.repeat(50_000), Array.from({ length: 3000 }, (_, index) => '`'.repeat((index % 50) + 1)).join(' ')]],
    ['MDX', 'post.mdx', ['{}'.repeat(50_000), `{${'}'.repeat(50_000)}`, '<a>'.repeat(20_000), `${'<a>\n'.repeat(10_000)}${'</a>\n'.repeat(10_000)}`, `<a b="${'x'.repeat(100_000)}`, Array.from({ length: 5000 }, (_, index) => `import a${index} from "a"\n`).join('\n'), `x {"${'('.repeat(50_000)}}`]],
  ])('stays linear on %s input that makes naive readers quadratic', (_name, file, texts) => {
    for (const text of texts) {
      const document = LintDocument.fromText(file, text);
      const started = performance.now();
      readFastMarkdown(document.text, document.bodyStart, document.lines, document.isMdx);
      // Generous: this is a guard against quadratic time (minutes), not a benchmark.
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });
});

describe.skipIf(!HAS_SHARED)('fast Markdown reader on ../shared/corpus', () => {
  // A sample (every tenth file): micromark takes minutes on all of them. The whole corpus:
  // `npx tsx scripts/compare-markdown.ts ../shared/corpus/*`.
  it('reads at least 98% of a sample of the real sites identically and leaves at most 2% to micromark', () => {
    let files = 0;
    let identical = 0;
    let gaveUp = 0;
    for (const site of ['astro-docs', 'hexo-site', 'nodejs-org', 'rust-blog']) {
      let index = 0;
      for (const file of markdownFiles(path.join(SHARED, 'corpus', site))) {
        if (index++ % 10 !== 0) continue;
        files++;
        const { fast, differences } = compareFile(file);
        if (!fast) gaveUp++;
        else if (differences.length === 0) identical++;
      }
    }
    expect(files).toBeGreaterThan(260);
    // All 2,704 files (438 MDX), last measured: 99.2% identical, 0.8% left to micromark.
    expect({ identical: identical / files >= 0.98, gaveUp: gaveUp / files <= 0.02, files, identicalFiles: identical, gaveUpFiles: gaveUp }).toMatchObject({ identical: true, gaveUp: true });
  }, 120_000);
});

describe('the fast reader\'s subset', () => {
  it('builds only the node types it declares, on every fixture', async () => {
    await loadMdx();
    const built = new Set<string>();
    for (const file of markdownFiles(FIXTURES)) {
      const document = LintDocument.fromBytes(file, readFileSync(file));
      const read = readFastMarkdown(document.text, document.bodyStart, document.lines, document.isMdx);
      if ('root' in read) walkMarkdown(read.root, (node) => void built.add(node.type));
    }
    expect([...built].filter((type) => !FAST_READER_BUILDS.has(type))).toEqual([]);
  });

  it('refuses a view of a node type it does not build, loudly, whichever reader read the file', () => {
    const document = LintDocument.fromText('post.md', '*Emphasis* and [a link](https://example.com).\n');
    expect(document.nodesOfType('link')).toHaveLength(1);
    expect(() => document.nodesOfType('emphasis')).toThrow('the fast Markdown reader does not build them');
  });
});
