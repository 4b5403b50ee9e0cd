/**
 * The reader thread (see read-ahead.ts): reads the files it is given, in order, and sends them to
 * the main thread decoded, with their bytes' digest. Text is sent rather than bytes: bytes moved
 * between threads are memory outside V8's heap, which made the main thread collect garbage more.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { digestOf } from '../engine/digest.js';
import { decodeSource } from '../text/source.js';
import { readFileAt } from './read-file.js';
import type { AheadRead, ReaderData } from './read-ahead.js';

const { maxFileSize, port } = workerData as ReaderData;
/** Reads sent at a time. */
const BATCH = 16;

parentPort?.on('message', (files: Array<string | null>) => {
  for (let start = 0; start < files.length; start += BATCH) {
    const batch: Array<AheadRead | null> = [];
    for (const file of files.slice(start, start + BATCH)) {
      const read = file === null ? null : readFileAt(file, maxFileSize);
      batch.push(read && 'bytes' in read ? { source: decodeSource(read.bytes), digest: digestOf(read.bytes) } : read);
    }
    port.postMessage(batch);
  }
});
