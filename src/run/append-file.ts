/**
 * A file the run writes by appending and reads back anywhere (the findings spool, the new result
 * cache). Appends gather in memory and go to disk a megabyte at a time: one system call for many
 * files' lines instead of one each (a warm `--cache` run over 16,000 posts spent 10% of its time in
 * `writeSync`). What is read before it reaches the disk is read from memory; what is on disk is
 * read a megabyte ahead (`ReadAhead`): reports read files' findings in the order they were written.
 */
import { readSync, writeSync } from 'node:fs';

const CHUNK = 1 << 20;

/**
 * Reads of a file whose bytes do not change where they were read. Reads that go forwards (a
 * report's, a warm cache's hits, from where the last one ended or a little after) are served from
 * a megabyte read at once: a system call a megabyte instead of one each. Any other read (the
 * stash's, all over the file) reads only what it asks for.
 */
export class ReadAhead {
  readonly #descriptor: number;
  #window: Buffer | null = null;
  /** Where the window starts in the file, and how many of its bytes were read. */
  #at = 0;
  #length = 0;
  /** Where the last read ended: a read from there, or up to `GAP` after, goes forwards. */
  #next = 0;

  constructor(descriptor: number) {
    this.#descriptor = descriptor;
  }

  /**
   * The `length` bytes at `at` (fewer where the file ends first): a view, good until the next read
   * (copying each line out took a warm run over 16,000 posts 0.15 s, most of it in fresh pages).
   */
  read(at: number, length: number): Buffer {
    const forwards = at >= this.#next && at - this.#next <= GAP;
    this.#next = at + length;
    if (at < this.#at || at + length > this.#at + this.#length) {
      if (!forwards || length > CHUNK) return readFully(this.#descriptor, at, length);
      this.#window ??= Buffer.allocUnsafe(CHUNK);
      this.#length = readSync(this.#descriptor, this.#window, 0, CHUNK, at);
      this.#at = at;
    }
    const start = at - this.#at;
    return (this.#window as Buffer).subarray(start, Math.min(start + length, this.#length));
  }
}

/** How far past where the last read ended a read still goes forwards (lines of files a warm run checked again lie between its hits). */
const GAP = 1 << 16;

/** The `length` bytes at `at`, read until they are all there or the file ends. */
function readFully(descriptor: number, at: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const count = readSync(descriptor, bytes, done, length - done, at + done);
    if (count === 0) break;
    done += count;
  }
  return done === length ? bytes : bytes.subarray(0, done);
}

export class AppendFile {
  readonly descriptor: number;
  readonly #reads: ReadAhead;
  /** Bytes on disk, then bytes waiting in `#pending`. */
  #flushed = 0;
  readonly #pending = Buffer.allocUnsafe(CHUNK);
  #pendingLength = 0;

  constructor(descriptor: number) {
    this.descriptor = descriptor;
    this.#reads = new ReadAhead(descriptor);
  }

  /** The file's length, what waits in memory included: where the next append goes. */
  get size(): number {
    return this.#flushed + this.#pendingLength;
  }

  /** Adds the bytes at the end; where they went. */
  append(bytes: Uint8Array): number {
    const at = this.size;
    if (bytes.length > CHUNK - this.#pendingLength) this.flush();
    if (bytes.length >= CHUNK) {
      this.#write(bytes);
    } else {
      this.#pending.set(bytes, this.#pendingLength);
      this.#pendingLength += bytes.length;
    }
    return at;
  }

  /** The `length` bytes at `at` (an append's whole bytes, as `append` said where): a view, good until the next read or append. */
  read(at: number, length: number): Buffer {
    if (at >= this.#flushed) {
      const start = at - this.#flushed;
      if (start + length > this.#pendingLength) throw new Error('read past the end of the file');
      return this.#pending.subarray(start, start + length);
    }
    // Only what is on disk: a read that reaches into what waits in memory is read from disk after a flush.
    if (at + length > this.#flushed) this.flush();
    const bytes = this.#reads.read(at, length);
    if (bytes.length < length) throw new Error('file ended early');
    return bytes;
  }

  /** Writes what waits in memory to disk (before the file is renamed, closed or read by another). */
  flush(): void {
    if (this.#pendingLength === 0) return;
    const length = this.#pendingLength;
    this.#pendingLength = 0;
    this.#write(this.#pending.subarray(0, length));
  }

  #write(bytes: Uint8Array): void {
    let written = 0;
    while (written < bytes.length) written += writeSync(this.descriptor, bytes, written, bytes.length - written, this.#flushed + written);
    this.#flushed += bytes.length;
  }
}
