/**
 * The text of Markdown and HTML source as a reader sees it, for telling a link's entry from prose:
 * tags, entities and emphasis markers dropped. `meaningfulIn` and `firstWord` measure in place,
 * without copying, since they run over every list item and paragraph line that holds a link.
 */

const TAG = /<[^<>]{0,1000}>/g;
const ENTITY = /&(#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/gi;
const MARKDOWN_SYNTAX = /[\\*_~`#>|]+/g;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–',
  mdash: '—', hellip: '…', laquo: '«', raquo: '»', middot: '·', bull: '•', rarr: '→', agrave: 'à', Agrave: 'À', eacute: 'é',
};

/** Text as a reader sees it: tags, entities and Markdown emphasis dropped, white space single. */
export function plainText(source: string): string {
  return source
    .replace(TAG, ' ')
    .replace(ENTITY, (_, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
      }
      return NAMED_ENTITIES[name] ?? ' ';
    })
    .replace(MARKDOWN_SYNTAX, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Letters and digits in `text` from `start` to `end`, as a reader sees them: tags (`<span …>`) and
 * entities (`&nbsp;`) do not count, nor do separators, punctuation, symbols and emoji. Counts in
 * place; each character is looked at a bounded number of times.
 */
export function meaningfulIn(text: string, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 60 /* < */ && isTagStart(text.charCodeAt(index + 1))) {
      // A tag ends at the next `>`, unless another `<` (or the bound) comes first.
      let close = index + 1;
      const limit = Math.min(end, index + 1000);
      while (close < limit && text.charCodeAt(close) !== 62 && text.charCodeAt(close) !== 60) close++;
      if (close < limit && text.charCodeAt(close) === 62) {
        index = close;
        continue;
      }
    } else if (code === 38 /* & */) {
      let semicolon = index + 1;
      const limit = Math.min(end, index + 34);
      while (semicolon < limit && isEntityCharacter(text.charCodeAt(semicolon))) semicolon++;
      if (semicolon > index + 1 && semicolon < limit && text.charCodeAt(semicolon) === 59) {
        index = semicolon;
        continue;
      }
    }
    if (code < 128) {
      if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) count++;
    } else if (LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(index) ?? code))) {
      count++;
      if (code >= 0xd800 && code <= 0xdbff) index++;
    }
  }
  return count;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The first word of the text in `[start, end)`, markup skipped (`**Baca`, `<strong>Also` give `Baca`, `Also`). */
export function firstWord(text: string, start: number, end: number): string {
  let index = start;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (code === 60 && isTagStart(text.charCodeAt(index + 1))) {
      let close = index + 1;
      const limit = Math.min(end, index + 1000);
      while (close < limit && text.charCodeAt(close) !== 62 && text.charCodeAt(close) !== 60) close++;
      if (close < limit && text.charCodeAt(close) === 62) {
        index = close + 1;
        continue;
      }
    }
    if (isLetterOrDigit(text, index)) break;
    index++;
  }
  let wordEnd = index;
  while (wordEnd < end && wordEnd - index < 40 && isLetterOrDigit(text, wordEnd)) wordEnd++;
  return text.slice(index, wordEnd);
}

function isLetterOrDigit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  // Combining marks belong to the word they follow ("İ" decomposed).
  return /[\p{L}\p{N}\p{M}]/u.test(text[index] as string);
}

function isTagStart(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122 ? true : code === 47 /* / */ || code === 33 /* ! */ || code === 63 /* ? */;
}

function isEntityCharacter(code: number): boolean {
  return code === 35 /* # */ || (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}
