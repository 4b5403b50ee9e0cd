/**
 * Node modules that most runs never use, loaded on first use: `node:crypto` (hashes, for `--cache`,
 * `--shard` and the workers), `node:zlib` (the cache's checks), `node:child_process` (git, for
 * `--changed-since` and the date rules that compare with it) and `node:worker_threads` (the pool). Node compiles them when they are
 * first required: ~10 ms together, against a one-file run of ~130 ms (docs/architecture.md,
 * Start-up).
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export const crypto = (): typeof import('node:crypto') => load('node:crypto');
export const zlib = (): typeof import('node:zlib') => load('node:zlib');
export const childProcess = (): typeof import('node:child_process') => load('node:child_process');
export const workerThreads = (): typeof import('node:worker_threads') => load('node:worker_threads');
