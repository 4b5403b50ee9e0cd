/**
 * Reading ahead of the main thread: a reader thread (reader.ts) opens, reads, decodes and hashes
 * the files the main thread will read next, in its order, so that this work runs on another core.
 * The main thread takes the reads as it gets to each file (`receiveMessageOnPort`: no waiting for
 * its event loop), and keeps the reader a few files ahead: a read that waited longer would outlive
 * the young generation and be collected as old (a window of 8 MB of text made 20 full collections
 * of the main thread's heap where there had been 6). Only while no worker runs: workers need the
 * core (a cold run of 16,000 synthetic posts on 2 cores took 30.7 s with both, 25.3 s without the
 * reader). See docs/architecture.md, "The reader thread", for what it saves.
 *
 * The reader only saves time, never decides anything: a file whose read has not arrived when the
 * main thread gets to it is read there, as without a reader, and the late read is dropped.
 */
import { availableParallelism } from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import { workerThreads } from '../engine/builtins.js';
import type { AccessProblem } from '../engine/document.js';
import type { DecodedSource } from '../text/source.js';
import { absolutePath, type FileEntry } from './files.js';

/**
 * A file as the reader read it (`file`: its absolute path): decoded, with its bytes' digest (what
 * `--cache` knows it by) and whether its text mentions an inline directive (a search of every
 * file's text that the main thread does for each file it checks, even a cached one), or why it was not read.
 */
export type AheadRead = { file: string } & ({ source: DecodedSource; digest: string; mentionsDirectives: boolean } | { problem: AccessProblem });

export interface ReaderData {
  maxFileSize: number;
  /** Larger files are left to the main thread (`null`): what the reader holds ahead stays small. */
  largest: number;
  /** Where the reader sends its reads (`ReaderBatch`). */
  port: MessagePort;
}

/** To the reader: the files to read for the positions from `from` on (`null`: one the main thread does not read). */
export interface ReaderGrant {
  from: number;
  files: Array<string | null>;
}

/** From the reader: the reads of the positions from `from` on (`null`: not read, the main thread reads it). */
export interface ReaderBatch {
  from: number;
  reads: Array<AheadRead | null>;
}

/** From fewer files, no reader: it starts in tens of milliseconds, while the main thread reads the first files itself. */
export const READ_AHEAD_MIN_FILES = 256;
/** How many files ahead of the main thread the reader is asked for: enough to stay ahead, few enough to die young. */
const FILES_AHEAD = 96;
/**
 * Files the reader leaves to the main thread, in bytes: at most 96 files of 128 KB ahead, whatever
 * `maxFileSize` allows (up to twice that in memory: a text with a character past U+00FF takes two
 * bytes a character; measured with the main thread stalled, +32 MB for ASCII, +58 MB otherwise).
 */
const LARGEST = 128 * 1024;
/**
 * The reader's young generation, in MiB: all it makes (a file's text, until sent) dies young. The
 * run's peak grew by 33 MB with V8's default, 15 MB with 4, 10 MB with 1 (16,000 posts, warm).
 */
const READER_YOUNG_GENERATION_MB = 1;
/** Files asked for at least at a time (fewer only at the end): each message costs the main thread tens of microseconds. */
const GRANT_MIN = 48;

/**
 * The main thread's side. Every message says which positions it is about, and every read which
 * file it is of: `take` runs under the time budget's watchdog, which may stop it anywhere (budget.ts),
 * and a message it was taking when stopped is lost — its files are then read by the main thread.
 */
export class ReaderThread {
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #entries: readonly FileEntry[];
  readonly #reads: (position: number) => boolean;
  /** Positions asked for so far. */
  #granted = 0;
  /** Reads arrived and not yet taken, by position. */
  readonly #ready = new Map<number, AheadRead>();
  /** The files asked for and not yet taken, by position (in order): what each read must be of. */
  readonly #asked = new Map<number, string>();
  #closed = false;

  /**
   * `entries`: the files in the order the main thread reads them; `reads(position)`: whether it
   * reads that one (a symbolic link is never read).
   */
  constructor(script: URL, entries: readonly FileEntry[], reads: (position: number) => boolean, maxFileSize: number) {
    this.#entries = entries;
    this.#reads = reads;
    const { Worker, MessageChannel } = workerThreads();
    const { port1, port2 } = new MessageChannel();
    this.#port = port1;
    const workerData: ReaderData = { maxFileSize, largest: LARGEST, port: port2 };
    this.#worker = new Worker(script, { workerData, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: READER_YOUNG_GENERATION_MB } });
    // It never keeps the process alive: a run that ends early (a failure) need not wait for it.
    this.#worker.unref();
    // A reader that fails is closed (when the event loop next turns): the main thread reads for itself, and the run goes on.
    this.#worker.on('error', () => this.close());
    this.#grant(0);
  }

  /**
   * The read of the file at `position`, if it has arrived: the main thread has got there, so
   * earlier ones are dropped. A reader that failed sends nothing more: every file is then read by
   * the main thread.
   */
  take(position: number): AheadRead | undefined {
    if (this.#closed) return undefined;
    const { receiveMessageOnPort } = workerThreads();
    while (!this.#ready.has(position)) {
      const received = receiveMessageOnPort(this.#port);
      if (!received) break;
      const { from, reads } = received.message as ReaderBatch;
      reads.forEach((read, index) => {
        if (read !== null && from + index >= position) this.#ready.set(from + index, read);
      });
      // Past this position: its read was lost (see the class), or is not coming.
      if (from > position) break;
    }
    const read = this.#ready.get(position);
    const asked = this.#asked.get(position);
    for (const at of this.#ready.keys()) if (at <= position) this.#ready.delete(at);
    // Kept for this position: it may be asked again (the read had not arrived).
    for (const at of this.#asked.keys()) {
      if (at >= position) break;
      this.#asked.delete(at);
    }
    this.#grant(position);
    // Whatever happened to the messages, a read is only ever used for the file it was read from.
    if (read === undefined || read.file === asked) return read;
    this.close();
    return undefined;
  }

  close(): void {
    this.#closed = true;
    this.#ready.clear();
    this.#asked.clear();
    this.#port.close();
    void this.#worker.terminate();
  }

  /** Asks the reader for the files up to the window's end from `position`. */
  #grant(position: number): void {
    const count = this.#entries.length;
    const from = Math.max(this.#granted, position);
    const until = Math.min(count, position + FILES_AHEAD);
    if (until <= from || until - from < Math.min(GRANT_MIN, count - from)) return;
    const files: Array<string | null> = [];
    for (let at = from; at < until; at++) {
      const entry = this.#entries[at] as FileEntry;
      const file = entry.symlinkTarget === undefined && this.#reads(at) ? absolutePath(entry) : null;
      if (file !== null) this.#asked.set(at, file);
      files.push(file);
    }
    this.#granted = until;
    this.#worker.postMessage({ from, files } satisfies ReaderGrant);
  }
}

/** A reader for a run that reads this many files from the bundle, on two cores or more; otherwise none. */
export function readsAhead(script: URL | null, files: number): script is URL {
  return script !== null && files >= READ_AHEAD_MIN_FILES && availableParallelism() >= 2;
}
