/**
 * cmark's pathological inputs (test/pathological_tests.py, at its sizes) through the bundled CLI:
 * every file ends as checked, too large, binary, or stopped as too complex within its time budget —
 * never a hang or a crash — and the run reports the others. (Part of the hostile-input work.)
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, withTempDir, writeTree } from './helpers.js';

const repeat = (text: string, times: number) => text.repeat(times);

const CASES: Record<string, string> = {
  'nested-strong-emph': `${repeat('*a **a ', 65_000)}b${repeat(' a** a*', 65_000)}`,
  'emph-closers-without-openers': repeat('a_ ', 65_000),
  'emph-openers-without-closers': repeat('_a ', 65_000),
  'link-closers-without-openers': repeat('a]', 65_000),
  'link-openers-without-closers': repeat('[a', 65_000),
  'mismatched-openers-and-closers': repeat('*a_ ', 50_000),
  'openers-and-closers-multiple-of-3': `a**b${repeat('c* ', 50_000)}`,
  'link-openers-and-emph-closers': repeat('[ a_', 50_000),
  'hard-link-emph': '**x [a*b**c*](d)',
  'nested-brackets': `${repeat('[', 50_000)}a${repeat(']', 50_000)}`,
  'nested-block-quotes': `${repeat('> ', 50_000)}a`,
  'deeply-nested-lists': Array.from({ length: 1000 }, (_, depth) => `${repeat('  ', depth)}* a\n`).join(''),
  'nul-in-input': 'abc\u0000de\u0000',
  // cmark's size (50 MB) is over maxFileSize; this one (1 MB) is read.
  backticks: Array.from({ length: 1400 }, (_, index) => `e${repeat('`', index + 1)}`).join(''),
  'unclosed-links-a': repeat('[a](<b', 50_000),
  'unclosed-links-b': repeat('[a](b', 50_000),
  'many-references': `${Array.from({ length: 50_000 * 16 - 1 }, (_, index) => `[${index + 1}]: u\n`).join('')}${repeat('[0] ', 50_000)}`,
  // markdown-it's own cases (test/pathological.mjs), at its sizes.
  'unclosed-html-comments': `</${repeat('<!--', 100_000)}`,
  'emphasis-underscore-star': repeat('**_* ', 50_000),
  'backtick-backslash': repeat('``\\', 50_000),
  'autolink-openers': `${repeat('<', 400_000)}>`,
  'hard-break-whitespace': `x${repeat(' ', 150_000)}x  \nx`,
  // This project's own.
  'list-markers-then-blank-lines': `${repeat('- ', 2000)}x${repeat('\n', 2000)}`,
  'quote-markers': repeat('> ', 8000),
  // One tag, 250,000 attributes: each value was once searched for `&` to the end of the fragment (quadratic).
  'one-tag-many-attributes': `<img${repeat(' a=x', 250_000)}>€`,
  'table-2000-columns': `${repeat('| a ', 2000)}|\n${repeat('| - ', 2000)}|\n${repeat('| <b>x</b> [l](https://example.com) ', 2000)}|\n`,
};

const OUTCOMES = /^(?:none|file-access\/tooComplex|file-access\/tooLarge|file-encoding\/binary)$/;

describe('pathological Markdown', () => {
  it('every case ends checked, reported or stopped within its budget, and the run goes on', () => {
    withTempDir((directory) => {
      writeTree(directory, Object.fromEntries(Object.entries(CASES).map(([name, text]) => [`${name}.md`, `${text}\n`])));
      writeTree(directory, { 'ordinary.md': '<script>x()</script>\n' });
      // The main thread's heap is capped: it reads each file's front matter and gathers the facts workers send back, never parsing a post itself.
      const started = performance.now();
      const run = spawnSync(process.execPath, ['--max-old-space-size=128', path.join(REPO_ROOT, 'dist', 'cli.js'), '--format', 'json', '--file-timeout', '2', '--workers', '2'], {
        cwd: directory,
        encoding: 'utf8',
        timeout: 120_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(run.error).toBeUndefined();
      // 25 files, each at most its 2 s budget, on two workers: far less than checking them all in full.
      expect(performance.now() - started).toBeLessThan(60_000);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const report = JSON.parse(run.stdout) as { files: Array<{ file: string; findings: Array<{ ruleId: string; messageId: string }> }> };
      const outcome = Object.fromEntries(report.files.map((file) => [file.file, file.findings.map((finding) => `${finding.ruleId}/${finding.messageId}`).join(',') || 'none']));
      expect(Object.keys(outcome).sort()).toEqual([...Object.keys(CASES).map((name) => `${name}.md`), 'ordinary.md'].sort());
      for (const name of Object.keys(CASES)) expect(`${name}: ${outcome[`${name}.md`]}`).toMatch(new RegExp(`^${name}: ${OUTCOMES.source.slice(1, -1)}$`));
      expect(outcome['ordinary.md']).toBe('no-script/inline');
      expect(outcome['many-references.md']).toBe('file-access/tooLarge');
      expect(outcome['nul-in-input.md']).toBe('file-encoding/binary');
      // Read in full, well within the budget (it took 2.8 s when simple HTML was searched quadratically).
      expect(outcome['one-tag-many-attributes.md']).toBe('none');
    });
  }, 150_000);
});
