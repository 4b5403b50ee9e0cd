import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  createRun,
  lintDocument,
  loadConfig,
  loadMdx,
  readDocument,
  rules
} from "./chunks/chunk-SZ5RCAU7.js";
import "./chunks/chunk-VYXGAMPZ.js";
import "./chunks/chunk-HYQFWBAE.js";
import "./chunks/chunk-AQAWXGQZ.js";
import "./chunks/chunk-VX4HL5QL.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var data = workerData;
var config = await loadConfig(data.cwd, rules, data.configFile);
if (data.mdx) await loadMdx();
var rules2 = rules.filter((rule) => data.ruleIds.includes(rule.meta.id));
var run = createRun(config, rules2, { now: data.now });
parentPort?.on("message", (task) => {
  const document = readDocument(task.entry, config);
  const lookups = [];
  const result = lintDocument(document, config, rules2, run, lookups);
  parentPort?.postMessage({ index: task.index, result: { result, lookups, digest: document.digest } });
});
parentPort?.postMessage({ ready: true });
