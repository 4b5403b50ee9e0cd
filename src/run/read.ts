/** Reading one selected file into a document, never throwing: what stops it becomes an access finding. */
import type { ResolvedConfig } from '../engine/config.js';
import { LintDocument } from '../engine/document.js';
import { timed } from '../engine/timing.js';
import { absolutePath, type FileEntry } from './files.js';
import { readFileAt } from './read-file.js';
import type { AheadRead } from './read-ahead.js';

/**
 * Reads one selected file into a document, never throwing: problems become access findings.
 * `ahead`: the file as the reader thread read it (read-ahead.ts), if it did.
 */
export function readDocument(entry: FileEntry, config: ResolvedConfig, ahead?: AheadRead): LintDocument {
  return timed('reading files', () => {
    if (entry.symlinkTarget !== undefined) return LintDocument.unread(entry.path, { kind: 'symlink', target: entry.symlinkTarget }, entry.projectPath);
    const read = ahead ?? readFileAt(absolutePath(entry), config.maxFileSize);
    if ('problem' in read) return LintDocument.unread(entry.path, read.problem, entry.projectPath);
    return 'bytes' in read ? LintDocument.fromBytes(entry.path, read.bytes, entry.projectPath) : LintDocument.fromSource(entry.path, read.source, entry.projectPath, read.digest, read.mentionsDirectives);
  });
}
