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
 * main thread gets to it is read there, as without a reader, and the late read is dropped. A
 * reader that fails is no longer asked.
 */
import { availableParallelism } from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import { workerThreads } from '../engine/builtins.js';
import type { AccessProblem } from '../engine/document.js';
import type { DecodedSource } from '../text/source.js';
import { absolutePath, type FileEntry } from './files.js';

/** A file as the reader read it: decoded, with its bytes' digest (what `--cache` knows it by), or why it was not read. */
export type AheadRead = { source: DecodedSource; digest: string } | { problem: AccessProblem };

export interface ReaderData {
  maxFileSize: number;
  /** Where the reader sends its reads, in order: `null` for a file it was given as `null`. */
  port: MessagePort;
}

/** From fewer files, no reader: it starts in tens of milliseconds, while the main thread reads the first files itself. */
export const READ_AHEAD_MIN_FILES = 256;
/** How many files ahead of the main thread the reader is asked for: enough to stay ahead, few enough to die young. */
const FILES_AHEAD = 96;
/**
 * The reader's young generation, in MiB: all it makes (a file's text, until sent) dies young. The
 * run's peak grew by 33 MB with V8's default, 15 MB with 4, 10 MB with 1 (16,000 posts, warm).
 */
const READER_YOUNG_GENERATION_MB = 1;
/** Files asked for at least at a time (fewer only at the end): each message costs the main thread tens of microseconds. */
const GRANT_MIN = 48;

export class ReadAhead {
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #entries: readonly FileEntry[];
  readonly #reads: (position: number) => boolean;
  /** Files asked for so far: the reader answers them in this order. */
  #granted = 0;
  #arrived = 0;
  /** Reads arrived and not yet taken, by position, in order. */
  readonly #ready = new Map<number, AheadRead>();
  #failed = false;

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
    this.#worker = new Worker(script, { workerData: { maxFileSize, port: port2 } satisfies ReaderData, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: READER_YOUNG_GENERATION_MB } });
    // It never keeps the process alive: a run that ends early (a failure) need not wait for it.
    this.#worker.unref();
    // Reading goes on in the main thread, as it would without a reader.
    this.#worker.on('error', () => (this.#failed = true));
    this.#worker.on('exit', () => (this.#failed = true));
    this.#grant(0);
  }

  /** The read of the file at `position`, if it has arrived: the main thread has got there, so earlier ones are dropped. */
  take(position: number): AheadRead | undefined {
    if (this.#failed) return undefined;
    const { receiveMessageOnPort } = workerThreads();
    while (this.#arrived <= position) {
      const received = receiveMessageOnPort(this.#port);
      if (!received) break;
      for (const read of received.message as Array<AheadRead | null>) {
        const at = this.#arrived++;
        if (read !== null && at >= position) this.#ready.set(at, read);
      }
    }
    let taken: AheadRead | undefined;
    for (const [at, read] of this.#ready) {
      if (at > position) break;
      this.#ready.delete(at);
      if (at === position) taken = read;
    }
    this.#grant(position);
    return taken;
  }

  close(): void {
    this.#failed = true;
    void this.#worker.terminate();
    this.#port.close();
  }

  /** Asks the reader for the files up to the window's end from `position`. */
  #grant(position: number): void {
    const until = Math.min(this.#entries.length, position + FILES_AHEAD);
    if (until - this.#granted < Math.min(GRANT_MIN, this.#entries.length - this.#granted)) return;
    const files: Array<string | null> = [];
    for (let at = this.#granted; at < until; at++) {
      const entry = this.#entries[at] as FileEntry;
      files.push(entry.symlinkTarget === undefined && this.#reads(at) ? absolutePath(entry) : null);
    }
    this.#worker.postMessage(files);
    this.#granted = until;
  }
}

/** A reader for a run that reads this many files from the bundle, on two cores or more; otherwise none. */
export function readsAhead(script: URL | null, files: number): script is URL {
  return script !== null && files >= READ_AHEAD_MIN_FILES && availableParallelism() >= 2;
}
