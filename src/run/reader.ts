/**
 * The reader thread (see read-ahead.ts): reads the files it is given, in order, and sends them to
 * the main thread decoded, with their bytes' digest and whether they mention a directive (a file larger than `largest`: not read, `null`). Text is sent rather than bytes: bytes moved
 * between threads are memory outside V8's heap, which made the main thread collect garbage more.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { digestOf } from '../engine/digest.js';
import { mentionsDirectives } from '../engine/suppression.js';
import { decodeSource } from '../text/source.js';
import { readFileAt } from './read-file.js';
import type { AheadRead, ReaderBatch, ReaderData, ReaderGrant } from './read-ahead.js';

const { maxFileSize, largest, port } = workerData as ReaderData;
/**
 * Reads sent at a time. Few: the main thread takes a message's texts into its heap all at once, and
 * a text that waits there while it checks the files before it outlives the young generation. With 16,
 * a warm run over 16,000 synthetic posts promoted 190 MB to the old generation and spent 434 ms in
 * scavenges; with 4, 35 MB and 224 ms (with 1, as little, but a message a file cost more than it saved).
 */
const BATCH = 4;

parentPort?.on('message', ({ from, files }: ReaderGrant) => {
  for (let start = 0; start < files.length; start += BATCH) {
    const reads = files.slice(start, start + BATCH).map((file) => (file === null ? null : readAhead(file)));
    port.postMessage({ from: from + start, reads } satisfies ReaderBatch);
  }
});

function readAhead(file: string): AheadRead | null {
  const read = readFileAt(file, maxFileSize, largest);
  if (read === null) return null;
  if (!('bytes' in read)) return { file, problem: read.problem };
  const source = decodeSource(read.bytes);
  return { file, source, digest: digestOf(read.bytes), mentionsDirectives: mentionsDirectives(source.text) };
}
