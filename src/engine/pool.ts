/**
 * Linting on all cores: worker threads take files one at a time; each file has a time budget and
 * each worker a memory limit. A file that exceeds either is stopped — its worker is ended and a new
 * one started — and reported by `file-access` as too complex to check: a finding, never a pass.
 * Only file-local rules (`isFileLocal`) run here; the others run on the main thread, which reads every file
 * once more (front matter, mostly); their `finish` runs there too.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { LintDocument } from './document.js';
import type { FileEntry } from './files.js';
import type { Rule } from './rule.js';
import type { FileResult } from './types.js';
import type { Lookup } from './cache.js';

/** A file's result from a worker, with what the cache needs; `lookups: null` for a file that was stopped. */
export interface PooledResult {
  result: FileResult;
  lookups: Lookup[] | null;
  digest: string;
}

export interface WorkerData {
  cwd: string;
  configFile: string | undefined;
  ruleIds: string[];
  now: number;
}

export interface WorkerTask {
  index: number;
  entry: FileEntry;
}

export interface PoolOptions {
  /** Worker threads; default: one per core but one, at most one per file. */
  workers?: number | undefined;
  /** Per file, in milliseconds (default 10 s). */
  timeBudgetMs?: number | undefined;
  /** Per worker, old-generation heap in MiB (default 2048: a lower limit makes V8 collect far more often). */
  memoryMb?: number | undefined;
}

export const DEFAULT_TIME_BUDGET_MS = 10_000;
const DEFAULT_MEMORY_MB = 2048;

/** The bundled worker script, when running from the bundle (tests run the TypeScript in-process). */
export function workerScript(): URL | null {
  const here = import.meta.url;
  if (!here.endsWith('.js')) return null;
  return new URL(here.includes('/chunks/') ? '../worker.js' : './worker.js', here);
}

export async function lintInWorkers(
  entries: readonly FileEntry[],
  rules: readonly Rule<any>[],
  lintOne: (document: LintDocument) => FileResult,
  options: PoolOptions & { script: URL; data: Omit<WorkerData, 'ruleIds'>; onProgress?: ((done: number, total: number) => void) | undefined },
): Promise<PooledResult[]> {
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  // One core is left to the main thread, which reads the files it does not send and runs the rules
  // that compare files.
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism() - 1, entries.length));
  const data: WorkerData = { ...options.data, ruleIds: rules.map((rule) => rule.meta.id) };
  const results: Array<PooledResult | undefined> = new Array(entries.length);
  let next = 0;
  let done = 0;

  return new Promise<PooledResult[]>((resolve, reject) => {
    let failed = false;
    const live = new Set<Worker>();
    const finishIfDone = () => {
      if (done === entries.length && !failed) {
        for (const worker of live) void worker.terminate();
        resolve(results as PooledResult[]);
      }
    };
    /** A file stopped for time or memory: reported by file-access, like an unreadable file. */
    const stopped = (index: number, reason: string) => {
      const entry = entries[index] as FileEntry;
      results[index] = { result: lintOne(LintDocument.unread(entry.path, { kind: 'too-complex', reason }, entry.projectPath)), lookups: null, digest: '' };
      done++;
      options.onProgress?.(done, entries.length);
    };
    const start = () => {
      const worker = new Worker(options.script, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? DEFAULT_MEMORY_MB } });
      live.add(worker);
      let current: number | null = null;
      let timer: NodeJS.Timeout | null = null;
      let ended = false;
      const give = () => {
        if (next >= entries.length) {
          live.delete(worker);
          ended = true;
          void worker.terminate();
          return;
        }
        current = next++;
        timer = setTimeout(() => {
          // Over budget: end this worker, report the file, go on with a fresh worker.
          const index = current as number;
          current = null;
          ended = true;
          live.delete(worker);
          void worker.terminate();
          stopped(index, `over the time budget of ${budget / 1000} s`);
          start();
          finishIfDone();
        }, budget);
        worker.postMessage({ index: current, entry: entries[current] as FileEntry } satisfies WorkerTask);
      };
      worker.on('message', (message: { ready?: true; index?: number; result?: PooledResult }) => {
        if (message.ready) return give();
        if (timer) clearTimeout(timer);
        if (message.index === undefined || message.result === undefined || current !== message.index) return;
        results[message.index] = message.result;
        current = null;
        done++;
        options.onProgress?.(done, entries.length);
        give();
        finishIfDone();
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (ended) return;
        ended = true;
        live.delete(worker);
        if (timer) clearTimeout(timer);
        if (current === null) {
          // The worker could not start (a config it cannot load): the run cannot go on.
          failed = true;
          for (const other of live) void other.terminate();
          reject(error);
          return;
        }
        const index = current;
        current = null;
        stopped(index, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `over the memory limit of ${options.memoryMb ?? DEFAULT_MEMORY_MB} MiB` : `the check failed: ${error.message}`);
        start();
        finishIfDone();
      });
      worker.on('exit', () => {
        if (ended) return;
        ended = true;
        live.delete(worker);
        if (current !== null) {
          const index = current;
          current = null;
          stopped(index, 'the check ended unexpectedly');
          start();
          finishIfDone();
        }
      });
    };
    for (let index = 0; index < count; index++) start();
  });
}
