/**
 * Heading ids against the generators' own test suites (input → output pairs copied from them; the
 * file each comes from is named above its cases).
 */
import { describe, expect, it } from 'vitest';
import { hexoSlugOf, hugoSlugOf, idMaker, kramdownSlugOf } from '../src/links/slugs.js';
import { hexoSlugize, hugoUrlize } from '../src/text/generator-slugs.js';

const sequence = (kind: Parameters<typeof idMaker>[0], inputs: string[]) => {
  const maker = idMaker(kind);
  return inputs.map((input) => maker.next(input));
};

describe('github-slugger (Docusaurus, Starlight)', () => {
  // Flet/github-slugger test/fixtures.json (2.0.0): repetition and prototype names.
  it('numbers repeats and skips slugs already taken', () => {
    expect(sequence({ kind: 'github' }, ['alpha', 'alpha', 'bravoCharlieDelta', '__proto__', '__proto__', 'echo', 'echo', 'echo 1', 'echo-1', 'echo'])).toEqual([
      'alpha',
      'alpha-1',
      'bravocharliedelta',
      '__proto__',
      '__proto__-1',
      'echo',
      'echo-1',
      'echo-1-1',
      'echo-1-2',
      'echo-2',
    ]);
  });
});

describe('Hugo goldmark autoHeadingIDType', () => {
  // gohugoio/hugo markup/goldmark/autoid_test.go, TestSanitizeAnchorName ("generated manually on github.com").
  it.each([
    ['God is good: 神真美好', 'god-is-good-神真美好'],
    ['Number 32', 'number-32'],
    ['Question?', 'question'],
    ['1+2=3', '123'],
    ['Special !"#$%&(parens)=?´* chars', 'special-parens-chars'],
    ['Resumé', 'resumé'],
    ['Multiple--Hyphens', 'multiple--hyphens'],
    ['Trailing hyphen-', 'trailing-hyphen-'],
    ['Many   spaces  here', 'many---spaces--here'],
    ['Forward/slash', 'forwardslash'],
    ['Under_score', 'under_score'],
    ['Nonbreaking\u00a0Space', 'nonbreakingspace'],
    ['Tab\tSpace', 'tabspace'],
    ['Trailing Space ', 'trailing-space'],
  ])('github: %s → %s', (input, expected) => expect(hugoSlugOf(input, 'github')).toBe(expected));

  // Same file: TestSanitizeAnchorNameAsciiOnly and TestSanitizeAnchorNameBlackfriday.
  it('github-ascii and blackfriday', () => {
    expect(hugoSlugOf('god is神真美好 good', 'github-ascii')).toBe('god-is-good');
    expect(hugoSlugOf('Resumé', 'github-ascii')).toBe('resume');
    expect(hugoSlugOf("Let's try this, shall we?", 'blackfriday')).toBe('let-s-try-this-shall-we');
  });

  // markup/goldmark/autoid.go idFactory.Generate: empty → `heading`, repeats -1, -2 until free.
  it('numbers repeats', () => {
    expect(sequence({ kind: 'hugo', type: 'github' }, ['Intro', 'Intro', '???', 'Intro'])).toEqual(['intro', 'intro-1', 'heading', 'intro-2']);
  });
});

describe('kramdown (Jekyll)', () => {
  // gettalong/kramdown test/testcases/block/04_header/with_auto_ids.{text,html} (input: kramdown).
  it('classic parser', () => {
    expect(sequence({ kind: 'kramdown', input: 'kramdown', prefix: '', transliterate: false }, ['This is a header', '12. Another one-1-here', 'Do ^& it now', 'Hallo', 'Not now', 'Hallo', '23232', '33333', 'hallO'])).toEqual([
      'this-is-a-header',
      'another-one-1-here',
      'do--it-now',
      'hallo',
      'not-now',
      'hallo-1',
      'section',
      'section-1',
      'hallo-2',
    ]);
  });

  // kramdown-parser-gfm lib/kramdown/parser/gfm.rb generate_gfm_header_id (Jekyll's default input: GFM):
  // leading digits and unicode letters kept, `&` dropped and each space a hyphen.
  it('GFM parser', () => {
    expect(kramdownSlugOf('1. Packet pickup', 'GFM')).toBe('1-packet-pickup');
    expect(kramdownSlugOf('Über long runs', 'GFM')).toBe('über-long-runs');
    expect(kramdownSlugOf('Packing & unpacking', 'GFM')).toBe('packing--unpacking');
    expect(sequence({ kind: 'kramdown', input: 'GFM', prefix: 'h-', transliterate: false }, ['Hallo', 'Hallo', 'Hallo'])).toEqual(['h-hallo', 'h-hallo-1', 'h-hallo-2']);
  });
});

describe('Hexo (hexo-renderer-marked + hexo-util slugize)', () => {
  // hexojs/hexo-util test/slugize.spec.ts.
  it.each([
    ['Hello World', 'Hello-World'],
    ['Hell\u00f2 w\u00f2rld', 'Hello-world'],
    ['Hello  World', 'Hello-World'],
    ['~Hello World~', 'Hello-World'],
    ['Hello ~`!@#$%^&*()-_+=[]{}|\\;:"\'<>,.?/World', 'Hello-World'],
    ['遊戲', '遊戲'],
  ])('slugize: %s → %s', (input, expected) => expect(hexoSlugOf(input)).toBe(expected));

  it('modifyAnchors', () => {
    expect(hexoSlugOf('Hello World', 1)).toBe('hello-world');
    expect(hexoSlugOf('Hello World', 2)).toBe('HELLO-WORLD');
  });

  // hexojs/hexo-renderer-marked test/index.js: "Hello world" twice → Hello-world, Hello-world-1; "1.1 aaa/bbb" → 1-1-aaa-bbb.
  it('numbers repeats', () => {
    expect(sequence({ kind: 'hexo', transform: 0 }, ['Hello world', 'Hello world', '1.1 aaa/bbb', '中文'])).toEqual(['Hello-world', 'Hello-world-1', '1-1-aaa-bbb', '中文']);
  });
});

describe('names in URLs, one spelling for routes, ids and term pages', () => {
  it('hexoSlugize folds the letters escapeDiacritic folds, so a tag page and a heading id agree', () => {
    expect(hexoSlugize('Smørrebrød & café')).toBe('Smorrebrod-cafe');
    expect(hexoSlugOf('Smørrebrød & café')).toBe(hexoSlugize('Smørrebrød & café'));
  });

  it('hugoUrlize keeps `#`, `+`, `.` and `~` as UnicodeSanitize does, for permalink titles and term pages alike', () => {
    expect(hugoUrlize('  C# and C++ tips ')).toBe('C#-and-C++-tips');
    expect(hugoUrlize('Hugo Modules: v0.1')).toBe('Hugo-Modules-v0.1');
  });
});
