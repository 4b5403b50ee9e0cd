/**
 * Linting on all cores: worker threads take files one at a time, while the main thread goes on
 * with its own share; each file has a time budget and each worker a memory limit. A file that
 * exceeds either is stopped — its worker is ended and a new one started — and reported by
 * `file-access` as too complex to check: a finding, never a pass.
 * Only file-local rules (`isFileLocal`) run here; the others run on the main thread, which reads every file
 * once more (front matter, mostly); their `finish` runs there too.
 */
import { availableParallelism } from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import { workerThreads } from '../engine/builtins.js';
import { rules as allRules } from '../rules/index.js';
import { LintDocument } from '../engine/document.js';
import type { FileEntry } from './files.js';
import type { PluginPolicy, Rule } from '../engine/rule.js';
import type { CheckedFile } from '../engine/check.js';
import type { Lookup } from './cache.js';
import type { Timing } from '../engine/timing.js';
import type { Directive } from '../engine/suppression.js';
import { DEFAULT_TIME_BUDGET_MS, overBudget } from './budget.js';

/** A file's result from a worker, with what the cache needs; `lookups: null` for a file that was stopped. */
export interface PooledResult {
  result: CheckedFile;
  lookups: Lookup[] | null;
  digest: string;
  /** With `--timing`: the worker's times for this file. */
  timings?: Timing[];
  /** The file's inline directives, when it has any: the main thread applies them to what the rules report after the run. */
  directives?: Directive[];
}

export interface WorkerData {
  cwd: string;
  configFile: string | undefined;
  /** Whether the worker imports the config's `remark.plugins` (as the main thread was allowed to). */
  plugins: PluginPolicy;
  ruleIds: string[];
  now: number;
  /** Whether any of the files is MDX: the worker then loads the MDX parsers before it says it is ready. */
  mdx: boolean;
  /** Whether the run measures its time (`--timing`). */
  timing: boolean;
  /** Whether the run keeps results (`--cache`): only then does a worker hash the files it checks. */
  cache: boolean;
  /** Where the worker sends what it says (`WorkerMessage`): a port the main thread can read between its own files (`WorkerPool.poll`). */
  port: MessagePort;
}

/** From a worker: that it is ready, or a file's result. */
export type WorkerMessage = { ready: true } | { index: number; result: PooledResult };

export interface WorkerTask {
  index: number;
  entry: FileEntry;
}

export interface PoolOptions {
  /** Worker threads; default: one per core but one. */
  workers?: number | undefined;
  /** Per file, in milliseconds (default 10 s). */
  timeBudgetMs?: number | undefined;
  /** Per worker, old-generation heap in MiB (default 2048: a lower limit makes V8 collect far more often). */
  memoryMb?: number | undefined;
}

const DEFAULT_MEMORY_MB = 2048;
/**
 * A worker's young generation (V8's default is twice this): a worker keeps nothing between files,
 * so short-lived objects are all it makes. Measured on 16,000 synthetic spam posts, 2 cores, a
 * worker joining the run (#25): peak RSS 274–276 MB with the default, 248–253 MB with 24, in the
 * same time (31–32 s); 12 or 6 saved little more and ran slower.
 */
const YOUNG_GENERATION_MB = 24;

/** A bundled thread's script (the pool's worker, or the reader: read-ahead.ts), when running from the bundle (tests run the TypeScript in-process). */
export function workerScript(name: 'worker' | 'reader' = 'worker'): URL | null {
  const here = import.meta.url;
  if (!/\.c?js$/.test(here)) return null;
  return new URL(`${here.includes('/chunks/') ? '../' : './'}${name}.js`, here);
}

/** Whether worker threads can run these rules: they are given rule ids, and look them up in the built-in registry. */
export function runnableOnWorkers(rules: readonly Rule<any>[]): boolean {
  const builtIn = new Set<Rule<any>>(allRules);
  return rules.every((rule) => builtIn.has(rule));
}

export interface WorkerPoolOptions extends PoolOptions {
  script: URL;
  data: Omit<WorkerData, 'ruleIds' | 'port'>;
  /** The files of the run; workers are given them by index. */
  entries: readonly FileEntry[];
  rules: readonly Rule<any>[];
  /** The next file for a worker (an index into `entries`), or `null` when there is none for now. */
  take: () => number | null;
  /** A file's result, from a worker or, for a stopped file, from `lintOne`. */
  onResult: (index: number, result: PooledResult) => void;
  /** How long the main thread already worked on a file before handing it to the workers, in milliseconds. */
  spentMs?: (index: number) => number;
  /** Lints the stand-in document of a stopped file (its `file-access` finding). */
  lintOne: (document: LintDocument) => CheckedFile;
}

/**
 * A worker, and the files sent to it, in order: it is on the first (whose time budget runs) and
 * finds the others waiting when it is done, rather than waiting itself for the main thread to see
 * its message and send the next.
 */
interface Slot {
  worker: Worker;
  port: MessagePort;
  ready: boolean;
  queue: number[];
  timer: NodeJS.Timeout | null;
}

/** Files sent to a worker ahead of the one it is on. */
const QUEUED = 3;

/**
 * Workers that ask `take` for files until the pool is closed. Call `wake` after making a file
 * available; `close` when no more will come, and await it for the last results.
 */
export class WorkerPool {
  readonly #options: WorkerPoolOptions;
  readonly #data: Omit<WorkerData, 'port'>;
  readonly #budget: number;
  readonly #slots = new Set<Slot>();
  #closed = false;
  /** Files that were queued for a worker that was stopped: given out again first. */
  readonly #returned: number[] = [];
  #failure: Error | null = null;
  #settle: { resolve: () => void; reject: (error: Error) => void } | null = null;

