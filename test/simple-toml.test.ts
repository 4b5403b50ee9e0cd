/**
 * The simple TOML front-matter reader against toml-eslint-parser: where it reads a front matter,
 * the whole result (tree, spans, raw text, values, data, problems) must be what the parser gives;
 * where it does not, the parser reads it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownFiles } from '../scripts/compare-markdown.js';
import { readFrontMatter } from '../src/front-matter/front-matter.js';
import { LineIndex } from '../src/text/line-index.js';
import { readSimpleToml } from '../src/front-matter/simple-toml.js';
import { decodeSource } from '../src/text/source.js';
import { HAS_SHARED, SHARED } from './helpers.js';

const noSpan = () => ({ line: 0, column: 0, endLine: 0, endColumn: 0 });

/** Whether the simple reader takes the front matter, and whether its result is the parser's. */
function compare(toml: string): { simple: boolean; same: boolean; fast: unknown; slow: unknown } {
  const text = `+++\n${toml}\n+++\nBody\n`;
  const lines = new LineIndex(text);
  const simple = readSimpleToml(toml, noSpan, () => true) !== undefined;
  const fast = readFrontMatter(text, lines);
  const slow = readFrontMatter(text, lines, { simple: false });
  return { simple, same: JSON.stringify(fast) === JSON.stringify(slow), fast, slow };
}

describe('simple TOML front-matter reader', () => {
  it.each([
    ['strings, integers and booleans', 'title = "Hello — “world”"\npath = \'a/b\\\\c\'\ncount = 12\nneg = -3\ndraft = false\nrelease = true\nempty = ""'],
    ['arrays on one line and over several', 'authors = ["A", \'B\']\nnone = []\nmixed = [ 1, true, "x" ]\naliases = [\n  "one",\n  "two",\n]\nspaced=["a","b"]'],
    ['tables', 'title = "T"\n\n[extra]\nteam = "infra"\nteam_url = "https://example.com/#a"\n\n[taxonomies]\ntags = ["x"]\n\n[empty]\n'],
    ['blank and comment lines', '# generated\ntitle = "T"\n\n  # indented\n[extra]\n# inside\nteam = "t"\n# after'],
    ['a table first', '[extra]\nteam = "t"'],
    ['trailing spaces after values and headers', 'a = 1  \n[t] \nb = "x"\t'],
  ])('reads %s as the parser does', (_name, toml) => {
    const { simple, same, fast, slow } = compare(toml);
    expect(simple).toBe(true);
    expect(fast).toEqual(slow);
    expect(same).toBe(true);
  });

  it.each([
    ['dates', 'date = 2024-01-02'],
    ['floats', 'ratio = 1.5'],
    ['escapes', 'title = "a\\tb"'],
    ['a comment after a value', 'title = "x" # note'],
    ['dotted keys', 'a.b = 1'],
    ['quoted keys', '"a b" = 1'],
    ['inline tables', 'a = { b = 1 }'],
    ['arrays of tables', '[[items]]\nname = "x"'],
    ['dotted table names', '[a.b]\nc = 1'],
    ['multi-line strings', 'a = """\nx\n"""'],
    ['duplicate keys', 'a = 1\na = 2'],
    ['a table named twice', '[t]\na = 1\n[t]\nb = 2'],
    ['a table named as a key', 't = 1\n[t]\na = 1'],
    ['nested arrays', 'a = [[1], [2]]'],
    ['a comment in an array', 'a = [\n  1, # one\n  2,\n]'],
    ['integers the parser reads otherwise', 'a = +1\nb = 0x1f\nc = 1_000\nd = 0123\ne = 99999999999999999999'],
    ['zero, to which the parser gives an empty range', 'a = 0'],
    ['an indented key', '  a = 1'],
    ['a syntax error', 'a = '],
    ['an empty front matter', ''],
  ])('leaves %s to the parser, which reads them alike', (_name, toml) => {
    const { simple, fast, slow } = compare(toml);
    expect(simple).toBe(false);
    expect(fast).toEqual(slow);
  });

  it('agrees with the parser on generated front matter', () => {
    const key = fc.constantFrom('title', 'date', 'tags', 'a_b', 'draft', 'x-y', '1n', 'extra');
    const scalar = fc.constantFrom('"hello"', '"two words"', "'lit'", '""', "''", '12', '-1', '0', '00', '1.5', 'true', 'false', 'True', '"a#b"', "'a\"b'", '"q\\"q"', '2024-01-01', '[]', '["a", "b"]', '[1,2,]', '[ "x" ]', '[,]', 'x', '"unclosed', '');
    const line = fc.oneof(
      fc.tuple(key, scalar, fc.constantFrom(' = ', '=', ' =  ')).map(([k, v, eq]) => `${k}${eq}${v}`),
      key.map((k) => `[${k}]`),
      fc.constantFrom('', '   ', '# c', '  # c', '[[t]]', 'a = [\n"x",\n]', 'b = [\n  1\n  ]', '  k = 1', 'v = "x" # c'),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 7 }), (lines) => {
        const { fast, slow } = compare(lines.join('\n'));
        expect(fast).toEqual(slow);
      }),
      { numRuns: 2000, seed: 20261203 },
    );
  });
});

describe.skipIf(!HAS_SHARED)('simple TOML front-matter reader on ../shared/corpus', () => {
  it('reads most TOML front matter of the real sites, each exactly as the parser does', () => {
    let tomlFiles = 0;
    let simple = 0;
    for (const file of markdownFiles(path.join(SHARED, 'corpus'))) {
      const text = decodeSource(readFileSync(file)).text;
      if (!text.startsWith('+++\n')) continue;
      const end = text.indexOf('\n+++', 3);
      if (end === -1) continue;
      tomlFiles++;
      const { simple: taken, same } = compare(text.slice(4, end));
      if (taken) simple++;
      expect({ file, same }).toEqual({ file, same: true });
    }
    expect(tomlFiles).toBeGreaterThan(700);
    // Last measured: 751 of 754 (the others have multi-line or escaped strings).
    expect(simple / tomlFiles).toBeGreaterThan(0.95);
  }, 120_000);
});
