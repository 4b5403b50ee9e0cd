/**
 * Log safety, as a property: whatever the file names, titles and messages hold, every line of the
 * action's log that the runner would read as a command (`::name…` after leading whitespace, or the
 * old `##[name]`) is one the action issued. Runs `logFindings` with the real `@actions/core`
 * writing to a captured stdout.
 */
import * as core from '@actions/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logFindings, type StepLog } from '../src/action/annotations.js';
import { summarize } from '../src/engine/results.js';
import type { Finding, FileResult } from '../src/engine/types.js';
import { rules } from '../src/rules/index.js';

/** The pieces hostile text is made of: line breaks of every kind, command syntax, escapes. */
const PIECES = ['\n', '\r', '\r\n', ':', '::', ',', '%', '%0A', '%25', '\u2028', '\u2029', '\u0085', ' ', '\t', '##[', 'error', 'warning', 'add-mask', 'set-output', 'name=x', 'file=', '::error::', '::warning file=a.md::', 'a', 'é', '`'];
const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));

const finding = fc.record({
  ruleId: fc.constantFrom(...rules.map((rule) => rule.meta.id)),
  severity: fc.constantFrom('error' as const, 'warning' as const),
  message: hostile,
  file: hostile.map((name) => `${name}.md`),
  line: fc.integer({ min: 1, max: 5 }),
});

/** Lines as the runner splits them, and the ones it would take for commands. */
function commandLines(output: string): string[] {
  return output
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s+/u, ''))
    .filter((line) => line.startsWith('::') || line.startsWith('##['));
}

function captured(body: () => void): string {
  const write = process.stdout.write;
  let output = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    output += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    body();
  } finally {
    process.stdout.write = write;
  }
  return output;
}

describe('log safety', () => {
  it('prints no command line it did not issue, whatever posts and file names hold', () => {
    const seed = Number(process.env.FAST_CHECK_SEED ?? 20261128);
    fc.assert(
      fc.property(fc.array(finding, { minLength: 1, maxLength: 30 }), fc.boolean(), (drawn, annotate) => {
        const byFile = new Map<string, FileResult>();
        const findings: Finding[] = drawn.map((item) => ({ ...item, messageId: 'x', data: {}, column: 1, endLine: item.line, endColumn: 2 }));
        for (const item of findings) {
          const file = byFile.get(item.file) ?? { file: item.file, findings: [], suppressed: 0 };
          file.findings.push(item);
          byFile.set(item.file, file);
        }
        let issued = 0;
        const counting: StepLog = {
          error: (message, properties) => (issued++, core.error(message, properties)),
          warning: (message, properties) => (issued++, core.warning(message, properties)),
          notice: (message, properties) => (issued++, core.notice(message, properties)),
          info: (message) => core.info(message),
          startGroup: (name) => (issued++, core.startGroup(name)),
          endGroup: () => (issued++, core.endGroup()),
        };
        const output = captured(() =>
          logFindings(summarize([...byFile.values()]), findings, { annotate, checkRunUrl: annotate ? null : 'https://github.com/o/r/runs/1', summary: true }, counting, (file) => file),
        );
        const lines = commandLines(output);
        expect(lines.filter((line) => line.startsWith('##['))).toEqual([]);
        expect(lines).toHaveLength(issued);
        for (const line of lines) expect(line).toMatch(/^::(?:(?:error|warning|notice)(?: [^:]*)?::|group::|endgroup::)/);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1000), seed },
    );
  });
});
