#!/usr/bin/env node
/**
 * The `content-lint` command (dist/cli.js). It runs the program, bundled as one CommonJS script
 * (dist/cli.cjs, from cli.ts), with a V8 code cache: after the first run on a machine, a run skips
 * parsing and compiling the 2.7 MB of JavaScript it loads (one post: 0.17 -> 0.13 s; see
 * docs/architecture.md, "Start-up"). Node ≥ 22 does this for ES modules itself
 * (`module.enableCompileCache`); Node 20 only for scripts it is handed with their `cachedData`,
 * which is why the program is a script.
 *
 * The cache is one file per version of content-lint, Node version and architecture (two installs of
 * different versions do not take turns replacing one file), in `$NODE_COMPILE_CACHE` if set (Node's
 * own variable for its cache folder), else `$XDG_CACHE_HOME/content-lint` or
 * `~/.cache/content-lint`; `NODE_DISABLE_COMPILE_CACHE=1` turns it off, as it does Node's. It is
 * code this process runs, so a file is used only if this user owns it and no one else may write
 * it. V8 rejects a cache made by another V8 version, flag set or source length, not one made for
 * other source of the same length: the header line names the build of cli.cjs that wrote it (its
 * version and digest, and the file's size and modification time, in case it was edited). A cache that is missing, rejected or from another build is written again after a run
 * that linted files (so it holds the functions a lint compiles, not only start-up's). A folder keeps
 * the newest four cache files: older ones (earlier versions of content-lint or Node) are removed then.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';
import { VERSION } from './version.js';

type Program = { main(importModule: (url: string) => Promise<unknown>): Promise<{ exitCode: number; linted: boolean }> };
/** The SHA-256 (16 hex digits) of dist/cli.cjs, put here by the build (scripts/build.mjs). */
declare const CLI_BUNDLE_DIGEST: string;

// A lint run keeps little (about 20 MB) while it makes much short-lived garbage: by default V8 lets
// the old generation grow to about four times what survives before it collects, which made the peak
// memory of a big site's run ~250 MB. Growing it by 30% instead collects more often (a few ms each)
// and keeps the peak under 180 MB at no measured cost in time (docs/architecture.md, "Memory").
// The young generation starts at 1 MB and doubles after each scavenge: growing it eightfold instead
// takes a one-file run from five scavenges to two (~5 ms; 0.182 -> 0.176 s, 25 interleaved runs)
// and the corpus from 3.96 to 3.67 s (4 interleaved runs) at the same peak memory (155-158 MB):
// its largest size is unchanged. V8 reads these two heap flags after start-up; others
// (`--max-old-space-size`) it does not.
// Set before the program is compiled: V8 keeps a code cache only for the flags it was made with.
setFlagsFromString('--heap-growing-percent=30');
setFlagsFromString('--semi-space-growth-factor=8');

/** How many cache files (content-lint and Node versions) a folder keeps: about 1.7 MB each. */
const KEPT_CACHES = 4;

const bundle = fileURLToPath(new URL('./cli.cjs', import.meta.url));
// Node's own loader where the cache cannot be used: no `import()` inside `vm` scripts before Node 20.12.
const loadDynamically = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
const cache = loadDynamically && !process.env.NODE_DISABLE_COMPILE_CACHE ? cacheFile() : null;
let program: Program;
let script: vm.Script | null = null;
let cached: Buffer | null = null;
if (cache) {
  // ASCII only (the build escapes the rest): Latin-1 reads it as it is, three times faster than UTF-8.
  const source = readFileSync(bundle, 'latin1');
  cached = readCache(cache.file, cache.header);
  script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    ...(cached ? { cachedData: cached } : {}),
    importModuleDynamically: loadDynamically,
  });
  const module = { exports: {} as Program };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  program = module.exports;
} else {
  program = createRequire(import.meta.url)(bundle) as Program;
}
// User modules (a JavaScript config, remark-lint plugins) are imported from here, an ES module: an
// `import()` inside the cached script fails on Node 20 once its code cache is used.
const { exitCode, linted } = await program.main((url) => import(url));
process.exitCode = exitCode;
if (cache && script && linted && (!cached || script.cachedDataRejected)) writeCache(cache.file, cache.header, script.createCachedData());

/** Where this build's cache goes, and the header line that names the build; `null` when there is no folder for it. */
function cacheFile(): { file: string; header: string } | null {
  try {
    const folder = process.env.NODE_COMPILE_CACHE ? path.resolve(process.env.NODE_COMPILE_CACHE) : path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'content-lint');
    const { size, mtimeMs } = statSync(bundle);
    return { file: path.join(folder, `cli-${VERSION}-${process.version}-${process.arch}.v8`), header: `content-lint ${VERSION} ${CLI_BUNDLE_DIGEST} ${size} ${Math.trunc(mtimeMs)}\n` };
  } catch {
    return null;
  }
}

/** The V8 data of a cache file this user owns, that no one else may write, and that this build wrote. */
function readCache(file: string, header: string): Buffer | null {
  let descriptor: number;
  try {
    descriptor = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(descriptor);
    if (process.getuid && (stat.uid !== process.getuid() || (stat.mode & 0o022) !== 0)) return null;
    const bytes = readFileSync(descriptor);
    return bytes.subarray(0, header.length).toString('latin1') === header ? bytes.subarray(header.length) : null;
  } catch {
    return null;
  } finally {
    closeSync(descriptor);
  }
}

/** Replaces the cache file in one step (runs at the same time never read half a file); a folder that cannot be written means no cache. */
function writeCache(file: string, header: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(temporary, Buffer.concat([Buffer.from(header, 'latin1'), data]), { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    // Not writable (a read-only home, a full disk): the next run compiles again.
    return;
  }
  pruneCaches(file);
}

/**
 * Removes this user's older cache files beyond the newest `KEPT_CACHES` (each upgrade of content-lint
 * or Node would otherwise leave one behind for good), and temporary files of runs that died while
 * writing one. Only names this command writes are touched; nothing here may fail the run.
 */
function pruneCaches(file: string): void {
  const folder = path.dirname(file);
  try {
    const caches: Array<{ file: string; mtime: number }> = [];
    for (const name of readdirSync(folder)) {
      if (!/^cli-.+\.v8(?:\.\d+\.tmp)?$/.test(name)) continue;
      const full = path.join(folder, name);
      const stat = statSync(full);
      if (!stat.isFile() || (process.getuid && stat.uid !== process.getuid())) continue;
      if (name.endsWith('.tmp')) {
        // Another run may be writing it right now: only one left for an hour is a leftover.
        if (Date.now() - stat.mtimeMs > 3_600_000) rmSync(full, { force: true });
      } else if (full !== file) caches.push({ file: full, mtime: stat.mtimeMs });
    }
    caches.sort((a, b) => b.mtime - a.mtime);
    for (const { file: old } of caches.slice(KEPT_CACHES - 1)) rmSync(old, { force: true });
  } catch {
    // A folder that cannot be listed or a file that cannot be removed: left as it is.
  }
}
