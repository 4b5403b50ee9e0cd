import { JSON_REPORT_VERSION, TOOL_NAME, VERSION } from '../version.js';
import type { Reporter } from './types.js';
import type { FileResult } from '../engine/types.js';
import { inertJsonChunks } from './text.js';

const FILES = '\u0000files';

/** Every file checked and every finding as data (see "JSON output" in the README), a file at a time. */
export const json: Reporter = function* (result) {
  const head = {
    reportVersion: JSON_REPORT_VERSION,
    tool: { name: TOOL_NAME, version: VERSION },
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    baselinedCount: result.baselinedCount,
    fileCount: result.files.length,
    files: FILES,
  };
  yield* inertJsonChunks(head, FILES, map(result.files, fileData));
  yield '\n';
};

function* map<T, U>(items: readonly T[], each: (item: T) => U): Generator<U> {
  for (const item of items) yield each(item);
}

function fileData(file: FileResult) {
  return {
    file: file.file,
    suppressed: file.suppressed,
    findings: file.findings.map(({ file: _file, related, fix, fixable, context: _context, baselined, unchecked, ...finding }) => ({
      ...finding,
      ...(related ? { related } : {}),
      ...(fix || fixable ? { fixable: true } : {}),
      ...(baselined ? { baselined: true } : {}),
      ...(unchecked ? { unchecked: true } : {}),
    })),
  };
}
