import type { FileResult } from '../engine/types.js';
import { TOOL_NAME } from '../version.js';
import type { Reporter } from './types.js';
import { xml } from './xml.js';

/**
 * JUnit XML, as CI systems read test reports (GitLab's `artifacts:reports:junit`, Jenkins, Azure
 * Pipelines): a test suite per file, a failing test case per finding (errors and warnings, as
 * ESLint's junit format has it), one passing test case for a clean file. Valid against the common
 * JUnit schema (windyroad/JUnit-Schema). Baselined findings are not listed. A file at a time.
 */
export const junit: Reporter = function* (result) {
  const timestamp = new Date().toISOString().slice(0, 19);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n';
  let id = 0;
  for (const file of result.files) yield suite(file, id++, timestamp);
  yield '</testsuites>\n';
};

function suite(file: FileResult, id: number, timestamp: string): string {
  const findings = file.findings.filter((finding) => !finding.baselined);
  const name = xml(file.file);
  const cases =
    findings.length === 0
      ? [`    <testcase name="${TOOL_NAME}" classname="${name}" time="0"/>\n`]
      : findings.map(
          (finding) =>
            `    <testcase name="${xml(`${finding.ruleId} ${finding.line}:${finding.column}`)}" classname="${name}" time="0">\n` +
            `      <failure message="${xml(finding.message)}" type="${finding.severity}">${xml(`${file.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.message} [${finding.ruleId}]`)}</failure>\n` +
            '    </testcase>\n',
        );
  return (
    `  <testsuite package="${TOOL_NAME}" id="${id}" name="${name}" timestamp="${timestamp}" hostname="${TOOL_NAME}" tests="${cases.length}" failures="${findings.length}" errors="0" time="0">\n` +
    '    <properties/>\n' +
    cases.join('') +
    '    <system-out/>\n    <system-err/>\n  </testsuite>\n'
  );
}
