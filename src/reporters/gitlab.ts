import { createHash } from 'node:crypto';
import type { Finding } from '../engine/types.js';
import { TOOL_NAME } from '../version.js';
import type { Reporter } from './types.js';
import { inertJsonChunks } from './text.js';

const ISSUES = '\u0000issues';

/**
 * GitLab Code Quality JSON (`artifacts:reports:codequality`, the subset of the Code Climate spec
 * GitLab reads): an issue per finding, errors `major` (findings that say a file could not be
 * checked `critical`), warnings `minor`. The fingerprint stays the same while the finding does —
 * its rule, message, file and the text of its line, not the line's number — so that a merge
 * request shows only what it brought; identical findings on identical lines are told apart by
 * their order. Baselined findings are not listed. A file at a time.
 */
export const gitlab: Reporter = function* (result) {
  const issues = function* () {
    for (const file of result.files) {
      const seen = new Map<string, number>();
      for (const finding of file.findings) {
        if (finding.baselined) continue;
        const key = [finding.ruleId, finding.messageId, finding.file, finding.context ?? String(finding.line), finding.message].join('\u0000');
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        yield issue(finding, createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32));
      }
    }
  };
  // The array is the whole report.
  yield* inertJsonChunks(ISSUES, ISSUES, issues());
  yield '\n';
};

function issue(finding: Finding, fingerprint: string) {
  return {
    description: finding.message,
    check_name: `${TOOL_NAME}/${finding.ruleId}`,
    fingerprint,
    severity: finding.unchecked ? 'critical' : finding.severity === 'error' ? 'major' : 'minor',
    location: { path: finding.file, lines: { begin: finding.line, ...(finding.endLine > finding.line ? { end: finding.endLine } : {}) } },
  };
}
