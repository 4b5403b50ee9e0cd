/** The bounded scans of the inline reader: raw HTML, link destinations, literal autolinks. Each is linear in what it reads. */
import { OPEN_TAG, CLOSE_TAG, MAX_DESTINATION } from './syntax.js';
import { decode } from './decode.js';

/** The end of a raw inline HTML construct starting at `index`, or `index` when there is none. */
export function inlineHtml(text: string, index: number, missing: Map<string, number>): number {
  const slice = text.slice(index, index + 4096);
  const open = OPEN_TAG.exec(slice) ?? CLOSE_TAG.exec(slice);
  if (open) return index + open[0].length;
  // The end of a comment, processing instruction, CDATA or declaration — looked for once: when it
  // is not there, it is not there for any later start either.
  const closing = (sequence: string, from: number): number => {
    const absentAfter = missing.get(sequence);
    if (absentAfter !== undefined && from >= absentAfter) return index;
    const end = text.indexOf(sequence, from);
    if (end === -1) {
      missing.set(sequence, Math.min(from, absentAfter ?? from));
      return index;
    }
    return end + sequence.length;
  };
  if (slice.startsWith('<!--')) {
    if (slice.startsWith('<!-->')) return index + 5;
    if (slice.startsWith('<!--->')) return index + 6;
    return closing('-->', index + 4);
  }
  if (slice.startsWith('<?')) return closing('?>', index + 2);
  if (slice.startsWith('<![CDATA[')) return closing(']]>', index + 9);
  if (/^<![A-Za-z]/.test(slice)) return closing('>', index + 2);
  return index;
}

/** `(destination "title")` after `](`: the destination and where the construct ends. */
export function inlineDestination(text: string, from: number): { url: string; end: number } | null {
  // Bounded, so that thousands of `](` without an end cost linear time, not quadratic.
  const limit = Math.min(text.length, from + MAX_DESTINATION);
  // Character codes, not one-character strings: this runs for every link.
  let index = skipSpaceAndNewline(text, from);
  let url = '';
  if (text.charCodeAt(index) === 60) {
    // `<…>`: up to the next `<`, `>` or line break.
    let close = index + 1;
    while (close < limit) {
      const code = text.charCodeAt(close);
      if (code === 60 || code === 62 || code === 10) break;
      close++;
    }
    if (close >= limit || text.charCodeAt(close) !== 62) return null;
    url = text.slice(index + 1, close);
    index = close + 1;
  } else {
    let depth = 0;
    const start = index;
    while (index < limit) {
      const code = text.charCodeAt(index);
      if (code === 92 && index + 1 < text.length) {
        index += 2;
        continue;
      }
      if (code === 40) depth++;
      else if (code === 41) {
        if (depth === 0) break;
        depth--;
      } else if (code <= 32) break;
      index++;
    }
    if (depth !== 0 || index >= limit) return null;
    url = text.slice(start, index);
  }
  const beforeTitle = index;
  index = skipSpaceAndNewline(text, index);
  const opening = text.charCodeAt(index);
  if (index > beforeTitle && (opening === 34 || opening === 39 || opening === 40)) {
    const close = opening === 40 ? 41 : opening;
    let scan = index + 1;
    while (scan < limit && text.charCodeAt(scan) !== close) scan += text.charCodeAt(scan) === 92 ? 2 : 1;
    if (scan >= limit) return null;
    index = skipSpaceAndNewline(text, scan + 1);
  }
  if (text.charCodeAt(index) !== 41) return null;
  return { url: decode(url), end: index + 1 };
}

export function skipSpaceAndNewline(text: string, from: number): number {
  let index = from;
  for (let code = text.charCodeAt(index); code === 32 || code === 10; code = text.charCodeAt(index)) index++;
  return index;
}

/**
 * The end of a GFM autolink literal (`https://…`, `http://…`, `www.…`) at `index`, or `index`.
 * Trailing punctuation and an unbalanced closing parenthesis are left out, as GFM does.
 */
export function autolinkLiteral(text: string, index: number): number {
  // Preceded by the start, white space or punctuation other than `/` (mdast-util-gfm-autolink-literal).
  const previous = index === 0 ? ' ' : (text[index - 1] as string);
  if (previous === '/' || !/[\s\p{P}\p{S}]/u.test(previous)) return index;
  const match = /^(https?:\/\/|www(?=\.))[^\s]*/iu.exec(text.slice(index, index + 4096));
  if (!match) return index;
  const body = match[0];
  let end = body.length;
  // Trailing punctuation is not part of the link; nor is a `)` that closes nothing.
  for (;;) {
    const last = body[end - 1];
    if (last === undefined) break;
    if (/[!"&'*,.:;<?_~]/.test(last)) {
      end--;
      continue;
    }
    if (last === ')') {
      const candidate = body.slice(0, end);
      if (candidate.split(')').length > candidate.split('(').length) {
        end--;
        continue;
      }
    }
    break;
  }
  // The domain: letters, digits, `-`, `_` and dots; `www.` needs a dot after it, and the last two
  // labels no underscore.
  const protocol = match[1] as string;
  const domain = /^[-.\w]*/.exec(body.slice(protocol.length, end))?.[0] ?? '';
  const parts = domain.split('.');
  const bad = (part: string | undefined) => part !== undefined && (part.includes('_') || !/[a-zA-Z\d]/.test(part));
  if (domain === '' || bad(parts[parts.length - 1]) || (parts.length > 1 && bad(parts[parts.length - 2]))) return index;
  if (protocol.toLowerCase() === 'www' && parts.length < 2) return index;
  if (end <= (match[1] as string).length) return index;
  return index + end;
}

