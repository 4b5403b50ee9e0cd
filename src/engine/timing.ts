/**
 * `--timing`: where a run's time goes, by rule and by shared step (reading files, the Markdown and
 * HTML trees, the views rules share), as ESLint's `TIMING=1` does for its rules. Times are
 * exclusive: a step a rule starts (the first rule to ask for the HTML builds it) is counted as that
 * step, not as the rule, so a rule's figure is its own work. Summed over the threads of the run.
 *
 * One stopwatch per thread, started by the run that asked for timing (`startTiming`): the steps are
 * lazy computations deep in LintDocument, which has no run to hand it to. When none is started,
 * `timed` only calls its body.
 */

export interface Timing {
  label: string;
  /** A rule's own work, or a step shared by the rules. */
  kind: 'rule' | 'step';
  ms: number;
}

class Stopwatch {
  readonly totals = new Map<string, number>();
  readonly rules = new Set<string>();
  readonly #open: string[] = [];
  #since = 0;

  time<T>(label: string, body: () => T): T {
    const start = performance.now();
    const outer = this.#open.at(-1);
    if (outer !== undefined) this.add(outer, start - this.#since);
    this.#open.push(label);
    this.#since = start;
    try {
      return body();
    } finally {
      const end = performance.now();
      this.add(label, end - this.#since);
      this.#open.pop();
      this.#since = end;
    }
  }

  add(label: string, ms: number): void {
    this.totals.set(label, (this.totals.get(label) ?? 0) + ms);
  }

  /** After work was interrupted (runs no `finally`): its open steps end now, each charged up to here. */
  closeOpen(): void {
    const now = performance.now();
    const innermost = this.#open.at(-1);
    if (innermost !== undefined) this.add(innermost, now - this.#since);
    this.#open.length = 0;
    this.#since = now;
  }
}

let stopwatch: Stopwatch | null = null;

/** Starts timing this thread's work (a new stopwatch: nothing of an earlier run is kept). */
export function startTiming(): void {
  stopwatch = new Stopwatch();
}

/** Stops timing; returns what was measured since `startTiming`, the longest first. */
export function stopTiming(): Timing[] {
  const watch = stopwatch;
  stopwatch = null;
  if (!watch) return [];
  return [...watch.totals]
    .map(([label, ms]) => ({ label, kind: watch.rules.has(label) ? ('rule' as const) : ('step' as const), ms }))
    .sort((a, b) => b.ms - a.ms || a.label.localeCompare(b.label));
}

/** After interrupted work (see budget.ts): the steps it left open are closed. */
export function recoverTiming(): void {
  stopwatch?.closeOpen();
}

export function isTiming(): boolean {
  return stopwatch !== null;
}

/** Runs `body`, counting its time (less that of the steps inside it) under `label` when timing. */
export function timed<T>(label: string, body: () => T): T {
  return stopwatch ? stopwatch.time(label, body) : body();
}

/** `timed`, for a rule's own work. */
export function timedRule<T>(id: string, body: () => T): T {
  if (!stopwatch) return body();
  stopwatch.rules.add(id);
  return stopwatch.time(id, body);
}

/** `timed` for asynchronous work (loading the config, a rule's `finish`): the wall time it took, waits included. */
export async function timedAsync<T>(label: string, kind: Timing['kind'], body: () => Promise<T>): Promise<T> {
  if (!stopwatch) return body();
  const start = performance.now();
  try {
    return await body();
  } finally {
    addTime(label, performance.now() - start, kind);
  }
}

/** Adds time measured elsewhere: a worker's. */
export function addTime(label: string, ms: number, kind: Timing['kind']): void {
  if (!stopwatch) return;
  if (kind === 'rule') stopwatch.rules.add(label);
  stopwatch.add(label, ms);
}

/** What this thread measured since the last call, cleared (a worker sends it with each result). */
export function takeTimes(): Timing[] {
  if (!stopwatch) return [];
  const taken = stopTiming();
  startTiming();
  return taken;
}
