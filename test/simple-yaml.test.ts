/**
 * The simple front-matter reader against the `yaml` package: where it reads a front matter, the
 * whole result (tree, spans, raw text, values, data, problems) must be what yaml gives; where it
 * does not, yaml reads it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownFiles } from '../scripts/compare-markdown.js';
import { readFrontMatter } from '../src/front-matter/front-matter.js';
import { LineIndex } from '../src/text/line-index.js';
import { corePlainValue, readSimpleYaml } from '../src/front-matter/simple-yaml.js';
import { decodeSource } from '../src/text/source.js';
import { HAS_SHARED, SHARED } from './helpers.js';
import { parse } from 'yaml';

const noSpan = () => ({ line: 0, column: 0, endLine: 0, endColumn: 0 });

/** Whether the simple reader takes the front matter, and whether its result is yaml's. */
function compare(yaml: string): { simple: boolean; same: boolean; fast: unknown; slow: unknown } {
  const text = `---\n${yaml}\n---\nBody\n`;
  const lines = new LineIndex(text);
  const simple = readSimpleYaml(yaml, noSpan, () => true) !== undefined;
  const fast = readFrontMatter(text, lines);
  const slow = readFrontMatter(text, lines, { simple: false });
  return { simple, same: JSON.stringify(fast) === JSON.stringify(slow), fast, slow };
}

