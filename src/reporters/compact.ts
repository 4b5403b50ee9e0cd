import type { Reporter } from './types.js';
import { printable } from './text.js';

/** One finding per line, `path:line:col: severity message [rule-id]`, for problem matchers and grep (baselined findings left out). */
export const compact: Reporter = (result) =>
  result.files
    .flatMap((file) =>
      file.findings.filter((finding) => !finding.baselined).map(
        (finding) =>
          `${printable(finding.file)}:${finding.line}:${finding.column}: ${finding.severity} ${printable(finding.message)} [${finding.ruleId}]\n`,
      ),
    )
    .join('');
