/**
 * What two generators make of a name in a URL, written once for every room that needs it (the
 * link rules' routes and heading ids, the taxonomy rules' term pages).
 */
import { trimRuns } from './trim.js';

/**
 * hexo-util's `slugize` (lib/slugize.ts) with its default options: diacritics folded
 * (`escapeDiacritic`), control characters removed, each run of white space and ASCII punctuation
 * one `-`, `-` trimmed from both ends, case kept. Hexo's heading ids and tag and category pages.
 */
export function hexoSlugize(text: string): string {
  const slug = foldLatin(text.trim()).replace(CONTROL, '').replace(HEXO_SPECIAL, '-').replace(/-{2,}/g, '-');
  return trimRuns(slug, '-');
}

/**
 * Hugo's `urlize` (helpers/path.go `MakePathSanitized` → `UnicodeSanitize`), for the common case:
 * trimmed, white space runs made one `-`, characters other than letters, digits, `-`, `_`, `.`,
 * `+`, `#` and `~` dropped. Case kept: Hugo lower-cases paths separately
 * (`disablePathToLower`). Permalink titles and taxonomy term pages.
 */
export function hugoUrlize(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\-_.+#~]/gu, '');
}

/**
 * hexo-util's `escapeDiacritic` (lib/escape_diacritic.ts) replaces each precomposed accented letter
 * by its base letters from a table; here each non-ASCII character is decomposed and kept without
 * its marks when that leaves ASCII (which the table's Latin rows agree with), the few letters
 * that do not decompose (`ø`, `æ`, `đ`, `ł`) are spelt as the table spells them, and any other
 * character is left as it is (combining marks written separately too, as hexo-util leaves them).
 */
function foldLatin(text: string): string {
  // Only Latin letters with marks fold (Latin-1 Supplement to Latin Extended-B, Latin Extended Additional): CJK text is left alone, fast.
  return text.replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, (character) => {
    const folded = FOLDED[character];
    if (folded) return folded;
    const bare = character.normalize('NFD').replace(NONSPACING_MARK, '');
    // eslint-disable-next-line no-control-regex
    return bare !== character && /^[\u0000-\u007e]+$/.test(bare) ? bare : character;
  });
}

const FOLDED: Record<string, string> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L' };
const NONSPACING_MARK = /\p{Mn}/gu;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/g;
const HEXO_SPECIAL = /[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'<>,.?/]+/g;
