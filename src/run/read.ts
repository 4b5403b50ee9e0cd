/** Reading one selected file into a document, never throwing: what stops it becomes an access finding. */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, type Stats } from 'node:fs';
import type { ResolvedConfig } from '../engine/config.js';
import { LintDocument } from '../engine/document.js';
import { timed } from '../engine/timing.js';
import { absolutePath, type FileEntry } from './files.js';

/** Reads one selected file into a document, never throwing: problems become access findings. */
export function readDocument(entry: FileEntry, config: ResolvedConfig): LintDocument {
  return timed('reading files', () => readEntry(entry, config));
}

function readEntry(entry: FileEntry, config: ResolvedConfig): LintDocument {
  if (entry.symlinkTarget !== undefined) {
    return LintDocument.unread(entry.path, { kind: 'symlink', target: entry.symlinkTarget }, entry.projectPath);
  }
  try {
    // Opened once, its size from the open file: a stat by path and readFileSync's own would be one
    // system call more per file (~20 µs each on this machine: 60 ms over the corpus).
    // Non-blocking: opening a FIFO (a named pipe) to read would wait for a writer for ever.
    const descriptor = openSync(absolutePath(entry), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stat = fstatSync(descriptor);
      if (!stat.isFile()) {
        return LintDocument.unread(entry.path, { kind: 'unreadable', reason: `not a regular file but ${specialKind(stat)}` }, entry.projectPath);
      }
      const size = stat.size;
      if (size > config.maxFileSize) {
        return LintDocument.unread(entry.path, { kind: 'too-large', bytes: size, limit: config.maxFileSize }, entry.projectPath);
      }
      return LintDocument.fromBytes(entry.path, readOpenFile(descriptor, size), entry.projectPath);
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return LintDocument.unread(entry.path, { kind: 'unreadable', reason: code ?? (error as Error).message }, entry.projectPath);
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
