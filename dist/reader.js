import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  decodeSource,
  digestOf,
  mentionsDirectives,
  readFileAt
} from "./chunks/chunk-2Z6G7ALV.js";
import "./chunks/chunk-VX4HL5QL.js";

// src/run/reader.ts
import { parentPort, workerData } from "node:worker_threads";
var { maxFileSize, largest, port } = workerData;
var BATCH = 4;
parentPort?.on("message", ({ from, files }) => {
  for (let start = 0; start < files.length; start += BATCH) {
    const reads = files.slice(start, start + BATCH).map((file) => file === null ? null : readAhead(file));
    port.postMessage({ from: from + start, reads });
  }
});
function readAhead(file) {
  const read = readFileAt(file, maxFileSize, largest);
  if (read === null) return null;
  if (!("bytes" in read)) return { file, problem: read.problem };
  const source = decodeSource(read.bytes);
  return { file, source, digest: digestOf(read.bytes), mentionsDirectives: mentionsDirectives(source.text) };
}
