/**
 * The result cache (`--cache`): for each file, the findings of the rules that depend on nothing but
 * the file, the config and the site's files (`isFileLocal`), keyed on the file's bytes. The whole
 * cache is keyed on the tool version, the config (file text and resolved settings) and those rules,
 * and thrown away when any of them changes. Every site-file lookup a rule made (`image-local`) is
 * recorded with its answer and asked again: a cached result stands only while every answer is the
 * same. The facts rules that compare files collect (`Rule.collect`) are kept with the results; the
 * rules' other work, and rules that read the clock or git, run on every file, every time.
 */
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../engine/config.js';
import type { FileLookup } from '../engine/rule.js';
import type { CheckedFile, Lookup } from '../engine/check.js';
import { tallyOf } from '../engine/results.js';
import type { FileResult, Finding } from '../engine/types.js';
import { SpooledResult, type FindingSource } from './spool.js';
import { AppendFile } from './append-file.js';
import { z } from 'zod';
import { detached } from '../text/detached.js';
import { FINDING_FIELDS } from './finding-schema.js';
import { VERSION } from '../version.js';
import { crypto } from '../engine/builtins.js';
import { git } from './git.js';

/** Where `--cache` keeps results unless `--cache-location` says otherwise (one folder for actions/cache). */
export const DEFAULT_CACHE_LOCATION = '.content-lint-cache/results.json';
/** Where `--check-urls` keeps what URLs answered, by default (the action's `url-cache` too). */
export const DEFAULT_URL_CACHE = '.content-lint-cache/urls.json';
/** Bumped when the file's layout changes. */
const CACHE_FORMAT = 2;

export type { Lookup } from '../engine/check.js';

interface Entry {
  digest: string;
  /** The report path the findings were stored under (they are re-addressed when it differs). */
  file: string;
  findings: Finding[];
  suppressed: number;
  lookups: Lookup[];
  /** What the rules that compare files collected of the file (`Rule.collect`), when they did. */
  facts?: Record<string, unknown>;
}

/** Where a stored file's line is in the cache file, found by reading only its start. */
interface Stored {
  digest: string;
  at: number;
  length: number;
}

/**
 * JSON Lines: a first line `{"format","key"}`, then a line per file, `path` and `digest` first. A
 * cache is read a line at a time, keeping only where each file's line is; a file's findings are
 * read when its result is used. New results are written as they come, to a file that replaces the
 * cache at `save`: memory does not grow with the site (issue #25).
 */
interface Next {
  /** Written a megabyte at a time (flushed at `save`), read back where it is. */
  out: AppendFile;
  file: string;
  /** Removes the temporary file if the process ends before `save`. */
  cleanUp: () => void;
}

interface Line extends Entry {
  path: string;
}

export class ResultCache implements FindingSource {
  readonly file: string;
  readonly #key: string;
  /** The stored file, open for reading while the run lasts. */
  #stored: number | null;
  readonly #index: Map<string, Stored>;
  /** The new cache, written as results come. */
  #next: Next | null = null;
  readonly #written = new Set<string>();
  /** Whether results read from the new cache were handed out (`getOnDisk`), and whether it has replaced the old one. */
  #keepOpen = false;
  #saved = false;
  readonly #factsValid: (facts: unknown) => boolean;
  /** Why the stored results were not used, when they were not (for the log). */
  readonly discarded: string | null;
  hits = 0;
  misses = 0;

  private constructor(file: string, key: string, stored: number | null, index: Map<string, Stored>, discarded: string | null, factsValid: (facts: unknown) => boolean) {
    this.file = file;
    this.#factsValid = factsValid;
    this.#key = key;
    this.#stored = stored;
    this.#index = index;
    this.discarded = discarded;
  }

