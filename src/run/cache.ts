/**
 * The result cache (`--cache`): for each file, the findings of the rules that depend on nothing but
 * the file, the config and the site's files (`isFileLocal`), keyed on the file's bytes. The whole
 * cache is keyed on the tool version, the config (file text and resolved settings) and those rules,
 * and thrown away when any of them changes. Every site-file lookup a rule made (`image-local`) is
 * recorded with its answer and asked again: a cached result stands only while every answer is the
 * same. Rules that compare files, read the clock or git run on every file, every time.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../engine/config.js';
import type { FileLookup } from '../engine/rule.js';
import type { Lookup } from '../engine/check.js';
import type { FileResult, Finding } from '../engine/types.js';
import { VERSION } from '../version.js';
import { crypto } from '../engine/builtins.js';
import { git } from './git.js';

/** Where `--cache` keeps results unless `--cache-location` says otherwise (one folder for actions/cache). */
export const DEFAULT_CACHE_LOCATION = '.content-lint-cache/results.json';
/** Where `--check-urls` keeps what URLs answered, by default (the action's `url-cache` too). */
export const DEFAULT_URL_CACHE = '.content-lint-cache/urls.json';
/** Bumped when the file's layout changes. */
const CACHE_FORMAT = 1;

export type { Lookup } from '../engine/check.js';

interface Entry {
  digest: string;
  /** The report path the findings were stored under (they are re-addressed when it differs). */
  file: string;
  findings: Finding[];
  suppressed: number;
  lookups: Lookup[];
}

interface CacheFile {
  format: number;
  key: string;
  files: Record<string, Entry>;
}

export class ResultCache {
  readonly file: string;
  readonly #key: string;
  readonly #entries: Map<string, Entry>;
  /** Why the stored results were not used, when they were not (for the log). */
  readonly discarded: string | null;
  hits = 0;
  misses = 0;

  private constructor(file: string, key: string, entries: Map<string, Entry>, discarded: string | null) {
    this.file = file;
    this.#key = key;
    this.#entries = entries;
    this.discarded = discarded;
  }

  /** Opens the cache at `file` for runs with this key; an unreadable, foreign or stale file starts empty. */
  static open(file: string, key: string): ResultCache {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return new ResultCache(file, key, new Map(), null);
    }
    // A cache is kept between runs by the CI's own cache, never committed: a commit could write any
    // result for any file into it, so a committed one is not believed.
    if (committed(file)) return new ResultCache(file, key, new Map(), 'it is committed to the repository (keep it with actions/cache, and list it in .gitignore)');
    try {
      const stored = JSON.parse(text) as CacheFile;
      if (stored?.format !== CACHE_FORMAT || typeof stored.files !== 'object' || stored.files === null) {
        return new ResultCache(file, key, new Map(), 'written by another version');
      }
      if (stored.key !== key) return new ResultCache(file, key, new Map(), 'the config or the tool version changed');
      return new ResultCache(file, key, new Map(Object.entries(stored.files)), null);
    } catch {
      return new ResultCache(file, key, new Map(), 'not a cache file (unreadable JSON)');
    }
  }

  /**
   * The stored result for a file with these bytes, re-addressed to `reportPath`, if every site-file
   * lookup it made still gets the same answer; otherwise `null`.
   */
  get(projectPath: string, digest: string, reportPath: string, fileExists: (relativePath: string) => FileLookup): FileResult | null {
    const entry = this.#entries.get(projectPath);
    if (!entry || entry.digest !== digest || !entry.lookups.every(([asked, answer]) => sameLookup(fileExists(asked), answer))) {
      this.misses++;
      return null;
    }
    this.hits++;
    const readdress = (file: string) => (file === entry.file ? reportPath : file);
    return {
      file: reportPath,
      suppressed: entry.suppressed,
      findings: entry.findings.map((finding) => ({
        ...finding,
        file: reportPath,
        ...(finding.related ? { related: { ...finding.related, file: readdress(finding.related.file) } } : {}),
      })),
    };
  }

  set(projectPath: string, digest: string, result: FileResult, lookups: readonly Lookup[]): void {
    this.#entries.set(projectPath, {
      digest,
      file: result.file,
      // Copies: later steps (the baseline) mark findings, which must not be stored.
      findings: result.findings.map(({ baselined: _baselined, ...finding }) => ({ ...finding })),
      suppressed: result.suppressed,
      lookups: [...lookups],
    });
  }

  /**
   * Writes the cache, keeping the entries of files this run did not check while `keep` says they
   * are still there. Written to a temporary file first, so an interrupted run leaves the old cache.
   */
  save(keep: (projectPath: string) => boolean): void {
    const files: Record<string, Entry> = {};
    for (const [projectPath, entry] of [...this.#entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (keep(projectPath)) files[projectPath] = entry;
    }
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ format: CACHE_FORMAT, key: this.#key, files } satisfies CacheFile));
    renameSync(temporary, this.file);
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
