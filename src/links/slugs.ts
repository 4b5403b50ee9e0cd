/**
 * Heading ids as each generator's Markdown renderer makes them, from the heading's text. Each
 * function follows one source file, named next to it; `test/slugs.test.ts` holds pairs copied
 * from those projects' own tests. An `IdMaker` remembers the ids of one page, for the duplicate
 * suffixes (`-1`, `-2`) each renderer adds its own way.
 */
import GithubSlugger, { slug as githubSlug } from 'github-slugger';
import { hexoSlugize } from '../text/generator-slugs.js';

export type HugoIdType = 'github' | 'github-ascii' | 'blackfriday';
export type KramdownInput = 'GFM' | 'kramdown';

/** How a site's renderer turns headings into ids (the generator's, with the site's settings). */
export type HeadingIds =
  | { kind: 'github' }
  | { kind: 'hugo'; type: HugoIdType }
  | { kind: 'kramdown'; input: KramdownInput; prefix: string; transliterate: boolean }
  | { kind: 'hexo'; transform: 0 | 1 | 2 }
  | { kind: 'none' };

/** Makes the ids of one page's headings, in order: the same text twice gets each renderer's suffix. */
export interface IdMaker {
  next(text: string): string | null;
  /** An id set by hand (`{#id}`, `<a id>`): later automatic ids must not take it (Hugo, github-slugger). */
  reserve(id: string): void;
}

export function idMaker(ids: HeadingIds): IdMaker {
  switch (ids.kind) {
    case 'github':
      return githubIds();
    case 'hugo':
      return hugoIds(ids.type);
    case 'kramdown':
      return kramdownIds(ids.input, ids.prefix);
    case 'hexo':
      return hexoIds(ids.transform);
    default:
      return { next: () => null, reserve: () => undefined };
  }
}

/**
 * github-slugger 2.0.0 (Flet/github-slugger index.js): lower case, characters outside its regex
 * removed, each space a `-`; a repeat gets `-1`, `-2`… and skips slugs already taken. Docusaurus
 * (@docusaurus/utils 3.9, `createSlugger`, on github-slugger ^1.5.0) and Astro/Starlight
 * (@astrojs/markdown-remark, ^2.0.0) use it; 1.5.0 and 2.0.0 have the same regex (regex.js,
 * Unicode 13) and the same `slug`, 2.0.0 only moved to ESM and returns '' for non-strings.
 */
function githubIds(): IdMaker {
  const slugger = new GithubSlugger();
  return {
    next: (text) => slugger.slug(text),
    // github-slugger counts a custom id it was shown, so `## a {#b}` then `## b` gives `b-1`.
    reserve: (id) => void slugger.slug(id, true),
  };
}

export function githubSlugOf(text: string): string {
  return githubSlug(text);
}

/**
 * Hugo's goldmark ids (gohugoio/hugo markup/goldmark/autoid.go, `sanitizeAnchorNameWithHook` and
 * `idFactory.Generate`): `github` keeps letters, digits and `_` of any script (lower-cased) and
 * makes each space or `-` a `-` (no collapsing); `github-ascii` first folds accents and drops what
 * is not ASCII; `blackfriday` (markup/blackfriday/anchors.go) joins runs of letters and numbers
 * with one `-`. An empty id is `heading`; a repeat gets `-1`, `-2`… until free.
 */
export function hugoSlugOf(text: string, type: HugoIdType): string {
  if (type === 'blackfriday') {
    let id = '';
    let dash = false;
    for (const character of text) {
      if (LETTER_OR_NUMBER.test(character)) {
        if (dash && id.length > 0) id += '-';
        dash = false;
        id += character.toLowerCase();
      } else dash = true;
    }
    return id;
  }
  const source = (type === 'github-ascii' ? text.normalize('NFD').replace(NONSPACING_MARK, '').normalize('NFC') : text).trim();
  let id = '';
  for (const character of source) {
    if (type === 'github-ascii' && character.charCodeAt(0) > 0x7f) continue;
    if (character === '-' || character === ' ') id += '-';
    else if (character === '_' || LETTER.test(character) || DIGIT.test(character)) id += character.toLowerCase();
  }
  return id;
}

