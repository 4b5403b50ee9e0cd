/**
 * When the main thread gets help from workers with the files it could read itself (see
 * `lintSelected`): the measured thresholds, in one place.
 */
import { availableParallelism } from 'node:os';

/** From this many files, workers start with the run; smaller runs start one only for a file that needs it. */
export const POOL_MIN_FILES = 16;
/**
 * From this many cores, workers help the main thread from the start. On 2 cores they do not: in a
 * short run, V8's compiler and garbage collector already use the second core, and two threads
 * measured no faster than one (12.8 s against 12.3 s on the corpus) with 70 MB more memory.
 */
const SHARING_MIN_CORES = 3;
/**
 * On fewer cores, a worker joins a run that turns out long: once the main thread has checked files
 * for this long and what is left would take as long again at its pace. Measured (#25, 2 cores):
 * 16,000 synthetic spam posts took 69 s on one thread and 32 s with a worker, same report; the
 * corpus, whose posts read fast, does not get one (5.3–6.4 s either way).
 */
const LONG_RUN_MS = 3_000;
/**
 * How long the main thread checks files under one watchdog (budget.ts: starting one costs about
 * 0.1 ms, and its thread must be scheduled to end: 5 ms slices cost the main thread 0.6–0.8 s over
 * 4,000 synthetic spam posts on 2 cores with a worker busy). Workers' messages are taken between
 * files meanwhile (`WorkerPool.poll`); the event loop turns between slices (workers' time budgets,
 * errors), so a worker over its budget is stopped at most this much later. Measured (4,000 posts,
 * ten paired runs): 8.43 s with 5 ms slices, 7.80 s with 100; 20 ms slices ran 0.5 s slower than
 * 100 (eight pairs), with the same peak memory.
 */
export const SLICE_MS = 100;

/** Whether workers take files the main thread could read from the start of a run: when asked for (`--workers`), or on enough cores. */
export function sharesFromStart(workers: number | undefined): boolean {
  return workers !== undefined || availableParallelism() >= SHARING_MIN_CORES;
}

/** Whether a worker should join a run now: `elapsedMs` into it, `done` of `total` files reached. */
export function joinsLongRun(elapsedMs: number, done: number, total: number): boolean {
  return availableParallelism() >= 2 && elapsedMs >= LONG_RUN_MS && elapsedMs * (total - done) >= LONG_RUN_MS * done;
}

/**
 * Files' facts gathered at a time, between files. The facts of the files a worker took from the end
 * are all settled when the main thread reaches them: gathered at once (30,000 files in about a
 * second at 64,000 synthetic posts), they made the run's peak, 15 MB over the rest of it (#25).
 */
export const GATHERED_AT_ONCE = 64;
