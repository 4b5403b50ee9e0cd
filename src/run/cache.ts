/**
 * The result cache (`--cache`): for each file, the findings of the rules that depend on nothing but
 * the file, the config and the site's files (`isFileLocal`), keyed on the file's bytes. The whole
 * cache is keyed on the tool version, the config (file text and resolved settings) and those rules,
 * and thrown away when any of them changes. Every site-file lookup a rule made (`image-local`) is
 * recorded with its answer and asked again: a cached result stands only while every answer is the
 * same. The facts rules that compare files collect (`Rule.collect`) are kept with the results; the
 * rules' other work, and rules that read the clock or git, run on every file, every time.
 */
import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../engine/config.js';
import type { FileLookup, Rule } from '../engine/rule.js';
import type { CheckedFile, Lookup } from '../engine/check.js';
import { tallyOf } from '../engine/results.js';
import type { FileResult, Finding } from '../engine/types.js';
import { SpooledResult, type FindingSource } from './spool.js';
import { AppendFile, ReadAhead } from './append-file.js';
import { z } from 'zod';
import { detached } from '../text/detached.js';
import { VERSION } from '../version.js';
import { crypto, zlib } from '../engine/builtins.js';
import { git } from './git.js';

/** Where `--cache` keeps results unless `--cache-location` says otherwise (one folder for actions/cache). */
export const DEFAULT_CACHE_LOCATION = '.content-lint-cache/results.json';
/** Where `--check-urls` keeps what URLs answered, by default (the action's `url-cache` too). */
export const DEFAULT_URL_CACHE = '.content-lint-cache/urls.json';
/** Bumped when the file's layout changes. */
const CACHE_FORMAT = 3;

export type { Lookup } from '../engine/check.js';

/** Where a stored file's line is in the cache file, as its index says (or its start, read alone). */
interface Stored {
  digest: string;
  at: number;
  length: number;
  /** Set when this run used it: the file is there (`save` asks no more). */
  hit?: true;
}

/**
 * JSON Lines, in ASCII (`storedJson`): a first line `{"format","key"}`, then a line per file: its head
 * (`Head`, `path` and `digest` first), a tab, and its findings as a JSON array; then the index of
 * those lines (`save`).
 * Opening a cache reads its index (without one, every line's start), keeping only where each
 * file's line is. A hit parses its line's head alone and checks the findings' bytes against the
 * head's check; the findings stay where they are, and are parsed when the result is reported. New
 * results are written as they come, to a file that replaces the cache at `save`, with the lines of
 * the hits and of the files the run did not check copied over; a run that changed nothing (every
 * file a hit, none gone) leaves the cache as it was. Memory does not grow with the site (issue #25).
 */
interface Next {
  /** Written a megabyte at a time (flushed at `save`). */
  out: AppendFile;
  file: string;
  /** Removes the temporary file if the process ends before `save`. */
  cleanUp: () => void;
}

/** What a hit needs of a file's line: all of it but the findings, which it only counts and hashes. */
interface Head {
  path: string;
  digest: string;
  /** The report path the findings were stored under (they are re-addressed when it differs). */
  file: string;
  suppressed: number;
  errors: number;
  warnings: number;
  lookups: Lookup[];
  /** What the rules that compare files collected of the file (`Rule.collect`), when they did. */
  facts?: Record<string, unknown>;
  /** The findings' bytes' check (`checkOf`): a damaged line is a miss. */
  check: string;
}

/** A stored line, read: its head, and its bytes (the findings after the tab, `findingsAt` on). */
interface Read {
  head: Head;
  /** A view of the stored file's read window (append-file.ts): good until its next read. */
  bytes: Buffer;
  findingsAt: number;
}

const TAB = 9;

export class ResultCache implements FindingSource {
  readonly file: string;
  readonly #key: string;
  /** The stored file, open for reading while the run lasts, and until `close` when hits' results read their findings from it (read ahead: mostly in the order written). */
  #stored: { descriptor: number; reads: ReadAhead; indexed: boolean } | null;
  readonly #index: Map<string, Stored>;
  /** The new cache, written as results come. */
  #next: Next | null = null;
  /** Each line of the new cache, in order, for its index (`save`): path, digest, and where it is (at, length). */
  readonly #lines = { paths: [] as string[], digests: [] as string[], places: [] as number[] };
  /** Whether results reading from the stored file were handed out (`getOnDisk`), and whether the run's cache was saved. */
  #keepOpen = false;
  #saved = false;
  readonly #factsValid: (facts: unknown) => boolean;
  /** Why the stored results were not used, when they were not (for the log). */
  readonly discarded: string | null;
  hits = 0;
  misses = 0;

