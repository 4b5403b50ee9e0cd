/**
 * Findings kept on disk between the check and the report, so that a run's memory does not grow
 * with its findings (issue #25: a spam network's 64,000 posts carry over a million). Each file's
 * findings are written out as JSON when the file is done; its result keeps only where they are,
 * and reads them back each time `findings` is read (a reporter reads each file once or twice).
 * Assigning `findings` keeps the new array in memory: the few files the rules that need the whole
 * run report on afterwards (engine/check.ts `finishRun` assigns, it never pushes). Text kept for
 * the end of the run waits here too (`stash`): a page's heading ids, and a file's facts that wait
 * for the files before it to be gathered (run/lint.ts).
 *
 * The file is unlinked as soon as it is open where the system allows it (POSIX), so nothing is
 * left behind whatever happens to the process; elsewhere it goes at `close()` or exit.
 */
import { closeSync, mkdtempSync, openSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tallyOf, type Tallied, type Tally } from '../engine/results.js';
import type { FileResult, Finding } from '../engine/types.js';
import type { TextStash } from '../engine/rule.js';
import { AppendFile } from './append-file.js';

/** Where a result's findings, written as JSON, are read back from: the spool, or the new result cache (a cache hit's line). */
export interface FindingSource {
  readFindings(at: number, length: number, file: string): Finding[];
}

/** Texts the stash's index has room for in each of its arrays (a few hundred thousand a run over a spam network: heading ids, pages' routes and links, facts that wait). */
const STASH_CHUNK = 16_384;

export class FindingSpool implements FindingSource {
  readonly #folder: string;
  #file: AppendFile | null;

  constructor() {
    this.#folder = mkdtempSync(path.join(tmpdir(), 'content-lint-'));
    const file = path.join(this.#folder, 'findings.json');
    this.#file = new AppendFile(openSync(file, 'w+'));
    try {
      unlinkSync(file);
      rmSync(this.#folder, { recursive: true, force: true });
    } catch {
      process.once('exit', () => this.close());
    }
  }

  /** The result, with its findings on disk (a result without findings is kept as it is). */
  keep(result: FileResult): FileResult {
    // Already on disk (here, or in the new cache): kept where it is.
    if (result instanceof SpooledResult || result.findings.length === 0) return result;
    const { at, length } = this.write(result.findings);
    return new SpooledResult(result.file, result.suppressed, this, at, length, tallyOf(result.findings));
  }

  /** Writes findings to disk: where they are (`readFindings` reads them back). */
  write(findings: readonly Finding[]): { at: number; length: number } {
    return this.#hold(JSON.stringify(findings));
  }

  #hold(text: string): { at: number; length: number } {
    const bytes = Buffer.from(text);
    return { at: this.#open().append(bytes), length: bytes.length };
  }

  /** Text the rules keep for the end of the run (`ProjectContext.stash`), here: where each is, in arrays of `STASH_CHUNK` (added as needed, never copied). */
  stash(): TextStash {
    const at: Float64Array[] = [];
    const length: Uint32Array[] = [];
    let count = 0;
    return {
      keep: (text) => {
        const offset = count % STASH_CHUNK;
        if (offset === 0) {
          at.push(new Float64Array(STASH_CHUNK));
          length.push(new Uint32Array(STASH_CHUNK));
        }
        const written = this.#hold(text);
        (at[at.length - 1] as Float64Array)[offset] = written.at;
        (length[length.length - 1] as Uint32Array)[offset] = written.length;
        return count++;
      },
      kept: (handle) => {
        const chunk = Math.floor(handle / STASH_CHUNK);
        const offset = handle % STASH_CHUNK;
        return this.#open().read(at[chunk]?.[offset] as number, length[chunk]?.[offset] as number).toString('utf8');
      },
    };
  }

  /** Frees the file; findings not yet read are gone. */
  close(): void {
    if (this.#file === null) return;
    closeSync(this.#file.descriptor);
    this.#file = null;
    rmSync(this.#folder, { recursive: true, force: true });
  }

  #open(): AppendFile {
    if (this.#file === null) throw new Error('findings spool read after it was closed');
    return this.#file;
  }

  /** The findings written at `at` (a `SpooledResult` reads its own). */
  readFindings(at: number, length: number): Finding[] {
    return JSON.parse(this.#open().read(at, length).toString('utf8')) as Finding[];
  }
}

/**
 * A file's result whose findings are on disk. A class, not an object literal with a getter: about
 * 100 bytes a file instead of 570 (an accessor in a literal costs its object a pair of closures and
 * a property dictionary), measured with 100,000 of each. `findings` is the prototype's: a spread
 * (`{ ...result }`) leaves it out, so code that copies a result names `findings` (every copy in src/ does).
 */
export class SpooledResult implements FileResult, Tallied {
  readonly file: string;
  suppressed: number;
  readonly #spool: FindingSource;
  readonly #at: number;
  readonly #length: number;
  /** The findings on disk, counted when they were written (the run's totals need not read them back): three numbers, not an object, kept for every file. */
  readonly #errors: number;
  readonly #warnings: number;
  readonly #baselined: number;
  #replaced: Finding[] | null = null;

  constructor(file: string, suppressed: number, spool: FindingSource, at: number, length: number, tally: Tally) {
    this.file = file;
    this.suppressed = suppressed;
    this.#spool = spool;
    this.#at = at;
    this.#length = length;
    this.#errors = tally.errors;
    this.#warnings = tally.warnings;
    this.#baselined = tally.baselined;
  }

  /** Where its findings are and their tally (run/result-table.ts keeps these rather than the object); `null` once they were replaced. */
  place(): { source: FindingSource; at: number; length: number; tally: Tally } | null {
    return this.#replaced ? null : { source: this.#spool, at: this.#at, length: this.#length, tally: { errors: this.#errors, warnings: this.#warnings, baselined: this.#baselined } };
  }

  tally(): Tally {
    return this.#replaced ? tallyOf(this.#replaced) : { errors: this.#errors, warnings: this.#warnings, baselined: this.#baselined };
  }

  get findings(): Finding[] {
    return this.#replaced ?? this.#spool.readFindings(this.#at, this.#length, this.file);
  }

  set findings(findings: Finding[]) {
    this.#replaced = findings;
  }
}
