import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  checkDocument,
  createRun,
  loadConfig,
  loadMdx,
  readDocument,
  rules,
  startTiming,
  takeTimes
} from "./chunks/chunk-RHNKVQL7.js";
import "./chunks/chunk-2Z6G7ALV.js";
import "./chunks/chunk-3CBNAAFA.js";
import "./chunks/chunk-S7RZHQSS.js";
import "./chunks/chunk-PEKT56RC.js";
import "./chunks/chunk-VX4HL5QL.js";

// src/run/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var data = workerData;
if (data.timing) startTiming();
var config = await loadConfig(data.cwd, rules, data.configFile, data.plugins);
if (data.mdx) await loadMdx();
var rules2 = rules.filter((rule) => data.ruleIds.includes(rule.meta.id));
var run = createRun(config, rules2, { now: data.now });
var say = (message) => data.port.postMessage(message);
parentPort?.on("message", (task) => {
  const document = readDocument(task.entry, config);
  const lookups = [];
  const result = checkDocument(document, config, rules2, run, lookups);
  const pooled = { result, lookups, digest: data.cache ? document.digest : "" };
  if (data.timing) pooled.timings = takeTimes();
  const directives = run.directives.get(document.path);
  if (directives) {
    pooled.directives = directives;
    run.directives.delete(document.path);
  }
  say({ index: task.index, result: pooled });
});
say({ ready: true });