  private constructor(file: string, key: string, stored: number | null, index: Map<string, Stored>, discarded: string | null, factsValid: (facts: unknown) => boolean, indexed = false) {
    this.file = file;
    this.#factsValid = factsValid;
    this.#key = key;
    this.#stored = stored === null ? null : { descriptor: stored, reads: new ReadAhead(stored), indexed };
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
    let indexed = false;
    try {
      const first = lines(descriptor).next();
      if (first.done) return empty('not a cache file (unreadable JSON)');
      const { text } = first.value;
      // The first format was one JSON document: its start says so.
      if (/^\{"format":(?!3\b)\d+,/.test(text)) return empty('written by another version');
      const head = JSON.parse(text) as { format?: unknown; key?: unknown } | null;
      if (head?.format !== CACHE_FORMAT) return empty('written by another version');
      if (head.key !== key) return empty('the config or the tool version changed');
      // The index at the end, read alone; a cache without one (its run was cut short) is read a line at a time.
      indexed = readIndex(descriptor, index);
      if (!indexed) {
        for (const { text, at, length } of lines(descriptor)) {
          const start = LINE_START.exec(text);
          // Copies: a match is a view of the line's first 4 KB, which the index must not keep.
          if (start) index.set(JSON.parse(start[1] as string) as string, { digest: detached(start[2] as string), at, length });
        }
      }
    } catch {
      return empty('not a cache file (unreadable JSON)');
    }
    return new ResultCache(file, key, descriptor, index, null, factsValid, indexed);
  }

  /**
   * The stored result for a file with these bytes, re-addressed to `reportPath`, if every site-file
   * lookup it made still gets the same answer; otherwise `null`.
   */
  get(projectPath: string, digest: string, reportPath: string, fileExists: (relativePath: string) => FileLookup): CheckedFile | null {
    const read = this.#hit(projectPath, digest, fileExists);
    if (!read) return null;
    const { head } = read;
    return { file: reportPath, suppressed: head.suppressed, findings: readdressed(head.file, findingsOf(read), reportPath), ...(head.facts ? { facts: head.facts } : {}) };
  }

  /**
   * As `get`, with the findings left on disk: the result reads them from the stored file each time
   * they are read (as the spool's results do: run/spool.ts). It stays open for that after `save`
   * (replaced, it is still there for this run), until `close`.
   */
  getOnDisk(projectPath: string, digest: string, reportPath: string, fileExists: (relativePath: string) => FileLookup): { result: FileResult; facts: Record<string, unknown> | undefined } | null {
    const read = this.#hit(projectPath, digest, fileExists);
    if (!read) return null;
    const { head, place } = read;
    this.#keepOpen = true;
    const tally = { errors: head.errors, warnings: head.warnings, baselined: 0 };
    return { result: head.errors + head.warnings === 0 ? { file: reportPath, suppressed: head.suppressed, findings: [] } : new SpooledResult(reportPath, head.suppressed, this, place.at, place.length, tally), facts: head.facts };
  }

  /** A hit's line, and where it is in the stored file (it stays in the index: `save` copies it over); counts hits and misses. */
  #hit(projectPath: string, digest: string, fileExists: (relativePath: string) => FileLookup): (Read & { place: Stored }) | null {
    const read = this.#valid(projectPath, digest, fileExists);
    if (!read) {
      this.misses++;
      return null;
    }
    this.hits++;
    const place = this.#index.get(projectPath) as Stored;
    place.hit = true;
    return { ...read, place };
  }

