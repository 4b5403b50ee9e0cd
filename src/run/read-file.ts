/**
 * A file's bytes, read with nothing but `node:fs`, never throwing: what stops it is an access
 * problem. This thread reads with it (read.ts), and so does the reader thread (reader.ts).
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, type Stats } from 'node:fs';
import type { AccessProblem } from '../engine/document.js';

/** A file's bytes, or why they were not read. */
export type FileRead = { bytes: Uint8Array } | { problem: AccessProblem };

/**
 * Reads the regular file at `file` (an absolute path) if it is at most `maxFileSize` bytes; with
 * `largest`, one larger than that (and within `maxFileSize`) is not read: `null`.
 */
export function readFileAt(file: string, maxFileSize: number): FileRead;
export function readFileAt(file: string, maxFileSize: number, largest: number): FileRead | null;
export function readFileAt(file: string, maxFileSize: number, largest = Infinity): FileRead | null {
  try {
    // Opened once, its size from the open file: a stat by path and readFileSync's own would be one
    // system call more per file (~20 µs each on this machine: 60 ms over the corpus).
    // Non-blocking: opening a FIFO (a named pipe) to read would wait for a writer for ever.
    const descriptor = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stat = fstatSync(descriptor);
      if (!stat.isFile()) return { problem: { kind: 'unreadable', reason: `not a regular file but ${specialKind(stat)}` } };
      if (stat.size > maxFileSize) return { problem: { kind: 'too-large', bytes: stat.size, limit: maxFileSize } };
      if (stat.size > largest) return null;
      return { bytes: readOpenFile(descriptor, stat.size) };
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: { kind: 'unreadable', reason: code ?? (error as Error).message } };
  }
}

function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isDirectory()) return 'a folder';
  return 'a special file';
}

/** The `size` bytes of an open file (fewer if it shrank meanwhile); a size of 0 may be a special file, read to its end. */
function readOpenFile(descriptor: number, size: number): Uint8Array {
  if (size === 0) return readFileSync(descriptor);
  const bytes = Buffer.allocUnsafeSlow(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(descriptor, bytes, filled, size - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}
