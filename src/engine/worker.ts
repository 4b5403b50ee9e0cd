/**
 * A worker thread of the pool (see pool.ts): loads the same config as the main thread, then lints
 * the files it is sent, one at a time, with the rules that need no other file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { rules as allRules } from '../rules/index.js';
import { loadConfig } from './config.js';
import { createRun, lintDocument, readDocument } from './lint.js';
import type { WorkerData, WorkerTask } from './pool.js';

const data = workerData as WorkerData;
const config = await loadConfig(data.cwd, allRules, data.configFile);
const rules = allRules.filter((rule) => data.ruleIds.includes(rule.meta.id));
const run = createRun(config, rules, { now: data.now });
parentPort?.on('message', (task: WorkerTask) => {
  const result = lintDocument(readDocument(task.entry, config), config, rules, run);
  parentPort?.postMessage({ index: task.index, result });
});
parentPort?.postMessage({ ready: true });
