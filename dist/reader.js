import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  decodeSource,
  digestOf,
  readFileAt
} from "./chunks/chunk-CD4XPKOZ.js";
import "./chunks/chunk-VX4HL5QL.js";

// src/run/reader.ts
import { parentPort, workerData } from "node:worker_threads";
var { maxFileSize, largest, port } = workerData;
var BATCH = 16;
parentPort?.on("message", ({ from, files }) => {
  for (let start = 0; start < files.length; start += BATCH) {
    const reads = files.slice(start, start + BATCH).map((file) => file === null ? null : readAhead(file));
    port.postMessage({ from: from + start, reads });
  }
});
function readAhead(file) {
  const read = readFileAt(file, maxFileSize, largest);
  if (read === null) return null;
  return "bytes" in read ? { file, source: decodeSource(read.bytes), digest: digestOf(read.bytes) } : { file, problem: read.problem };
}