describe('simple front-matter reader', () => {
  it.each([
    ['plain values of every core type', 'title: Hello world\ncount: 12\nneg: -3\nhex: 0x1F\noct: 0o17\nratio: 1.5\nexp: 1e3\ndot: .5\ninf: -.inf\nnan: .NaN\nyes: true\nno: False\nnothing: null\ntilde: ~\ndate: 2024-02-30\ntime: 12:30\nurl: https://example.com/a?b=c#d'],
    ['quoted values', 'a: "double # not a comment"\nb: \'single: with colon\'\nc: "ünïcödé — “quotes”"\nd: ""   '],
    ['empty values and blank lines', 'a:\n\nb:   \nc: x   \n\n'],
    ['flow sequences', 'tags: [a, b, c]\nempty: []\nspaced: [ one , two ]\nnumbers: [1, 2.5, true, null]\nquoted: [\'ssr\', "static", \'\', "a: b"]'],
    ['block sequences at both indents', 'tags:\n  - one\n  - "two"\n  - 3\nmore:\n- a\n\n- b\nlast: x'],
    ['a sequence ending the front matter', 'title: T\nauthors:\n  - A\n  - B'],
    ['a plain value with quotes and hashes inside', "title: It's C# and \"more\"\nb: a#b"],
    ['nested mappings', 'title: T\ncover:\n  image: a.png\n  alt: "An image"\nsidebar:\n    order: 2\n    badge:\n      text: New\n      variant: tip\n    hidden:\nlast: x'],
    ['sequences and empty values in a nested mapping', 'head:\n  tags: [a, b]\n  authors:\n    - A\n    - B\n  more:\n  - c\n  empty:\n\n  after: y'],
    ['a nested mapping ending the front matter', 'title: T\nextra:\n  team: infra\n  url: https://example.com\n\n'],
    ['comment lines from the first column', '# NOTE: generated\n\ntitle: T\n# between\ntags:\n  - a\n# inside\n  - b\nlast: x\n# after'],
  ])('reads %s as yaml does', (_name, yaml) => {
    const { simple, same, fast, slow } = compare(yaml);
    expect(simple).toBe(true);
    expect(fast).toEqual(slow);
    expect(same).toBe(true);
  });

  it.each([
    ['an indented comment', 'title: x\n  # comment'],
    ['a trailing comment', 'title: x # comment'],
    ['escapes', 'title: "a\\tb"'],
    ['a line indented between two levels', 'a:\n    b: c\n  d: e'],
    ['a line indented deeper than its key', 'a:\n  b: c\n    d: e'],
    ['nesting five deep', 'a:\n b:\n  c:\n   d:\n    e: f'],
    ['duplicate keys in a nested mapping', 'a:\n  b: 1\n  b: 2'],
    ['an indented comment in a nested mapping', 'a:\n  b: 1\n  # c\n  d: 2'],
    ['multi-line plain scalars', 'title: one\n  two'],
    ['block scalars', 'text: |\n  line'],
    ['anchors, aliases and tags', 'a: &x 1\nb: *x\nc: !!str 3'],
    ['duplicate keys', 'a: 1\na: 2'],
    ['keys the core schema types', 'true: 1\nnull: 2'],
    ['a colon and space in a value', 'title: Check in: Unit 1'],
    ['quoted keys', '"a": 1'],
    ['flow mappings and nested flow', 'a: {b: 1}\nc: [d, [e]]'],
    ['a comma inside a quoted flow item', 'a: ["x, y", z]'],
    ['a quote inside a plain flow item', 'a: [it\'s, z]'],
    ['tabs', 'a:\t1'],
    ['sequences of mappings', 'items:\n  - name: x'],
    ['an empty front matter', ''],
  ])('leaves %s to yaml, which reads them alike', (_name, yaml) => {
    const { simple, fast, slow } = compare(yaml);
    expect(simple).toBe(false);
    expect(fast).toEqual(slow);
  });

  it('types plain scalars as yaml core schema does', () => {
    for (const text of ['', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', '0', '00', '-0', '+12', '0o17', '0o8', '0x1f', '0X1F', '1_000', '1.', '.5', '-.5', '1e3', '1E-3', '+.inf', '.Inf', '-.INF', '.nan', '.NAN', 'NaN', '2024-01-01', '12:30', '99999999999999999999', 'x']) {
      expect([text, corePlainValue(text)]).toEqual([text, parse(`v: ${text}`, { schema: 'core', version: '1.2' }).v]);
    }
  });

  it('agrees with yaml on generated front matter', () => {
    const key = fc.constantFrom('title', 'date', 'tags', 'a_b', 'draft', 'x-y', 'n1');
    const scalar = fc.constantFrom('hello', 'two words', '12', '-1', '1.5', 'true', 'null', '~', '"q"', "'s'", '""', 'a#b', 'a: b', 'a #b', '[a, b]', '[]', '[ x ]', '[1, "q"]', "['s', \"d\"]", '["a, b"]', "[it's]", '&a x', '*a', '|', '- x', '-x', '-.inf', '-', '--', '2024-01-01', 'https://a.example/b', 'é', '');
    const entry = fc.oneof(
      fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(key, fc.array(scalar, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '  ')).map(([k, items, indent]) => `${k}:\n${items.map((item) => `${indent}- ${item}`).join('\n')}`),
      fc.tuple(key, fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 3 }), fc.constantFrom('  ', '    ')).map(([k, pairs, indent]) => `${k}:\n${pairs.map(([inner, v]) => `${indent}${inner}: ${v}`).join('\n')}`),
      fc.constantFrom('', '   ', '# c', '#', '  # c', '  nested: x', '    deeper: x', 'key:'),
    );
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), (entries) => {
        const { fast, slow } = compare(entries.join('\n'));
        expect(fast).toEqual(slow);
      }),
      { numRuns: 2000, seed: 20261202 },
    );
  });
});

describe.skipIf(!HAS_SHARED)('simple front-matter reader on ../shared/corpus', () => {
  it('reads most YAML front matter of the real sites, each exactly as yaml does', () => {
    let yamlFiles = 0;
    let simple = 0;
    for (const site of ['astro-docs', 'hexo-site', 'nodejs-org']) {
      for (const file of markdownFiles(path.join(SHARED, 'corpus', site))) {
        const text = decodeSource(readFileSync(file)).text;
        if (!text.startsWith('---\n')) continue;
        const end = text.indexOf('\n---', 3);
        if (end === -1) continue;
        yamlFiles++;
        const { simple: taken, same } = compare(text.slice(4, end));
        if (taken) simple++;
        expect({ file, same }).toEqual({ file, same: true });
      }
    }
    expect(yamlFiles).toBeGreaterThan(1500);
    // Last measured: 1,913 of 1,950 (the other 37 have block scalars, `|` and `>`).
    expect(simple / yamlFiles).toBeGreaterThan(0.95);
  }, 120_000);
});
