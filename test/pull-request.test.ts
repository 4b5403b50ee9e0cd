/** The action's pure parts: changed lines from patches, filter modes, ranking, check-run batches, inert log lines. */
import { describe, expect, it } from 'vitest';
import { CHECK_BATCH, printAnnotations, publishCheckRun, toCheckAnnotation, type ChecksApi } from '../src/action/annotations.js';
import { linesOfPatch, type Changes } from '../src/action/changes.js';
import { filterFindings, rankFindings } from '../src/action/filter.js';
import { inert } from '../src/reporters/text.js';
import { summarize } from '../src/engine/results.js';
import type { Finding } from '../src/engine/types.js';

const same = (file: string) => file;

function finding(file: string, line: number, severity: Finding['severity'] = 'error', endLine = line): Finding {
  return { ruleId: 'no-script', severity, messageId: 'inline', message: 'm', data: {}, file, line, column: 1, endLine, endColumn: 2 };
}

describe('linesOfPatch', () => {
  it('numbers added and context lines on the new side of each hunk', () => {
    const patch = '@@ -1,3 +1,4 @@\n a\n-b\n+c\n+d\n e\n@@ -10,2 +11,2 @@ heading\n x\n-y\n+z\n\\ No newline at end of file';
    const { added, context } = linesOfPatch(patch);
    expect([...(added as Set<number>)]).toEqual([2, 3, 12]);
    expect([...(context as Set<number>)]).toEqual([1, 2, 3, 4, 11, 12]);
  });

  it('counts the whole file as changed when the API leaves the patch out (large or binary diffs)', () => {
    expect(linesOfPatch(undefined)).toEqual({ added: 'all', context: 'all' });
  });
});

describe('filter and rank', () => {
  const changes: Changes = {
    source: 'api',
    files: [{ path: 'a.md', previousPath: 'a.md', added: new Set([5]), context: new Set([4, 5, 6]) }],
  };
  const result = summarize([
    { file: 'a.md', suppressed: 0, findings: [finding('a.md', 1), finding('a.md', 4, 'warning'), finding('a.md', 5, 'warning'), finding('a.md', 7, 'error', 9)] },
    { file: 'b.md', suppressed: 0, findings: [finding('b.md', 1)] },
  ]);
  const lines = (filtered: ReturnType<typeof filterFindings>) => filtered.result.files.flatMap((file) => file.findings.map((item) => `${item.file}:${item.line}`));

  it('keeps what each mode promises', () => {
    expect(lines(filterFindings(result, changes, 'added', same))).toEqual(['a.md:5']);
    expect(lines(filterFindings(result, changes, 'diff_context', same))).toEqual(['a.md:4', 'a.md:5']);
    expect(lines(filterFindings(result, changes, 'file', same))).toEqual(['a.md:1', 'a.md:4', 'a.md:5', 'a.md:7']);
    expect(lines(filterFindings(result, changes, 'nofilter', same))).toEqual(['a.md:1', 'a.md:4', 'a.md:5', 'a.md:7', 'b.md:1']);
    expect(filterFindings(result, changes, 'added', same)).toMatchObject({ outside: 4, result: { errorCount: 0, warningCount: 1 } });
  });

  it('ranks errors first, then findings on added lines, then file order', () => {
    expect(rankFindings(result, changes, same).map((item) => `${item.file}:${item.line}`)).toEqual(['a.md:1', 'a.md:7', 'b.md:1', 'a.md:5', 'a.md:4']);
  });
});

describe('annotations', () => {
  it('prints at most ten per level and returns how many it left out', () => {
    const ranked = [...Array.from({ length: 14 }, (_, index) => finding('a.md', index + 1)), ...Array.from({ length: 3 }, (_, index) => finding('a.md', index + 1, 'warning'))];
    const printed: string[] = [];
    const left = printAnnotations(ranked, { error: () => printed.push('error'), warning: () => printed.push('warning'), notice: () => printed.push('notice') }, same);
    expect(printed.filter((kind) => kind === 'error')).toHaveLength(10);
    expect(printed.filter((kind) => kind === 'warning')).toHaveLength(3);
    expect(left).toBe(4);
  });

  it.each([
    [0, 1],
    [CHECK_BATCH, 1],
    [CHECK_BATCH + 1, 2],
    [120, 3],
  ])('sends %i annotations in %i request(s), the last one completing the run', async (total, requests) => {
    const calls: Array<{ kind: string; request: any }> = [];
    const api: ChecksApi = {
      create: async (request) => (calls.push({ kind: 'create', request }), { data: { id: 1, html_url: 'https://github.com/o/r/runs/1' } }),
      update: async (request) => void calls.push({ kind: 'update', request }),
    };
    const annotations = Array.from({ length: total }, (_, index) => toCheckAnnotation(finding('a.md', index + 1), same));
    const published = await publishCheckRun(api, { owner: 'o', repo: 'r', headSha: 'abc', conclusion: 'failure', title: 't', summary: 's' }, annotations);
    expect(published.requests).toBe(requests);
    expect(calls.map((call) => call.request.output.annotations.length).reduce((a, b) => a + b, 0)).toBe(total);
    expect(calls.every((call) => call.request.output.annotations.length <= CHECK_BATCH)).toBe(true);
    expect(calls.at(-1)?.request).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(calls.slice(0, -1).every((call) => call.request.status === 'in_progress')).toBe(true);
  });

  it('gives columns only to one-line findings, as the Checks API requires', () => {
    expect(toCheckAnnotation(finding('a.md', 3, 'warning', 5), same)).toEqual({ path: 'a.md', start_line: 3, end_line: 5, annotation_level: 'warning', message: 'm', title: 'content-lint: no-script' });
  });
});

describe('inert', () => {
  it.each([
    ['::warning::x', '\u200b::warning::x'],
    ['   ::add-mask::secret', '   \u200b::add-mask::secret'],
    ['a\n::error::x', 'a\\u000a::error::x'],
    ['a\u2028::error::x', 'a\\u2028::error::x'],
    ['##[error]x', '##\u200b[error]x'],
    ['posts/a.md:1:1: error fine', 'posts/a.md:1:1: error fine'],
  ])('%j becomes %j', (input, output) => {
    expect(inert(input)).toBe(output);
  });
});
