import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { summarize } from '../src/engine/results.js';
import type { FileResult, Finding } from '../src/engine/types.js';
import { FindingSpool, SpooledResult, type FindingSource } from '../src/run/spool.js';
import { ResultTable } from '../src/run/result-table.js';

const finding = (line: number, message: string): Finding => ({
  ruleId: 'no-script',
  severity: 'error',
  messageId: 'script',
  message,
  data: { name: 'ad.js' },
  file: 'post.md',
  line,
  column: 1,
  endLine: line,
  endColumn: 9,
  context: `<script src="ad.js"> ${message}`,
});

const leftovers = () => readdirSync(tmpdir()).filter((name) => name.startsWith('content-lint-'));

describe('findings spool', () => {
  it('gives back each file its findings as they were, every time they are read, and leaves no file behind', () => {
    const before = leftovers();
    const spool = new FindingSpool();
    const results: FileResult[] = [
      { file: 'a.md', findings: [finding(1, 'ü — “quoted” 🙂'), finding(2, 'second')], suppressed: 1 },
      { file: 'b.md', findings: [], suppressed: 0 },
      { file: 'c.md', findings: [finding(7, 'x'.repeat(100_000))], suppressed: 0 },
    ];
    const kept = results.map((result) => spool.keep(result));
    expect(leftovers()).toEqual(before);
    for (const pass of [1, 2]) expect(kept.map(({ file, findings, suppressed }) => ({ file, findings, suppressed })), `read ${pass}`).toEqual(results);
    spool.close();
    expect(() => kept[0]?.findings).toThrow(/closed/);
    expect(leftovers()).toEqual(before);
  });

  it('keeps findings assigned afterwards (the rules that finish the run add theirs so)', () => {
    const spool = new FindingSpool();
    const kept = spool.keep({ file: 'a.md', findings: [finding(3, 'three')], suppressed: 0 });
    kept.findings = [finding(1, 'one'), ...kept.findings];
    expect(kept.findings.map(({ line }) => line)).toEqual([1, 3]);
    spool.close();
    expect(kept.findings.map(({ line }) => line)).toEqual([1, 3]);
  });

  it('counts errors, warnings and baselined findings as the findings in memory would, without reading them back, and after they are replaced', () => {
    const spool = new FindingSpool();
    const warning = { ...finding(4, 'warn'), severity: 'warning' as const };
    const baselined = { ...finding(5, 'known'), baselined: true as const };
    const results: FileResult[] = [
      { file: 'a.md', findings: [finding(1, 'one'), warning, baselined], suppressed: 0 },
      { file: 'b.md', findings: [finding(2, 'two'), finding(3, 'three')], suppressed: 0 },
    ];
    const kept = results.map((result) => spool.keep(result));
    spool.close();
    // Closed: reading any findings back would throw, so the totals came from the counts.
    expect(summarize(kept)).toMatchObject({ errorCount: 3, warningCount: 1, baselinedCount: 1 });
    (kept[1] as FileResult).findings = [warning];
    expect(summarize(kept)).toMatchObject({ errorCount: 1, warningCount: 2, baselinedCount: 1 });
  });

  it('keeps the rules\' texts on disk and gives each back as it was, past its first arrays of places', () => {
    const spool = new FindingSpool();
    const stash = spool.stash();
    const texts = Array.from({ length: 40_000 }, (_, index) => JSON.stringify([`heading-${index}`, 'ü — “quoted” 🙂', index % 7 === 0 ? 'line\nbreak' : '']));
    const handles = texts.map((text) => stash.keep(text));
    // Interleaved with findings, as in a run.
    const kept = spool.keep({ file: 'a.md', findings: [finding(1, 'between')], suppressed: 0 });
    expect(handles.map((handle) => stash.kept(handle))).toEqual(texts);
    expect(kept.findings[0]?.message).toBe('between');
    spool.close();
  });
});

describe('result table', () => {
  const paths = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md'];
  const results = (): FileResult[] => [
    { file: 'a.md', findings: [finding(1, 'first'), { ...finding(2, 'second'), severity: 'warning' }], suppressed: 2 },
    { file: 'b.md', findings: [], suppressed: 3 },
    // A name other than the selection's: kept as it is.
    { file: './c.md', findings: [finding(4, 'elsewhere')], suppressed: 0 },
  ];

  it('gives back, from its rows, each file its findings, counts and name, in order, with holes where a file has none', () => {
    const spool = new FindingSpool();
    const table = new ResultTable(paths.length, spool, (index) => paths[index] as string);
    results().forEach((result, index) => table.set(index, result));
    // A cache hit: findings already on disk elsewhere, kept where they are.
    const cache: FindingSource = { readFindings: () => [finding(9, 'from the cache')] };
    table.set(4, new SpooledResult('e.md', 1, cache, 100, 20, { errors: 1, warnings: 0, baselined: 0 }));
    expect(table.has(3)).toBe(false);
    const read = table.results();
    expect(3 in read).toBe(false);
    expect(read.map((result) => result && { file: result.file, messages: result.findings.map((item) => item.message), suppressed: result.suppressed })).toEqual([
      { file: 'a.md', messages: ['first', 'second'], suppressed: 2 },
      { file: 'b.md', messages: [], suppressed: 3 },
      { file: './c.md', messages: ['elsewhere'], suppressed: 0 },
      undefined,
      { file: 'e.md', messages: ['from the cache'], suppressed: 1 },
    ]);
    // The totals come from the rows' counts.
    spool.close();
    expect(summarize(read.filter((result) => result !== undefined) as FileResult[])).toMatchObject({ errorCount: 3, warningCount: 1 });
  });

  it("keeps a file's result set again (this thread's findings joined to a worker's) in place of the first", () => {
    const spool = new FindingSpool();
    const table = new ResultTable(paths.length, spool, (index) => paths[index] as string);
    table.set(0, { file: 'a.md', findings: [], suppressed: 0 });
    table.set(0, { file: 'a.md', findings: [finding(3, 'joined')], suppressed: 1 });
    expect(table.get(0)?.findings.map((item) => item.message)).toEqual(['joined']);
    expect(table.get(0)?.suppressed).toBe(1);
    spool.close();
  });

  it('keeps results as they are without a spool', () => {
    const table = new ResultTable(paths.length, null, (index) => paths[index] as string);
    const given = results();
    given.forEach((result, index) => table.set(index, result));
    expect(table.results().slice(0, 3)).toEqual(given);
    expect(table.get(0)).toBe(given[0]);
  });
});
