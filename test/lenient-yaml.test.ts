/**
 * Front matter that YAML 1.2 rejects and the generators' readers take (src/front-matter/lenient.ts):
 * read as they read it. gray-matter (js-yaml 3, as Docusaurus reads) is the reference here; js-yaml
 * 4, libyaml and both Go readers were checked by hand (docs/rules/front-matter-syntax.md says with what).
 */
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { readFrontMatter, type FrontMatterProblem } from '../src/front-matter/front-matter.js';
import { readLeniently } from '../src/front-matter/lenient.js';
import { LineIndex } from '../src/text/line-index.js';

function read(yaml: string) {
  const text = `---\n${yaml}\n---\nBody\n`;
  return readFrontMatter(text, new LineIndex(text));
}

/** js-yaml's reading, dates as their text (as content-lint keeps them). */
function jsYaml(yaml: string): unknown {
  // An options object turns off gray-matter's cache (see domain notes).
  const data = matter(`---\n${yaml}\n---\nBody\n`, {}).data;
  return JSON.parse(JSON.stringify(data, (_key, value: unknown) => (typeof value === 'string' && /^\d{4}-\d\d-\d\dT00:00:00\.000Z$/.test(value) ? value.slice(0, 10) : value)));
}

function kinds(problems: readonly FrontMatterProblem[]) {
  return problems.map((problem) => `${problem.kind}@${problem.span.line}`);
}

describe('under-indented continuation lines', () => {
  it.each([
    ['a wrapped double-quoted title', 'title: "A long title that the author\nwrapped by hand"\ndate: 2021-03-04', ['under-indented@3']],
    ['a wrapped single-quoted description with an apostrophe', "description: 'Notes on the team''s\nmigration to Hugo'\ntags: [go]", ['under-indented@3']],
    ['a paragraph break inside quotes', 'summary: "First paragraph.\n\nSecond paragraph,\nstill the summary."', ['under-indented@4']],
    ['a continuation that looks like a key, a list item or a comment', 'title: "Hugo: the\nkey: part\n- not an item\n# not a comment"\nauthor: Ann', ['under-indented@3']],
    ['a nested key', 'cover:\n  image: /img/a.png\n  alt: "A heron standing\nin the shallows"\ndraft: false', ['under-indented@5']],
    ['a list item at the first column', 'tags:\n- "static site\ngenerators"\n- web', ['under-indented@4']],
    ['an indented list item', 'authors:\n  - "Jane\n  Doe"\n  - Sam', ['under-indented@4']],
    ['a mapping in a list', 'authors:\n  - name: Jane\n    bio: "Writes about\n  compilers"\ntitle: T', ['under-indented@5']],
    ['a flow list over two lines', 'keywords: [javascript, node,\ntypescript, "deno\nand bun"]\ntitle: x', ['under-indented@3']],
    ['a flow mapping over two lines', 'cover: {src: /a.png,\nalt: "a cat"}', ['under-indented@3']],
    ['a continuation led by a tab', 'title: "Tabs\n\tare whitespace"', ['under-indented@3']],
    ['a quoted key', '"title": "Wrapped\nby hand"', ['under-indented@3']],
    ['two wrapped values', 'title: "One\ntwo"\ndescription: \'three\nfour\'', ['under-indented@3', 'under-indented@5']],
  ])('reads %s as js-yaml does', (_name, yaml, expected) => {
    const frontMatter = read(yaml);
    expect(kinds(frontMatter?.problems ?? [])).toEqual(expected);
    expect(JSON.parse(JSON.stringify(frontMatter?.data))).toEqual(jsYaml(yaml));
  });

  it('keeps positions and raw text as written', () => {
    const yaml = 'title: "A long title\nwrapped"\ndate: 2021-03-04';
    const frontMatter = read(yaml);
    const title = frontMatter?.root?.entries[0]?.value;
    const date = frontMatter?.root?.entries[1]?.value;
    expect(title).toMatchObject({ raw: '"A long title\nwrapped"', span: { line: 2, column: 8, endLine: 3, endColumn: 9 } });
    expect(date).toMatchObject({ raw: '2021-03-04', span: { line: 4, column: 7, endLine: 4, endColumn: 17 } });
    expect(frontMatter?.problems[0]).toMatchObject({ kind: 'under-indented', key: 'title', openingLine: 2, tabLed: false, construct: 'quoted string' });
  });

  it('says which line starts with a tab inside a quoted string', () => {
    expect(read('title: "a\n\tb"')?.problems[0]).toMatchObject({ tabLed: true });
    expect(read('tags: [a,\n\tb]')?.problems[0]).toMatchObject({ tabLed: false });
  });

  it.each([
    ['a plain value continued at the first column', 'title: A long title\nwrapped by hand'],
    ['a quote never closed', 'title: "A long title\nauthor: Ann'],
    ['a document marker inside quotes', 'title: "a\n--- b"'],
    ['text after the closing quote', 'title: "Hello" world'],
    ['a value with `: ` in it', 'title: Vue: a guide'],
  ])('leaves %s an error', (_name, yaml) => {
    const frontMatter = read(yaml);
    expect(frontMatter?.data).toBeNull();
    expect(kinds(frontMatter?.problems ?? [])).toEqual([expect.stringMatching(/^syntax@/)]);
  });

  it('does not mistake a quote inside a plain value for a string', () => {
    expect(readLeniently("title: It's \"fine\nauthor: Ann")).toBeNull();
    expect(readLeniently("tags: [it's, fine,\nok]")?.leniencies).toMatchObject([{ construct: 'flow list', key: 'tags' }]);
  });

  it('reads valid YAML as before, without the lenient reader', () => {
    const yaml = 'title: "A long title\n  wrapped"\ntags: [a,\n  b]';
    expect(read(yaml)?.problems).toEqual([]);
  });
});

describe("Hexo's tabs", () => {
  /** What hexo-front-matter 4 does before js-yaml reads (lib/front_matter.ts, escapeYAML). */
  const hexo = (yaml: string) => yaml.replace(/\n(\t+)/g, (_match, tabs: string) => `\n${'  '.repeat(tabs.length)}`);

  it.each([
    ['a list indented with tabs', 'title: Tabs\ntags:\n\t- hexo\n\t- blog'],
    ['a nested mapping indented with tabs', 'title: Tabs\ncover:\n\tsrc: /a.png\n\talt: "A\n\tcat"'],
    ['two levels of tabs', 'title: Tabs\nsidebar:\n\tbadge:\n\t\ttext: New'],
  ])('reads %s as Hexo does', (_name, yaml) => {
    const frontMatter = read(yaml);
    expect(frontMatter?.problems.find((problem) => problem.kind === 'tab-indented')).toMatchObject({ span: { line: 4 } });
    expect(JSON.parse(JSON.stringify(frontMatter?.data))).toEqual(jsYaml(hexo(yaml)));
  });
});