function hugoIds(type: HugoIdType): IdMaker {
  const taken = new Set<string>();
  return {
    next(text) {
      let id = hugoSlugOf(text, type) || 'heading';
      if (taken.has(id)) {
        let index = 1;
        while (taken.has(`${id}-${index}`)) index++;
        id = `${id}-${index}`;
      }
      taken.add(id);
      return id;
    },
    reserve: (id) => void taken.add(id),
  };
}

/**
 * kramdown's ids. With Jekyll's default `input: GFM`, kramdown-parser-gfm's
 * `generate_gfm_header_id` (lib/kramdown/parser/gfm.rb): lower case, everything but `\p{Word}`
 * (letters, marks, decimal digits, `_`), `-`, space and tab removed, each space or tab a `-`;
 * repeats get `-1`, `-2` (a counter per id, starting at -1). With `input: kramdown`,
 * `basic_generate_id` (gettalong/kramdown lib/kramdown/converter/base.rb): leading non-letters
 * stripped, only `[a-zA-Z0-9 -]` kept, spaces to `-`, lower case, empty → `section`. Both prefix
 * `auto_id_prefix`.
 */
export function kramdownSlugOf(text: string, input: KramdownInput): string {
  if (input === 'GFM') return text.toLowerCase().replace(NOT_RUBY_WORD, '').replace(/[ \t]/g, '-');
  const id = text.replace(/^[^a-zA-Z]+/, '').replace(/[^a-zA-Z0-9 -]/g, '').replace(/ /g, '-').toLowerCase();
  return id === '' ? 'section' : id;
}

function kramdownIds(input: KramdownInput, prefix: string): IdMaker {
  const counters = new Map<string, number>();
  return {
    next(text) {
      let id = kramdownSlugOf(text, input);
      if (input === 'GFM') {
        const count = (counters.get(id) ?? -1) + 1;
        counters.set(id, count);
        if (count > 0) id += `-${count}`;
      } else if (counters.has(id)) {
        const count = (counters.get(id) as number) + 1;
        counters.set(id, count);
        id += `-${count}`;
      } else counters.set(id, 0);
      return prefix + id;
    },
    // kramdown does not look at ids set by hand when it numbers repeats.
    reserve: () => undefined,
  };
}

/**
 * Hexo's ids (hexojs/hexo-renderer-marked lib/renderer.js, `heading` and `anchorId`): the
 * heading's rendered text with tags stripped, through hexo-util's `slugize` (lib/slugize.ts):
 * diacritics folded, control characters removed, each run of white space and ASCII punctuation
 * one `-`, `-` trimmed from both ends, case kept (`modifyAnchors`: 1 lower, 2 upper). A repeat
 * gets `-1`, `-2` (a counter per id).
 */
export function hexoSlugOf(text: string, transform: 0 | 1 | 2 = 0): string {
  return applyTransform(hexoSlugize(text), transform);
}

function applyTransform(id: string, transform: 0 | 1 | 2): string {
  return transform === 1 ? id.toLowerCase() : transform === 2 ? id.toUpperCase() : id;
}

function hexoIds(transform: 0 | 1 | 2): IdMaker {
  const counters = new Map<string, number>();
  return {
    next(text) {
      const id = hexoSlugOf(text, transform);
      const count = counters.get(id);
      if (count) {
        counters.set(id, count + 1);
        return `${id}-${count}`;
      }
      counters.set(id, 1);
      return id;
    },
    reserve: () => undefined,
  };
}

const NONSPACING_MARK = /\p{Mn}/gu;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const NOT_RUBY_WORD = /[^\p{L}\p{M}\p{Nd}\p{Pc}\- \t]/gu;
