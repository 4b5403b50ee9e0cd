import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { summarize } from '../src/engine/results.js';
import type { FileResult, Finding } from '../src/engine/types.js';
import { FindingSpool } from '../src/run/spool.js';

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

  it('keeps the rules\' texts on disk and gives each back as it was, past its first thousand', () => {
    const spool = new FindingSpool();
    const stash = spool.stash();
    const texts = Array.from({ length: 2500 }, (_, index) => JSON.stringify([`heading-${index}`, 'ü — “quoted” 🙂', index % 7 === 0 ? 'line\nbreak' : '']));
    const handles = texts.map((text) => stash.keep(text));
    // Interleaved with findings, as in a run.
    const kept = spool.keep({ file: 'a.md', findings: [finding(1, 'between')], suppressed: 0 });
    expect(handles.map((handle) => stash.kept(handle))).toEqual(texts);
    expect(kept.findings[0]?.message).toBe('between');
    spool.close();
  });
});
