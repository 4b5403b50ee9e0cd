import type { Reporter } from './types.js';
import { printable } from './text.js';

/** One finding per line, `path:line:col: severity message [rule-id]`, for problem matchers and grep (baselined findings left out); a line at a time. */
export const compact: Reporter = function* (result) {
  for (const file of result.files) {
    for (const finding of file.findings) {
      if (!finding.baselined) yield `${printable(finding.file)}:${finding.line}:${finding.column}: ${finding.severity} ${printable(finding.message)} [${finding.ruleId}]\n`;
    }
  }
};
