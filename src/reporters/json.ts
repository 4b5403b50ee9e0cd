import { JSON_REPORT_VERSION, TOOL_NAME, VERSION } from '../version.js';
import type { Reporter } from './types.js';
import { inertJson } from './text.js';

/** Every file checked and every finding as data (see "JSON output" in the README). */
export const json: Reporter = (result) =>
  `${inertJson(
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
        findings: file.findings.map(({ file: _file, related, fix, fixable, context: _context, baselined, unchecked, ...finding }) => ({
          ...finding,
          ...(related ? { related } : {}),
          ...(fix || fixable ? { fixable: true } : {}),
          ...(baselined ? { baselined: true } : {}),
          ...(unchecked ? { unchecked: true } : {}),
        })),
      })),
    },
  )}\n`;
