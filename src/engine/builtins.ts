/**
 * Node modules that most runs never use, loaded on first use: `node:crypto` (hashes, for `--cache`,
 * `--shard` and the workers), `node:zlib` (the cache's checks), `node:child_process` (git, for
 * `--changed-since` and the date rules that compare with it) and `node:worker_threads` (the pool). Node compiles them when they are
 * first required: ~10 ms together, against a one-file run of ~130 ms (docs/architecture.md,
 * Start-up).
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** The module, required on the first call and kept: `require` itself costs ~2 µs a call, and some callers ask once a file (16,000 times: 30 ms). */
function loaded<T>(name: string): () => T {
  let module: T | undefined;
  return () => (module ??= load(name) as T);
}

export const crypto = loaded<typeof import('node:crypto')>('node:crypto');
export const zlib = loaded<typeof import('node:zlib')>('node:zlib');
export const childProcess = loaded<typeof import('node:child_process')>('node:child_process');
export const workerThreads = loaded<typeof import('node:worker_threads')>('node:worker_threads');
