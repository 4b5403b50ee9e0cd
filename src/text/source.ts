/**
 * Turns the bytes of a file into text that every rule can trust: decoded strictly, one leading BOM
 * removed, line endings normalised to LF. Problems met on the way are returned as data (the
 * `file-encoding` rule reports them) so that decoding itself never throws.
 */

export type EncodingProblem =
  | { kind: 'binary'; line: number; column: number; reason: string }
  | { kind: 'utf16'; byteOrder: 'LE' | 'BE' }
  | { kind: 'invalid-utf8'; line: number; column: number; byteOffset: number; byte: number }
  | { kind: 'nul'; line: number; column: number };

export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

export interface DecodedSource {
  /** Normalised text: LF only, without a leading BOM. Empty for binary files. */
  text: string;
  /** Whether the text can be linted (false for binary files). */
  lintable: boolean;
  hadBom: boolean;
  lineEnding: LineEnding;
  problems: EncodingProblem[];
}

/** Magic numbers of binary formats that end up named `.md` (an image or archive saved by mistake). */
const BINARY_SIGNATURES: ReadonlyArray<{ name: string; bytes: number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'WebP or RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
];

/** How far to look for NUL bytes when deciding a file is binary (git looks at the first 8000). */
const BINARY_SNIFF_BYTES = 8000;

export function decodeSource(bytes: Uint8Array): DecodedSource {
  const signature = BINARY_SIGNATURES.find((candidate) =>
    candidate.bytes.every((byte, index) => bytes[index] === byte),
  );
  if (signature) {
    return binary(`it starts like a ${signature.name}`);
  }

  let text: string;
  const problems: EncodingProblem[] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    problems.push({ kind: 'utf16', byteOrder: 'LE' });
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    problems.push({ kind: 'utf16', byteOrder: 'BE' });
  } else {
    const nulIndex = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
    if (nulIndex !== -1) {
      return binary('it contains NUL bytes');
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      // Decode leniently so the rest of the file is still checked, and point at the first bad byte.
      text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
      const byteOffset = firstInvalidUtf8Byte(bytes);
      const before = new TextDecoder('utf-8').decode(bytes.subarray(0, byteOffset));
      problems.push({ kind: 'invalid-utf8', byteOffset, byte: bytes[byteOffset] ?? 0, ...endPosition(before) });
    }
  }

  const hadBom = text.charCodeAt(0) === 0xfeff;
  if (hadBom) text = text.slice(1);
  const lineEnding = detectLineEnding(text);
  if (lineEnding !== 'lf' && lineEnding !== 'none') text = text.replace(/\r\n?/g, '\n');

  const nul = text.indexOf('\0');
  if (nul !== -1) {
    // Only reachable past the sniffed prefix or in UTF-16 text: keep linting, but say so once.
    problems.push({ kind: 'nul', ...endPosition(text.slice(0, nul)) });
  }
  return { text, lintable: true, hadBom, lineEnding, problems };
}

function binary(reason: string): DecodedSource {
  return {
    text: '',
    lintable: false,
    hadBom: false,
    lineEnding: 'none',
    problems: [{ kind: 'binary', line: 1, column: 1, reason }],
  };
}

function detectLineEnding(text: string): LineEnding {
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  for (let index = text.indexOf('\r'); index !== -1; index = text.indexOf('\r', index + 1)) {
    if (text.charCodeAt(index + 1) === 10) crlf++;
    else cr++;
  }
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lf++;
  lf -= crlf;
  const kinds = [lf > 0, crlf > 0, cr > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
}

/** Line and column just after `prefix`, counting any line ending as one break. */
function endPosition(prefix: string): { line: number; column: number } {
  const lines = prefix.split(/\r\n?|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    let length = 0;
    let minimum = 0;
    if (byte < 0x80) length = 1;
    else if (byte >= 0xc2 && byte <= 0xdf) length = 2;
    else if (byte >= 0xe0 && byte <= 0xef) [length, minimum] = [3, 0x800];
    else if (byte >= 0xf0 && byte <= 0xf4) [length, minimum] = [4, 0x10000];
    else return index;
    if (length > 1) {
      let codePoint = byte & (0xff >> (length + 1));
      for (let next = 1; next < length; next++) {
        const continuation = bytes[index + next];
        if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
        codePoint = (codePoint << 6) | (continuation & 0x3f);
      }
      if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
        return index;
      }
    }
    index += length;
  }
  return bytes.length;
}