  constructor(options: WorkerPoolOptions) {
    this.#options = options;
    this.#data = { ...options.data, ruleIds: options.rules.map((rule) => rule.meta.id) };
    this.#budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
    const count = Math.max(1, Math.min(options.workers ?? availableParallelism() - 1, options.entries.length));
    for (let index = 0; index < count; index++) this.#start();
  }

  /** Set when a worker could not start (a config it cannot load): the run cannot go on. */
  get failure(): Error | null {
    return this.#failure;
  }

  /** Gives waiting workers the files made available since they last asked. */
  wake(): void {
    for (const slot of this.#slots) this.#give(slot);
  }

  /** No more files will come: resolves when the workers have finished theirs. */
  close(): Promise<void> {
    this.#closed = true;
    return new Promise<void>((resolve, reject) => {
      if (this.#failure) return reject(this.#failure);
      this.#settle = { resolve, reject };
      this.wake();
      this.#settleIfDone();
    });
  }

  /**
   * Takes the workers' messages that have arrived: the main thread calls this between its own files,
   * so that a worker finds its next files waiting without the main thread letting its event loop
   * turn (each turn ends a slice under a watchdog: see `SLICE_MS`). What arrives while the event
   * loop turns is taken there.
   */
  poll(): void {
    for (const slot of [...this.#slots]) this.#drain(slot);
  }

  /** Takes what a worker has sent: before its error or exit is handled too, as its port may not have been read yet. */
  #drain(slot: Slot): void {
    const { receiveMessageOnPort } = workerThreads();
    while (this.#slots.has(slot)) {
      const received = receiveMessageOnPort(slot.port);
      if (!received) return;
      this.#receive(slot, received.message as WorkerMessage);
    }
  }

  #start(): void {
    const { Worker, MessageChannel } = workerThreads();
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(this.#options.script, {
      workerData: { ...this.#data, port: port2 } satisfies WorkerData,
      transferList: [port2],
      resourceLimits: { maxOldGenerationSizeMb: this.#options.memoryMb ?? DEFAULT_MEMORY_MB, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, port: port1, ready: false, queue: [], timer: null };
    this.#slots.add(slot);
    port1.on('message', (message: WorkerMessage) => this.#receive(slot, message));
    worker.on('error', (error: Error & { code?: string }) => {
      this.#drain(slot);
      if (!this.#slots.has(slot)) return;
      // A worker that could not start (a config it cannot load): no other would.
      if (!slot.ready) return this.#fail(error);
      this.#stop(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `over the memory limit of ${this.#options.memoryMb ?? DEFAULT_MEMORY_MB} MiB` : `the check failed: ${error.message}`);
    });
    worker.on('exit', () => {
      this.#drain(slot);
      if (this.#slots.has(slot)) this.#stop(slot, 'the check ended unexpectedly');
    });
  }

  #receive(slot: Slot, message: WorkerMessage): void {
    if (!this.#slots.has(slot)) return;
    if ('ready' in message) {
      slot.ready = true;
      this.#give(slot);
      return;
    }
    if (slot.queue[0] !== message.index) return;
    slot.queue.shift();
    this.#time(slot);
    this.#options.onResult(message.index, message.result);
    this.#give(slot);
    this.#settleIfDone();
  }

  #give(slot: Slot): void {
    if (!slot.ready || this.#failure || !this.#slots.has(slot)) return;
    while (slot.queue.length <= QUEUED) {
      const index = this.#returned.shift() ?? this.#options.take();
      if (index === null) break;
      slot.queue.push(index);
      slot.worker.postMessage({ index, entry: this.#options.entries[index] as FileEntry } satisfies WorkerTask);
    }
    if (slot.queue.length === 0 && this.#closed) {
      this.#end(slot);
      this.#settleIfDone();
      return;
    }
    if (!slot.timer) this.#time(slot);
  }

  /** Starts the time budget of the file the worker is on, if any (the one before it is done). */
  #time(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    const index = slot.queue[0];
    // The budget is the file's: what the main thread spent on it before handing it over counts.
    const left = index === undefined ? 0 : Math.max(0, this.#budget - (this.#options.spentMs?.(index) ?? 0));
    slot.timer = index !== undefined ? setTimeout(() => this.#stop(slot, overBudget(this.#budget)), left) : null;
  }

  #end(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    this.#slots.delete(slot);
    // Results still on their way from a worker that is ended are not wanted; an open port would keep the process alive.
    slot.port.close();
    void slot.worker.terminate();
    // Node keeps an ended worker's object for a while: its listeners would keep this pool, and
    // through it the whole run (its site index, its selection), alive while the report is written.
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {});
  }

  /** The file a worker is on is stopped (time, memory, crash): reported, and a fresh worker takes over the rest. */
  #stop(slot: Slot, reason: string): void {
    const [index, ...waiting] = slot.queue;
    slot.queue = [];
    this.#end(slot);
    this.#returned.push(...waiting);
    if (index === undefined) return;
    const entry = this.#options.entries[index] as FileEntry;
    const document = LintDocument.unread(entry.path, { kind: 'too-complex', reason }, entry.projectPath);
    this.#options.onResult(index, { result: this.#options.lintOne(document), lookups: null, digest: '' });
    this.#start();
    this.#settleIfDone();
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const slot of [...this.#slots]) this.#end(slot);
    this.#settle?.reject(error);
  }

  /** Done when closed and every worker has ended: each ends once it asks for a file and finds none. */
  #settleIfDone(): void {
    if (this.#closed && this.#settle && !this.#failure && this.#slots.size === 0) this.#settle.resolve();
  }
}