  /**
   * Opens the cache at `file` for runs with this key; an unreadable, foreign or stale file starts
   * empty. `factsValid` checks a stored file's facts (`Rule.collect`): a line whose facts fail is a miss.
   */
  static open(file: string, key: string, factsValid: (facts: unknown) => boolean = () => true): ResultCache {
    let descriptor: number;
    try {
      descriptor = openSync(file, 'r');
    } catch {
      return new ResultCache(file, key, null, new Map(), null, factsValid);
    }
    const empty = (why: string) => {
      closeSync(descriptor);
      return new ResultCache(file, key, null, new Map(), why, factsValid);
    };
    // A cache is kept between runs by the CI's own cache, never committed: a commit could write any
    // result for any file into it, so a committed one is not believed.
    if (committed(file)) return empty('it is committed to the repository (keep it with actions/cache, and list it in .gitignore)');
    const index = new Map<string, Stored>();
    let headed = false;
    try {
      for (const { text, at, length } of lines(descriptor)) {
        if (!headed) {
          // The first format was one JSON document: its start says so.
          if (/^\{"format":(?!2\b)\d+,/.test(text)) return empty('written by another version');
          const head = JSON.parse(text) as { format?: unknown; key?: unknown } | null;
          if (head?.format !== CACHE_FORMAT) return empty('written by another version');
          if (head.key !== key) return empty('the config or the tool version changed');
          headed = true;
          continue;
        }
        const start = LINE_START.exec(text);
        // Copies: a match is a view of the line's first 4 KB, which the index must not keep.
        if (start) index.set(JSON.parse(start[1] as string) as string, { digest: detached(start[2] as string), at, length });
      }
    } catch {
      return empty('not a cache file (unreadable JSON)');
    }
    if (!headed) return empty('not a cache file (unreadable JSON)');
    return new ResultCache(file, key, descriptor, index, null, factsValid);
  }

  /**
   * The stored result for a file with these bytes, re-addressed to `reportPath`, if every site-file
   * lookup it made still gets the same answer; otherwise `null`.
   */
  get(projectPath: string, digest: string, reportPath: string, fileExists: (relativePath: string) => FileLookup): CheckedFile | null {
    const read = this.#hit(projectPath, digest, fileExists);
    if (!read) return null;
    const entry = read.line;
    return { file: reportPath, suppressed: entry.suppressed, findings: readdressed(entry, reportPath), ...(entry.facts ? { facts: entry.facts } : {}) };
  }

  /**
   * As `get`, with the findings left on disk: the result reads them from the new cache, where the
   * line was carried, each time they are read (as the spool's results do: run/spool.ts). The new
   * cache stays open for that after `save`, until `close`.
   */
  getOnDisk(projectPath: string, digest: string, reportPath: string, fileExists: (relativePath: string) => FileLookup): { result: FileResult; facts: Record<string, unknown> | undefined } | null {
    const read = this.#hit(projectPath, digest, fileExists);
    if (!read) return null;
    const { line, written } = read;
    this.#keepOpen = true;
    return { result: line.findings.length === 0 ? { file: reportPath, suppressed: line.suppressed, findings: [] } : new SpooledResult(reportPath, line.suppressed, this, written.at, written.length, tallyOf(line.findings)), facts: line.facts };
  }

  /** A hit's line, carried into the new cache as it was read (and where it is there); counts hits and misses. */
  #hit(projectPath: string, digest: string, fileExists: (relativePath: string) => FileLookup): { line: Line; written: { at: number; length: number } } | null {
    const read = this.#valid(projectPath, digest, fileExists);
    if (!read) {
      this.misses++;
      return null;
    }
    this.hits++;
    this.#written.add(projectPath);
    return { line: read.line, written: this.#append(read.text) };
  }

  /** The findings of a line of the new cache (`getOnDisk`), re-addressed to `file`: the line was checked when it was read from the old one. */
  readFindings(at: number, length: number, file: string): Finding[] {
    const next = this.#next;
    if (next === null) throw new Error('result cache read after it was closed');
    return readdressed(JSON.parse(next.out.read(at, length).toString('utf8')) as Line, file);
  }

  /** Closes the new cache, once the results read from it (`getOnDisk`) have been reported. */
  close(): void {
    if (this.#next === null || !this.#saved) return;
    closeSync(this.#next.out.descriptor);
    this.#next = null;
  }

  /**
   * The stored facts of a file the run only shows to the rules that compare files (a partial run),
   * as `get` would find them; not counted as a hit, and left where they are (`save` keeps them).
   */
  factsOf(projectPath: string, digest: string, fileExists: (relativePath: string) => FileLookup): Record<string, unknown> | null {
    return this.#valid(projectPath, digest, fileExists)?.line.facts ?? null;
  }

  /** A file's stored line, if it is for these bytes and every answer it depends on still holds. */
  #valid(projectPath: string, digest: string, fileExists: (relativePath: string) => FileLookup): { line: Line; text: string } | null {
    const stored = this.#index.get(projectPath);
    const read = stored?.digest === digest ? this.#read(stored) : null;
    const entry = read?.line;
    if (!read || !entry || entry.path !== projectPath || entry.digest !== digest || !this.#factsValid(entry.facts) || !entry.lookups.every(([asked, answer]) => sameLookup(fileExists(asked), answer))) return null;
    return read;
  }

  set(projectPath: string, digest: string, result: CheckedFile, lookups: readonly Lookup[]): void {
    const line: Line = {
      path: projectPath,
      digest,
      file: result.file,
      // Without what later steps (the baseline) mark.
      findings: result.findings.map(({ baselined: _baselined, ...finding }) => finding),
      suppressed: result.suppressed,
      lookups: [...lookups],
      ...(result.facts ? { facts: result.facts } : {}),
    };
    this.#append(JSON.stringify(line));
    this.#written.add(projectPath);
  }

  /**
   * Writes the cache: this run's results, and the stored entries of files this run did not check
   * while `keep` says they are still there. Written to a temporary file first, so an interrupted run
   * leaves the old cache.
   */
  save(keep: (projectPath: string) => boolean): void {
    if (this.#next === null) this.#append(null);
    if (this.#stored !== null) {
      for (const [projectPath, stored] of this.#index) {
        if (this.#written.has(projectPath) || !keep(projectPath)) continue;
        const bytes = Buffer.allocUnsafe(stored.length);
        if (readSync(this.#stored, bytes, 0, stored.length, stored.at) === stored.length) this.#append(bytes.toString('utf8'));
      }
      closeSync(this.#stored);
      this.#stored = null;
    }
    const next = this.#next as Next;
    next.out.flush();
    renameSync(next.file, this.file);
    process.off('exit', next.cleanUp);
    this.#saved = true;
    // Open while results read from it are to be reported (`getOnDisk`): closed by `close`.
    if (!this.#keepOpen) this.close();
  }

  /** Adds a line to the new cache (started, with its first line, on the first call); where it went. */
  #append(line: string | null): { at: number; length: number } {
    if (this.#next === null) {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const file = `${this.file}.${process.pid}.tmp`;
      const cleanUp = () => rmSync(file, { force: true });
      // Read too: the results of cache hits are read back from it (`getOnDisk`).
      this.#next = { out: new AppendFile(openSync(file, 'w+')), file, cleanUp };
      process.once('exit', cleanUp);
      this.#append(JSON.stringify({ format: CACHE_FORMAT, key: this.#key }));
    }
    if (line === null) return { at: this.#next.out.size, length: 0 };
    const bytes = Buffer.from(`${line}\n`);
    return { at: this.#next.out.append(bytes), length: bytes.length - 1 };
  }

  #read({ at, length }: Stored): { line: Line; text: string } | null {
    if (this.#stored === null) return null;
    const bytes = Buffer.allocUnsafe(length);
    if (readSync(this.#stored, bytes, 0, length, at) !== length) return null;
    try {
      // Checked, never trusted: a damaged line is a miss (the file is checked again), never a crash or a lost finding.
      const text = bytes.toString('utf8');
      const line = LINE.safeParse(JSON.parse(text));
      return line.success ? { line: line.data as Line, text } : null;
    } catch {
      return null;
    }
  }
}

/** A line's findings as the run reports them: under `file`, and so are related places in the same file. */
function readdressed(line: Pick<Line, 'file' | 'findings'>, file: string): Finding[] {
  if (line.file === file) return line.findings;
  return line.findings.map((finding) => ({
    ...finding,
    file,
    ...(finding.related ? { related: { ...finding.related, file: finding.related.file === line.file ? file : finding.related.file } } : {}),
  }));
}

const LINE = z.object({
  path: z.string(),
  digest: z.string(),
  file: z.string(),
  suppressed: z.number().int().min(0),
  lookups: z.array(z.tuple([z.string(), z.object({ found: z.boolean(), caseMismatch: z.string().optional() })])),
  // Checked in full by the rules' schemas (`factsValid`).
  facts: z.record(z.string(), z.unknown()).optional(),
  findings: z.array(
    z.object({
      ...FINDING_FIELDS,
      file: z.string(),
      context: z.string().optional(),
      fix: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
    }),
  ),
});

/** How a file's line starts: its path (a JSON string) and digest, read without the rest. */
const LINE_START = /^\{"path":("(?:[^"\\]|\\.)*"),"digest":"([^"\\]*)"/;

/** The lines of a file, read a piece at a time, with where each starts and its length in bytes. */
function* lines(descriptor: number): Generator<{ text: string; at: number; length: number }> {
  const CHUNK = 1 << 20;
  let carry = Buffer.alloc(0);
  let carryAt = 0;
  let position = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    const count = readSync(descriptor, chunk, 0, CHUNK, position);
    position += count;
    const buffer = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, count)]) : chunk.subarray(0, count);
    let start = 0;
    for (let end = buffer.indexOf(10, start); end !== -1; end = buffer.indexOf(10, start)) {
      // A line's start is enough to index it: its findings are read when used.
      const line = buffer.subarray(start, end);
      yield { text: line.subarray(0, Math.min(line.length, 4096)).toString('utf8'), at: carryAt + start, length: end - start };
      start = end + 1;
    }
    carry = Buffer.from(buffer.subarray(start));
    carryAt += start;
    if (count === 0) {
      if (carry.length > 0) yield { text: carry.toString('utf8'), at: carryAt, length: carry.length };
      return;
    }
  }
}

function sameLookup(a: FileLookup, b: FileLookup): boolean {
  if (a.found || b.found) return a.found === b.found;
  return a.caseMismatch === b.caseMismatch;
}

/**
 * What every cached result depends on besides its file: the tool version, the config file's text
 * (which covers a config module's own code), the resolved config, and the rules whose results are
 * cached. The config's absolute folder is left out, so a cache restored in another checkout folder
 * still applies.
 */
export function cacheKey(config: ResolvedConfig, ruleIds: readonly string[]): string {
  let configText: string | null = null;
  try {
    configText = config.file ? readFileSync(config.file, 'utf8') : null;
  } catch {
    configText = null;
  }
  const resolved = JSON.stringify({ ...config, root: undefined, file: undefined }, (key, value: unknown) => {
    if (key === 'validator' || typeof value === 'function') return undefined;
    if (value instanceof Map) return [...value];
    if (value instanceof Set) return [...value];
    return value;
  });
  return crypto().createHash('sha256').update(JSON.stringify([VERSION, configText, resolved, [...ruleIds].sort()])).digest('base64url');
}

/** Whether git tracks the file (a pull request may have added it); `false` outside a repository or without git. */
function committed(file: string): boolean {
  try {
    return git(path.dirname(file), ['ls-files', '--error-unmatch', '--', path.basename(file)]).ok;
  } catch {
    return false;
  }
}