  /** The findings of a hit's line in the stored file (`getOnDisk`), re-addressed to `file`: the line was checked when it was hit. */
  readFindings(at: number, length: number, file: string): Finding[] {
    if (this.#stored === null) throw new Error('result cache read after it was closed');
    const bytes = this.#stored.reads.read(at, length);
    const tab = bytes.indexOf(TAB);
    const head = textOf(bytes, 0, tab);
    // The stored report path, where this tool writes it (after path and digest): read without parsing the facts behind it.
    const quoted = STORED_FILE.exec(head)?.[1];
    const storedFile = quoted === undefined ? (JSON.parse(head) as Head).file : (JSON.parse(quoted) as string);
    return readdressed(storedFile, findingsOf({ bytes, findingsAt: tab + 1 }), file);
  }

  /** Closes the stored file, once the results read from it (`getOnDisk`) have been reported. */
  close(): void {
    if (!this.#saved || this.#stored === null) return;
    closeSync(this.#stored.descriptor);
    this.#stored = null;
  }

  /**
   * The stored facts of a file the run only shows to the rules that compare files (a partial run),
   * as `get` would find them; not counted as a hit, and left where they are (`save` keeps them).
   */
  factsOf(projectPath: string, digest: string, fileExists: (relativePath: string) => FileLookup): Record<string, unknown> | null {
    return this.#valid(projectPath, digest, fileExists)?.head.facts ?? null;
  }

  /** A file's stored line, if it is for these bytes and every answer it depends on still holds. */
  #valid(projectPath: string, digest: string, fileExists: (relativePath: string) => FileLookup): Read | null {
    const stored = this.#index.get(projectPath);
    const read = stored?.digest === digest ? this.#read(stored) : null;
    const head = read?.head;
    if (!read || !head || head.path !== projectPath || head.digest !== digest || !this.#factsValid(head.facts) || !head.lookups.every(([asked, answer]) => sameLookup(fileExists(asked), answer))) return null;
    return read;
  }

  set(projectPath: string, digest: string, result: CheckedFile, lookups: readonly Lookup[]): void {
    // Without what later steps (the baseline) mark, nor the file (the head's: every finding of a file is its own).
    const findings = storedJson(result.findings.map(({ baselined: _baselined, file: _file, ...finding }) => finding));
    const { errors, warnings } = tallyOf(result.findings);
    const head: Head = {
      path: projectPath,
      digest,
      file: result.file,
      suppressed: result.suppressed,
      errors,
      warnings,
      lookups: [...lookups],
      ...(result.facts ? { facts: result.facts } : {}),
      check: checkOf(findings),
    };
    this.#append(`${storedJson(head)}\t${findings}`, projectPath, digest);
    this.#index.delete(projectPath);
  }

  /**
   * Writes the cache: this run's new results, the stored lines of its hits and of the files it did
   * not check while `keep` says they are still there, then the index of its lines (a line each:
   * `[path, digest, at, length]`) and where the index starts (`{"index": at}`, the last line).
   * Written to a temporary file first, so an interrupted run leaves the old cache. A run with no new
   * result and no stored file gone leaves the stored file as it is: it is already that cache.
   */
  save(keep: (projectPath: string) => boolean): void {
    const stored = this.#stored;
    const kept = (projectPath: string, place: Stored) => place.hit === true || keep(projectPath);
    if (this.#next === null && stored?.indexed && this.#allKept(kept)) {
      this.#saved = true;
      if (!this.#keepOpen) this.close();
      return;
    }
    if (this.#next === null) this.#append(null);
    if (stored !== null) {
      for (const [projectPath, place] of this.#index) {
        if (!kept(projectPath, place)) continue;
        const bytes = stored.reads.read(place.at, place.length);
        if (bytes.length === place.length) this.#append(bytes, projectPath, place.digest);
      }
    }
    const next = this.#next as Next;
    const { paths, digests, places } = this.#lines;
    const indexAt = next.out.size;
    paths.forEach((projectPath, line) => this.#append(storedJson([projectPath, digests[line], places[2 * line], places[2 * line + 1]])));
    this.#append(JSON.stringify({ index: indexAt }));
    next.out.flush();
    closeSync(next.out.descriptor);
    renameSync(next.file, this.file);
    process.off('exit', next.cleanUp);
    this.#next = null;
    this.#saved = true;
    // The stored file stays open while results read from it are to be reported (`getOnDisk`): replaced, it is still there for its descriptor. Closed by `close`.
    if (!this.#keepOpen) this.close();
  }

  #allKept(kept: (projectPath: string, place: Stored) => boolean): boolean {
    for (const [projectPath, place] of this.#index) if (!kept(projectPath, place)) return false;
    return true;
  }

  /** Adds a line (text or its bytes; a file's, with its path and digest, goes in the index) to the new cache (started, with its first line, on the first call; `null` only starts it). */
  #append(line: string | Buffer | null, projectPath?: string, digest?: string): void {
    if (this.#next === null) {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const file = `${this.file}.${process.pid}.tmp`;
      const cleanUp = () => rmSync(file, { force: true });
      this.#next = { out: new AppendFile(openSync(file, 'w')), file, cleanUp };
      process.once('exit', cleanUp);
      this.#append(JSON.stringify({ format: CACHE_FORMAT, key: this.#key }));
    }
    const out = this.#next.out;
    if (line === null) return;
    const bytes = typeof line === 'string' ? Buffer.from(line) : line;
    const at = out.append(bytes);
    out.append(NEWLINE);
    if (projectPath !== undefined && digest !== undefined) {
      this.#lines.paths.push(projectPath);
      this.#lines.digests.push(digest);
      this.#lines.places.push(at, bytes.length);
    }
  }

  #read({ at, length }: Stored): Read | null {
    if (this.#stored === null) return null;
    const bytes = this.#stored.reads.read(at, length);
    if (bytes.length !== length) return null;
    // Checked, never trusted: a damaged line is a miss (the file is checked again), never a crash or a lost finding.
    const tab = bytes.indexOf(TAB);
    if (tab === -1) return null;
    try {
      const head: unknown = JSON.parse(textOf(bytes, 0, tab));
      return isHead(head) && head.check === checkOf(bytes.subarray(tab + 1)) ? { head, bytes, findingsAt: tab + 1 } : null;
    } catch {
      return null;
    }
  }
}

const NEWLINE = Buffer.from('\n');

/**
 * The check a line's head keeps of its findings' bytes (or their text, as UTF-8). It finds damage
 * (a line cut short or changed), not forgery: whoever can write the cache can write its checks too.
 * CRC-32 where Node has it (20.15 on): a warm run over 16,000 synthetic posts hashed 130 MB of
 * findings in 0.15 s with SHA-256, 0.05 s with CRC-32. A cache written under one is all misses
 * under the other.
 */
export function checkOf(bytes: string | Uint8Array): string {
  const { crc32 } = zlib() as { crc32?: (data: string | Uint8Array) => number };
  return crc32 ? `crc32:${crc32(bytes).toString(36)}` : crypto().createHash('sha256').update(bytes).digest('base64url');
}

/** A finding as a line keeps it: without its file (the line's). */
type StoredFinding = Omit<Finding, 'file'> & { file?: string };

/** A read line's findings: written by this tool, and unchanged since (the head's hash says so). */
function findingsOf({ bytes, findingsAt }: Pick<Read, 'bytes' | 'findingsAt'>): StoredFinding[] {
  return JSON.parse(textOf(bytes, findingsAt, bytes.length)) as StoredFinding[];
}

/**
 * `value` as JSON with every character past ASCII escaped (`é` as `\u00e9`), as the cache stores it:
 * a warm run reads such a line as Latin-1 (`textOf`), into a string of one byte a character. Over
 * 16,000 synthetic spam posts' 133 MB of findings, decoding and parsing took 0.48 s instead of 0.69 s
 * as UTF-8 (#25); escaping costs the run that writes them about as much.
 */
function storedJson(value: unknown): string {
  return JSON.stringify(value).replace(NON_ASCII, escapedUnit);
}

const NON_ASCII = /[\u0080-\uffff]/g;

/** A UTF-16 unit as a JSON escape (a pair's two units each: JSON.parse joins them again). */
function escapedUnit(unit: string): string {
  return `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A stored line's bytes from `start` to `end` as text: as Latin-1 when they are ASCII (as `set` writes them), otherwise as UTF-8 (a line written before it escaped them). */
function textOf(bytes: Buffer, start: number, end: number): string {
  return bytes.toString(isAscii(bytes.subarray(start, end)) ? 'latin1' : 'utf8', start, end);
}

/** A line's findings (stored without their file) as the run reports them: under `file`, and so are related places in the same file (`stored`, the path they were stored under). */
function readdressed(stored: string, findings: StoredFinding[], file: string): Finding[] {
  for (const finding of findings) {
    finding.file = file;
    if (finding.related && finding.related.file === stored && stored !== file) finding.related = { ...finding.related, file };
  }
  return findings as Finding[];
}

/**
 * Whether facts (from the cache) are what every rule that gathers them reads: checked, never
 * trusted. Rules that read the same key with the same schema (`page`: both link rules) have it
 * checked once, in one object schema of all their keys; a schema that is more than plain keys is
 * checked on its own.
 */
export function factsCheck(rules: readonly Rule<any>[]): (facts: unknown) => boolean {
  const shape: Record<string, z.ZodType> = {};
  const whole: z.ZodType[] = [];
  for (const rule of rules) {
    const schema = rule.collect?.schema;
    if (!schema) continue;
    const plain = schema instanceof z.ZodObject && schema.def.catchall === undefined && !schema.def.checks?.length;
    const entries = plain ? Object.entries((schema as z.ZodObject).shape as Record<string, z.ZodType>) : [];
    if (plain && entries.every(([key, field]) => shape[key] === undefined || shape[key] === field)) Object.assign(shape, Object.fromEntries(entries));
    else whole.push(schema);
  }
  const schemas = [...(Object.keys(shape).length > 0 ? [z.object(shape)] : []), ...whole];
  // No rule gathers facts: a line has none to check.
  return (facts) => schemas.every((schema) => schema.safeParse(facts).success);
}

/**
 * Whether a parsed head is one (`Head`). By hand, not a zod schema: a warm run reads every head once,
 * and zod took 100 ms over 16,000 of them where this takes 4 ms. The facts are checked in full by the
 * rules' schemas (`factsValid`).
 */
function isHead(value: unknown): value is Head {
  if (!isRecord(value)) return false;
  const { digest, file, suppressed, errors, warnings, lookups, facts, check } = value;
  return (
    typeof value.path === 'string' &&
    typeof digest === 'string' &&
    typeof file === 'string' &&
    isCount(suppressed) &&
    isCount(errors) &&
    isCount(warnings) &&
    Array.isArray(lookups) &&
    lookups.every(isLookup) &&
    (facts === undefined || isRecord(facts)) &&
    typeof check === 'string'
  );
}

/** `[asked, { found, caseMismatch? }]`. */
function isLookup(value: unknown): value is Lookup {
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string' || !isRecord(value[1])) return false;
  const { found, caseMismatch } = value[1];
  return typeof found === 'boolean' && (caseMismatch === undefined || typeof caseMismatch === 'string');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** How a file's line starts: its path (a JSON string) and digest, read without the rest. */
const LINE_START = /^\{"path":("(?:[^"\\]|\\.)*"),"digest":"([^"\\]*)"/;
/** A head's report path, where `set` writes it: after the path and the digest (in a line edited by hand to hold two, the first; it only re-addresses `related`). */
const STORED_FILE = /^\{"path":"(?:[^"\\]|\\.)*","digest":"[^"\\]*","file":("(?:[^"\\]|\\.)*")/;

/**
 * Reads the index a cache ends with (`save`) into `index`: `false`, with `index` empty, when the
 * file has none. An entry is only where to look: what is there is checked when it is read.
 */
function readIndex(descriptor: number, index: Map<string, Stored>): boolean {
  const size = fstatSync(descriptor).size;
  const tail = Buffer.allocUnsafe(Math.min(size, 64));
  readSync(descriptor, tail, 0, tail.length, size - tail.length);
  const trailer = /\{"index":(\d+)\}\n$/.exec(tail.toString('latin1'));
  const indexAt = Number(trailer?.[1] ?? NaN);
  const end = size - (trailer?.[0].length ?? 0);
  if (!trailer || !(indexAt <= end)) return false;
  for (const { text } of lines(descriptor, indexAt, end)) {
    let entry: unknown;
    try {
      entry = JSON.parse(text);
    } catch {
      entry = null;
    }
    // A place within the lines before the index, or none of it is believed.
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string' || !placeWithin(entry[2], entry[3], indexAt)) {
      index.clear();
      return false;
    }
    index.set(entry[0], { digest: entry[1], at: entry[2] as number, length: entry[3] as number });
  }
  return true;
}

function placeWithin(at: unknown, length: unknown, end: number): boolean {
  return Number.isSafeInteger(at) && Number.isSafeInteger(length) && (at as number) >= 0 && (length as number) >= 0 && (at as number) + (length as number) <= end;
}

/** The lines of a file (from `from` to `to`), read a piece at a time, with where each starts and its length in bytes. */
function* lines(descriptor: number, from = 0, to = Infinity): Generator<{ text: string; at: number; length: number }> {
  const CHUNK = 1 << 20;
  let carry = Buffer.alloc(0);
  let carryAt = from;
  let position = from;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    const count = readSync(descriptor, chunk, 0, Math.max(0, Math.min(CHUNK, to - position)), position);
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
