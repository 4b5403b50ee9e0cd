import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  decodeSource,
  digestOf,
  readFileAt
} from "./chunks/chunk-EIJELPTL.js";
import "./chunks/chunk-VX4HL5QL.js";

// src/run/reader.ts
import { parentPort, workerData } from "node:worker_threads";
var { maxFileSize, port } = workerData;
var BATCH = 16;
parentPort?.on("message", (files) => {
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = [];
    for (const file of files.slice(start, start + BATCH)) {
      const read = file === null ? null : readFileAt(file, maxFileSize);
      batch.push(read && "bytes" in read ? { source: decodeSource(read.bytes), digest: digestOf(read.bytes) } : read);
    }
    port.postMessage(batch);
  }
});
