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
 * How long the main thread checks files before it lets the workers' messages in, in milliseconds.
 * Each slice starts a watchdog (budget.ts): 0.6–0.8 s of the main thread over 4,000 synthetic spam
 * posts. 20 ms slices (with eight files queued for a worker) cut that to 0.18–0.25 s and ran 64,000
 * posts in 95–99 s against 102 s, but peaked 5 MB higher (232–236 against 227–230 MB, two
 * interleaved runs each): against issue #25's flat memory, not taken.
 */
export const SLICE_MS = 5;
/**
 * Without workers to listen to, how long the main thread checks files under one watchdog (see
 * budget.ts: starting one costs about 0.1 ms, so 5 ms slices would cost 2% of a run).
 */
export const UNSHARED_SLICE_MS = 100;

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
