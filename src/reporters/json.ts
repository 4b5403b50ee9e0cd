import { TOOL_NAME, VERSION } from '../version.js';
import type { Reporter } from './types.js';

/** Format version of the JSON report: bumped when a field changes meaning or disappears. */
export const JSON_REPORT_VERSION = 1;

/** Every file checked and every finding as data (see "JSON output" in the README). */
export const json: Reporter = (result) =>
  `${JSON.stringify(
    {
      reportVersion: JSON_REPORT_VERSION,
      tool: { name: TOOL_NAME, version: VERSION },
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      baselinedCount: result.baselinedCount,
      fileCount: result.files.length,
      files: result.files.map((file) => ({
        file: file.file,
        suppressed: file.suppressed,
        findings: file.findings.map(({ file: _file, related, fix, context: _context, baselined, ...finding }) => ({
          ...finding,
          ...(related ? { related } : {}),
          ...(fix ? { fixable: true } : {}),
          ...(baselined ? { baselined: true } : {}),
        })),
      })),
    },
    null,
    2,
  )}\n`;
