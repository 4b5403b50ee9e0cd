/** What a pull request adds: the findings its files did not have at the base (the action's `filter-mode` `added` and `diff_context`). */
import path from 'node:path';
import { rules as allRules } from '../rules/index.js';
import type { ResolvedConfig } from '../engine/config.js';
import { LintDocument } from '../engine/document.js';
import { newFindings } from '../engine/baseline.js';
import type { History, Rule } from '../engine/rule.js';
import type { Finding, LintResult } from '../engine/types.js';
import { DEFAULT_TIME_BUDGET_MS, runWithin } from './budget.js';
import { toPosix } from './files.js';
import { createRun, lintDocument } from './lint.js';

/**
 * The findings of a run that its files did not have at an earlier version (`history`): each file's
 * earlier text is checked with the same config and rules (within the time budget), and the
 * findings it had are taken off, as a baseline would take them. A file with no earlier text (new,
 * or one whose base could not be read) has only new findings; so does one whose base was too complex.
 */
export function findingsNewSince(result: LintResult, history: History, config: ResolvedConfig, options: { cwd: string; rules?: readonly Rule<any>[]; now?: number; timeBudgetMs?: number }): Set<Finding> {
  const rules = options.rules ?? allRules;
  const run = createRun(config, rules, options.now === undefined ? {} : { now: options.now });
  const fresh = new Set<Finding>();
  for (const file of result.files) {
    const projectPath = toPosix(path.relative(config.root, path.resolve(options.cwd, file.file)));
    const previous = history.previousText({ path: file.file, projectPath });
    const checked = previous === null ? null : runWithin(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS, () => lintDocument(LintDocument.fromText(file.file, previous, projectPath), config, rules, run));
    const before = checked?.finished ? checked.value.findings : [];
    for (const finding of newFindings(file.findings, before)) fresh.add(finding);
  }
  return fresh;
}
