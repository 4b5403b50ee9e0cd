/**
 * A run's results while it goes on, one row a checked file. With a spool (run/spool.ts), a row is
 * where the file's findings are on disk (the spool, or the new result cache for a cache hit) and
 * their tally, in typed arrays: 41 bytes a file, where a result object and its array took about 100
 * (issue #25: 6.3 MB of 64,000 posts' results, held while the workers run). Results are made from
 * the rows when they are read (`get`, `results`). Without a spool, results are kept as they are.
 */
import { SpooledResult, type FindingSource, type FindingSpool } from './spool.js';
import { tallyOf } from '../engine/results.js';
import type { FileResult } from '../engine/types.js';

/** A row's source: 0 no result yet, 1 no findings, 2 and on: `#sources[source - 2]`. */
const NONE = 0;
const CLEAN = 1;

export class ResultTable {
  readonly #spool: FindingSpool | null;
  readonly #size: number;
  /** The report path of each row's file (a result names its file so: `set` keeps any other as an object). */
  readonly #fileOf: (index: number) => string;
  readonly #sources: FindingSource[] = [];
  readonly #source: Uint8Array;
  readonly #at: Float64Array;
  readonly #length: Uint32Array;
  /** Four a row: errors, warnings, baselined, suppressed. */
  readonly #counts: Uint32Array;
  /** Results kept as objects: every result without a spool, and any that does not fit a row. */
  readonly #objects = new Map<number, FileResult>();

  constructor(size: number, spool: FindingSpool | null, fileOf: (index: number) => string) {
    this.#spool = spool;
    this.#size = size;
    this.#fileOf = fileOf;
    const rows = spool ? size : 0;
    this.#source = new Uint8Array(rows);
    this.#at = new Float64Array(rows);
    this.#length = new Uint32Array(rows);
    this.#counts = new Uint32Array(rows * 4);
  }

  has(index: number): boolean {
    return this.#objects.has(index) || (this.#source[index] ?? NONE) !== NONE;
  }

  /** Keeps a file's result (its findings go to the spool, if they are not on disk already). */
  set(index: number, result: FileResult): void {
    this.#objects.delete(index);
    this.#source[index] = NONE;
    const spool = this.#spool;
    if (!spool || result.file !== this.#fileOf(index)) {
      this.#objects.set(index, spool ? spool.keep(result) : result);
      return;
    }
    const counts = index * 4;
    this.#counts[counts + 3] = result.suppressed;
    const placed = result instanceof SpooledResult ? result.place() : null;
    if (!placed && result.findings.length === 0) {
      this.#source[index] = CLEAN;
      return;
    }
    const place = placed ?? { source: spool, ...spool.write(result.findings), tally: tallyOf(result.findings) };
    this.#source[index] = this.#sourceOf(place.source);
    this.#at[index] = place.at;
    this.#length[index] = place.length;
    this.#counts[counts] = place.tally.errors;
    this.#counts[counts + 1] = place.tally.warnings;
    this.#counts[counts + 2] = place.tally.baselined;
  }

  /** A file's result, or `undefined` when it has none yet. */
  get(index: number): FileResult | undefined {
    const object = this.#objects.get(index);
    if (object) return object;
    const source = this.#source[index] ?? NONE;
    if (source === NONE) return undefined;
    const counts = index * 4;
    const file = this.#fileOf(index);
    const suppressed = this.#counts[counts + 3] as number;
    if (source === CLEAN) return { file, findings: [], suppressed };
    const tally = { errors: this.#counts[counts] as number, warnings: this.#counts[counts + 1] as number, baselined: this.#counts[counts + 2] as number };
    return new SpooledResult(file, suppressed, this.#sources[source - 2] as FindingSource, this.#at[index] as number, this.#length[index] as number, tally);
  }

  /** Every row's result, in order (a row without one stays a hole: a file whose worker failed). */
  results(): FileResult[] {
    const results: FileResult[] = new Array(this.#size);
    for (let index = 0; index < this.#size; index++) {
      const result = this.get(index);
      if (result) results[index] = result;
    }
    return results;
  }

  #sourceOf(source: FindingSource): number {
    let at = this.#sources.indexOf(source);
    if (at === -1) at = this.#sources.push(source) - 1;
    return at + 2;
  }
}
