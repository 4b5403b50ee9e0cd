/**
 * The time budget of work on this thread. A worker that runs over its file's budget is terminated
 * by the pool; the main thread cannot be, so its work runs inside `vm`'s `timeout`, whose watchdog
 * interrupts even a regular expression or a parser deep in a library. Starting a watchdog costs
 * about 0.1 ms (a thread), so callers run many files under one (see `lintSelected`).
 *
 * Interrupted code runs no `catch` or `finally` of its own: whatever module state it was changing
 * is reset by `recoverAfterInterrupt` (the timing stopwatch's open steps).
 */
import vm from 'node:vm';
import { recoverTiming } from '../engine/timing.js';

/** Where the guarded function waits for the script to call it: a symbol, so no page or library name collides. */
const SLOT = Symbol.for('content-lint.budgeted');
type Slot = { [SLOT]?: () => unknown };

let script: vm.Script | undefined;
/** Whether this thread is inside `runWithin` already: an inner call then runs under the outer budget. */
let guarded = false;

export type Guarded<T> = { finished: true; value: T } | { finished: false };

/**
 * Runs `work` and stops it after `ms` milliseconds. Returns its value, or `{ finished: false }`
 * when it was stopped; anything it throws is thrown.
 */
export function runWithin<T>(ms: number, work: () => T): Guarded<T> {
  if (guarded) return { finished: true, value: work() };
  script ??= new vm.Script(`globalThis[Symbol.for('content-lint.budgeted')]()`, { filename: 'content-lint-budget.js' });
  const slot = globalThis as Slot;
  slot[SLOT] = work;
  guarded = true;
  try {
    return { finished: true, value: script.runInThisContext({ timeout: Math.max(1, Math.ceil(ms)) }) as T };
  } catch (error) {
    if ((error as { code?: string } | null)?.code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw error;
    recoverAfterInterrupt();
    return { finished: false };
  } finally {
    guarded = false;
    delete slot[SLOT];
  }
}

/** Puts back what interrupted code left half-changed. */
function recoverAfterInterrupt(): void {
  recoverTiming();
}

/** Each file's time budget, in milliseconds, unless `--file-timeout` says otherwise. */
export const DEFAULT_TIME_BUDGET_MS = 10_000;

/** Why a file was stopped for time, as `file-access` says it. */
export function overBudget(budgetMs: number): string {
  return `over the time budget of ${budgetMs / 1000} s`;
}

/**
 * Runs `step(position)` for the positions from `from` on, in order, for about `sliceMs` (a step
 * started within the slice finishes, or is stopped), each within `budgetMs`: a step that runs over
 * is stopped and `stopped(position)` called (it may have finished just before: `stopped` must check).
 * Returns the position to go on from. One watchdog covers the whole slice: every step started
 * within it gets at least its budget, and at most `sliceMs` more.
 */
export function runSlice(from: number, count: number, budgetMs: number, sliceMs: number, step: (position: number) => void, stopped: (position: number) => void): number {
  const end = Date.now() + sliceMs;
  let next = from;
  let current = from;
  const outcome = runWithin(budgetMs + sliceMs, () => {
    while (next < count) {
      current = next;
      step(current);
      next = current + 1;
      if (Date.now() >= end) break;
    }
  });
  if (outcome.finished) return next;
  stopped(current);
  return current + 1;
}
