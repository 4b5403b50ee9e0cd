/**
 * A worker thread of the pool (see pool.ts): loads the same config as the main thread, then lints
 * the files it is sent, one at a time, with the file-local rules (`isFileLocal`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { rules as allRules } from '../rules/index.js';
import { loadConfig } from '../engine/config.js';
import { createRun, readDocument } from './lint.js';
import { checkDocument } from '../engine/check.js';
import { loadMdx } from '../markdown/mdx.js';
import type { PooledResult, WorkerData, WorkerMessage, WorkerTask } from './pool.js';
import type { Lookup } from './cache.js';
import { startTiming, takeTimes } from '../engine/timing.js';

const data = workerData as WorkerData;
if (data.timing) startTiming();
const config = await loadConfig(data.cwd, allRules, data.configFile, data.plugins);
if (data.mdx) await loadMdx();
const rules = allRules.filter((rule) => data.ruleIds.includes(rule.meta.id));
const run = createRun(config, rules, { now: data.now });
// What it says goes to the port the main thread reads between its own files (see `WorkerPool.poll`).
const say = (message: WorkerMessage) => data.port.postMessage(message);
parentPort?.on('message', (task: WorkerTask) => {
  const document = readDocument(task.entry, config);
  const lookups: Lookup[] = [];
  // Facts the rules that compare files collect go back with the result: the main thread gathers them.
  const result = checkDocument(document, config, rules, run, lookups);
  const pooled: PooledResult = { result, lookups, digest: data.cache ? document.digest : '' };
  if (data.timing) pooled.timings = takeTimes();
  const directives = run.directives.get(document.path);
  if (directives) {
    pooled.directives = directives;
    // This thread's run keeps nothing of a file past it.
    run.directives.delete(document.path);
  }
  say({ index: task.index, result: pooled });
});
say({ ready: true });
