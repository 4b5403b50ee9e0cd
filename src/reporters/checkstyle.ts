import { TOOL_NAME } from '../version.js';
import type { Reporter } from './types.js';
import { xml } from './xml.js';

/**
 * Checkstyle XML, as reviewdog, Jenkins' Warnings plugin and many CI dashboards read it: a `<file>`
 * per file with findings, an `<error>` per finding (`severity` error or warning, `source`
 * `content-lint.<rule>`). Baselined findings are not listed. A file at a time.
 */
export const checkstyle: Reporter = function* (result) {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n';
  for (const file of result.files) {
    const findings = file.findings.filter((finding) => !finding.baselined);
    if (findings.length === 0) continue;
    yield `  <file name="${xml(file.file)}">\n${findings
      .map((finding) => `    <error line="${finding.line}" column="${finding.column}" severity="${finding.severity}" message="${xml(finding.message)}" source="${xml(`${TOOL_NAME}.${finding.ruleId}`)}"/>\n`)
      .join('')}  </file>\n`;
  }
  yield '</checkstyle>\n';
};
