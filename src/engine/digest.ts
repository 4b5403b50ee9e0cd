/** What `--cache` knows a file's bytes by: SHA-1, base64url. Taken where the bytes are read (document.ts, or the reader thread: run/reader.ts). */
import { crypto } from './builtins.js';

export function digestOf(bytes: Uint8Array): string {
  return crypto().createHash('sha1').update(bytes).digest('base64url');
}
