/** Backslash escapes and character references, decoded as CommonMark decodes them in text and destinations. */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

export const ESCAPE_OR_REFERENCE = /[\\&]/g;
export const REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/**
 * Character references and backslash escapes of a destination or text, as a reader sees them. A
 * scan with slices, not a replace with a callback: release notes escape a `[` on every line.
 */
export function decode(value: string): string {
  ESCAPE_OR_REFERENCE.lastIndex = 0;
  if (!ESCAPE_OR_REFERENCE.test(value)) return value;
  let out = '';
  // Copied up to here.
  let from = 0;
  for (let index = ESCAPE_OR_REFERENCE.lastIndex - 1; index !== -1; ) {
    let next = index + 1;
    if (value.charCodeAt(index) === 92) {
      // A backslash before ASCII punctuation: the punctuation, as is (so `\\` is one backslash).
      if (isAsciiPunctuation(value.charCodeAt(index + 1))) {
        out += value.slice(from, index);
        from = index + 1;
        next = index + 2;
      }
    } else {
      REFERENCE.lastIndex = index;
      const reference = REFERENCE.exec(value);
      if (reference) {
        const decoded = decodeReference(reference[1] as string);
        if (decoded !== null) {
          out += value.slice(from, index) + decoded;
          from = index + reference[0].length;
        }
        next = index + reference[0].length;
      }
    }
    ESCAPE_OR_REFERENCE.lastIndex = next;
    index = ESCAPE_OR_REFERENCE.test(value) ? ESCAPE_OR_REFERENCE.lastIndex - 1 : -1;
  }
  return from === 0 ? value : out + value.slice(from);
}

export function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

/** What a reference (`amp`, `#38`, `#x26`) stands for; `null` for an unknown name. */
export function decodeReference(reference: string): string | null {
  if (reference.charCodeAt(0) === 35) {
    const code = reference[1] === 'x' || reference[1] === 'X' ? Number.parseInt(reference.slice(2), 16) : Number.parseInt(reference.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  }
  const decoded = decodeNamedCharacterReference(reference);
  return decoded === false ? null : decoded;
}
