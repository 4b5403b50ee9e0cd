import { z } from 'zod';
import { summarize } from '../engine/results.js';
import type { FileResult, LintResult } from '../engine/types.js';
import { TOOL_NAME, VERSION } from '../version.js';
import type { Reporter } from './types.js';
import { inertJson } from './text.js';

/** Format version of the JSON report: bumped when a field changes meaning or disappears. */
export const JSON_REPORT_VERSION = 1;

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

const position = z.number().int().min(1);
const reportSchema = z.object({
  reportVersion: z.literal(JSON_REPORT_VERSION),
  tool: z.object({ name: z.literal(TOOL_NAME), version: z.string() }),
  files: z.array(
    z.object({
      file: z.string(),
      suppressed: z.number().int().min(0),
      findings: z.array(
        z.object({
          ruleId: z.string(),
          severity: z.enum(['error', 'warning']),
          messageId: z.string(),
          message: z.string(),
          data: z.record(z.string(), z.union([z.string(), z.number()])),
          line: position,
          column: position,
          endLine: position,
          endColumn: position,
          related: z.object({ file: z.string(), line: position, column: position, message: z.string() }).optional(),
          fixable: z.literal(true).optional(),
          baselined: z.literal(true).optional(),
          unchecked: z.literal(true).optional(),
        }),
      ),
    }),
  ),
});

export class JsonReportError extends Error {}

/** Reads a report the `json` reporter wrote (a shard's), back into files and findings. */
export function readJsonReport(text: string, name: string): { version: string; files: FileResult[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new JsonReportError(`${name}: not JSON (${(error as Error).message}); expected a report written with \`--format json\``);
  }
  const parsed = reportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at \`${issue.path.join('.')}\`` : '';
    throw new JsonReportError(`${name}: not a ${TOOL_NAME} JSON report (version ${JSON_REPORT_VERSION})${where}: ${issue?.message ?? 'unexpected content'}`);
  }
  return {
    version: parsed.data.tool.version,
    files: parsed.data.files.map((file) => ({
      file: file.file,
      suppressed: file.suppressed,
      findings: file.findings.map(({ fixable, baselined, unchecked, ...finding }) => ({
        ...finding,
        file: file.file,
        ...(fixable ? { fixable } : {}),
        ...(baselined ? { baselined } : {}),
        ...(unchecked ? { unchecked } : {}),
      })),
    })),
  };
}

/**
 * Combines the shards' reports into one run's result. A file in two reports means the shards
 * overlap (different configs or file lists): that is an error, not something to paper over.
 */
export function mergeReports(reports: ReadonlyArray<{ name: string; files: FileResult[] }>): LintResult {
  const seen = new Map<string, string>();
  const files: FileResult[] = [];
  for (const report of reports) {
    for (const file of report.files) {
      const first = seen.get(file.file);
      if (first !== undefined) {
        throw new JsonReportError(`${report.name}: \`${file.file}\` is also in ${first}; expected each file in one shard (same config and \`--shard i/n\` count in every job)`);
      }
      seen.set(file.file, report.name);
      files.push(file);
    }
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return summarize(files);
}
