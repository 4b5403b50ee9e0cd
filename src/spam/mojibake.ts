/**
 * Mojibake: UTF-8 text decoded as Windows-1252 and saved again, so `—` became `â€”` and `é` became
 * `Ã©`. Found by re-encoding candidate runs as Windows-1252 and checking they are valid UTF-8.
 */

/** Windows-1252 bytes 0x80–0x9F, by the character they decode to. */
const CP1252_HIGH: ReadonlyMap<string, number> = new Map(
  ['€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '', '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ']
    .map((character, index) => [character, 0x80 + index] as [string, number])
    .filter(([character]) => character !== ''),
);

function cp1252Byte(character: string): number | null {
  const code = character.charCodeAt(0);
  if (code >= 0xa0 && code <= 0xff) return code;
  if (code >= 0x80 && code <= 0x9f) return code; // C1 controls map to themselves in the WHATWG decoder
  return CP1252_HIGH.get(character) ?? null;
}

/** A lead character (UTF-8 lead byte 0xC2–0xF4 read as Windows-1252) and up to three continuations. */
const CANDIDATE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/g;

const decoder = new TextDecoder('utf-8', { fatal: true });
const LIKELY = /^(?:[\u00a0-\u024f]|[\u2000-\u206f]|[\u20a0-\u20cf]|[\u2100-\u214f]|[\u2190-\u21ff]|[\u2600-\u27bf]|[\u{1f000}-\u{1faff}])$/u;

export interface Mojibake {
  index: number;
  text: string;
  repaired: string;
}

export function findMojibake(text: string): Mojibake[] {
  const found: Mojibake[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const characters = [...match[0]];
    const bytes = characters.map(cp1252Byte);
    if (bytes.some((byte) => byte === null)) continue;
    const lead = bytes[0] as number;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (bytes.length < length) continue;
    try {
      const repaired = decoder.decode(new Uint8Array(bytes.slice(0, length) as number[]));
      // Only what mis-decoding really produces in prose: accented letters, punctuation, symbols and
      // emoji. `Ø•` decodes to an Arabic mark, but in `T•Ø•R•Ü•S` it is just letters and bullets.
      if (!LIKELY.test(repaired)) continue;
      found.push({ index: match.index ?? 0, text: characters.slice(0, length).join(''), repaired });
    } catch {
      // Not a UTF-8 sequence: ordinary accented text such as `Ãs`.
    }
  }
  return found;
}
