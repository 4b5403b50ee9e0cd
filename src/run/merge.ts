/**
 * Combining the JSON reports of shard jobs (`merge`, in the CLI and the action) into one run's
 * result: files, and the `.json` files in folders (as download-artifact leaves them).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LintResult } from '../engine/types.js';
import { z } from 'zod';
import { summarize } from '../engine/results.js';
import type { FileResult } from '../engine/types.js';
import { JSON_REPORT_VERSION, TOOL_NAME } from '../version.js';
import { toPosix } from './files.js';
import { FINDING_FIELDS } from './finding-schema.js';

/** The reports named (files or folders, relative to `cwd`), read and combined; `reports` counts the files read. */
export function mergeReportFiles(names: readonly string[], cwd: string): { result: LintResult; reports: number } {
  const files = names.flatMap((name) => reportFiles(name, cwd));
  const result = mergeReports(
    files.map((file) => {
      const name = toPosix(path.relative(cwd, file)) || file;
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new JsonReportError(`${name}: cannot read the report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
      return { name, ...readJsonReport(text, name) };
    }),
  );
  return { result, reports: files.length };
}

function reportFiles(name: string, cwd: string): string[] {
  const absolute = path.resolve(cwd, name);
  if (!existsSync(absolute)) throw new JsonReportError(`${name}: not found; expected the JSON report of a shard job (download it first)`);
  if (!statSync(absolute).isDirectory()) return [absolute];
  const found = readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => path.join(absolute, file));
  if (found.length === 0) throw new JsonReportError(`${name}: no .json files in this folder`);
  return found;
}

const reportSchema = z.object({
  reportVersion: z.literal(JSON_REPORT_VERSION),
  tool: z.object({ name: z.literal(TOOL_NAME), version: z.string() }),
  files: z.array(
    z.object({
      file: z.string(),
      suppressed: z.number().int().min(0),
      findings: z.array(z.object(FINDING_FIELDS)),
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
