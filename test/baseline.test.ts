/** Adopting content-lint on an existing site: the baseline, and per-folder overrides. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineContext } from '../src/engine/baseline.js';
import { LineIndex } from '../src/text/line-index.js';
import { runCliCaptured, withTempDir, writeTree } from './helpers.js';

const OLD_POST = '---\ntitle: Old\ndate: 2024-01-01\n---\n\nIntro.\n\n<script>old()</script>\n\n<script>old()</script>\n';

function site(directory: string): string {
  return writeTree(directory, {
    'posts/old.md': OLD_POST,
    'posts/clean.md': '---\ntitle: Clean\n---\n\nText.\n',
    'docs/guide.md': '---\ntitle: Guide\ndate: 2024-02-30\n---\n',
  });
}

describe('baseline', () => {
  it('recognises a finding by its line as `trim`, `\\s+` to one space and 160 characters would: every kind of white space, words cut at the edge', () => {
    const spaces = [' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\r', ' \u2028 '];
    const words = ['<ins', 'class="adsbygoogle"', 'é', '😀', '広告', 'x'.repeat(158), 'y'.repeat(159), 'z'.repeat(300), 'ab'];
    let seed = 7;
    const pick = <T>(items: readonly T[]): T => items[(seed = (seed * 48271) % 2147483647) % items.length] as T;
    const lines: string[] = ['', '   ', 'word', ' '.repeat(20) + 'a'.repeat(200), `${'a'.repeat(159)} b`, `${'a'.repeat(158)} b`, `${'a'.repeat(160)} b`];
    for (let count = 0; count < 400; count++) {
      let line = pick(['', ...spaces]);
      for (let word = 1 + (count % 12); word > 0; word--) line += pick(words) + pick(spaces);
      lines.push(line.replace(/\n/g, ''));
    }
    const text = lines.join('\n');
    const index = new LineIndex(text);
    lines.forEach((line, at) => expect(lineContext(text, index, at + 1)).toBe(line.trim().replace(/\s+/g, ' ').slice(0, 160)));
  });

  it('records the findings, then fails only on new ones, and keeps old ones through edits above them', async () => {
    await withTempDir(async (directory) => {
      site(directory);
      const write = await runCliCaptured(['--write-baseline'], directory);
      expect(write.code).toBe(0);
      expect(write.stderr).toBe('content-lint: recorded 3 findings in .content-lint-baseline.json; later runs fail only on new ones\n');
      const baseline = JSON.parse(readFileSync(path.join(directory, '.content-lint-baseline.json'), 'utf8'));
      expect(baseline.files['posts/old.md']).toEqual([{ rule: 'no-script', messageId: 'inline', line: '<script>old()</script>', count: 2 }]);

      expect(await runCliCaptured([], directory)).toEqual({ code: 0, stdout: '✔ no new problems; 3 findings in the baseline, not listed\n', stderr: '' });

      // A new paragraph above the old scripts moves them down two lines: still the baseline's.
      writeFileSync(path.join(directory, 'posts/old.md'), OLD_POST.replace('Intro.', 'A new first paragraph.\n\nIntro.'));
      // A new post with an ad block fails the run with exactly that finding.
      writeFileSync(path.join(directory, 'posts/new.md'), '---\ntitle: New\n---\n\n<ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins>\n');
      const run = await runCliCaptured(['--format', 'compact'], directory);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("posts/new.md:5:1: error Unexpected Google AdSense ad unit (`<ins>` with class `adsbygoogle`); remove it: ads belong in the site's theme, not in posts [no-ad-embeds]\n");

      const json = JSON.parse((await runCliCaptured(['--format', 'json'], directory)).stdout);
      expect(json).toMatchObject({ errorCount: 1, warningCount: 0, baselinedCount: 3 });
      const old = json.files.find((file: { file: string }) => file.file === 'posts/old.md');
      expect(old.findings.map((finding: { line: number; baselined?: boolean }) => [finding.line, finding.baselined])).toEqual([
        [10, true],
        [12, true],
      ]);
      const sarif = JSON.parse((await runCliCaptured(['--format', 'sarif'], directory)).stdout);
      const states = sarif.runs[0].results.map((result: { baselineState?: string; suppressions?: unknown[] }) => [result.baselineState ?? 'new', result.suppressions?.length ?? 0]);
      expect(states.sort()).toEqual([['new', 0], ['unchanged', 1], ['unchanged', 1], ['unchanged', 1]]);
    });
  });

  it('counts identical lines: a third copy of a baselined line is new', async () => {
    await withTempDir(async (directory) => {
      site(directory);
      await runCliCaptured(['--write-baseline'], directory);
      writeFileSync(path.join(directory, 'posts/old.md'), `${OLD_POST}\n<script>old()</script>\n`);
      const run = await runCliCaptured(['--format', 'compact'], directory);
      expect(run.code).toBe(1);
      expect(run.stdout.trim().split('\n')).toHaveLength(1);
    });
  });

  it('prunes entries that no longer occur, keeps files a partial run did not check, drops deleted files', async () => {
    await withTempDir(async (directory) => {
      site(directory);
      await runCliCaptured(['--write-baseline'], directory);
      writeFileSync(path.join(directory, 'posts/old.md'), OLD_POST.replace('\n<script>old()</script>\n\n', '\n'));
      const prune = await runCliCaptured(['--prune-baseline', 'posts'], directory);
      expect(prune.stderr).toBe('content-lint: dropped 1 finding that no longer occur from .content-lint-baseline.json; 2 left\n');
      let baseline = JSON.parse(readFileSync(path.join(directory, '.content-lint-baseline.json'), 'utf8'));
      expect(Object.keys(baseline.files)).toEqual(['docs/guide.md', 'posts/old.md']);
      rmSync(path.join(directory, 'docs/guide.md'));
      await runCliCaptured(['--prune-baseline=custom.json', 'posts'], directory);
      await runCliCaptured(['--prune-baseline', 'posts'], directory);
      baseline = JSON.parse(readFileSync(path.join(directory, '.content-lint-baseline.json'), 'utf8'));
      expect(Object.keys(baseline.files)).toEqual(['posts/old.md']);
      // --prune-baseline=FILE writes that file; --baseline FILE reads it.
      expect(JSON.parse(readFileSync(path.join(directory, 'custom.json'), 'utf8')).files).toEqual({});
      expect((await runCliCaptured(['--baseline', 'custom.json', 'posts'], directory)).code).toBe(1);
    });
  });

  it('a damaged baseline is an error naming the file, never ignored', async () => {
    await withTempDir(async (directory) => {
      site(directory);
      writeFileSync(path.join(directory, '.content-lint-baseline.json'), '{"version": 1, "files": {"a.md": [{"rule": "x"}]}}');
      const run = await runCliCaptured([], directory);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/\.content-lint-baseline\.json: unexpected baseline content at `files\.a\.md\.0\.messageId`/);
    });
  });
});

describe('overrides', () => {
  const config = [
    'rules:',
    '  no-affiliate-links: [warning, { allowSponsored: false }]',
    'overrides:',
    '  - files: ["docs/**"]',
    '    rules:',
    '      date-valid: off',
    '  - files: ["sponsored/**"]',
    '    excludedFiles: ["sponsored/drafts/**"]',
    '    rules:',
    '      no-affiliate-links: [error, { allowSponsored: true }]',
    '  - files: ["sponsored/old/**"]',
    '    rules:',
    '      no-affiliate-links: warning',
    '',
  ].join('\n');
  const link = (rel: string) => `---\ntitle: Deal\n---\n\n<a href="https://shoe-outlet.sjv.io/c/1/2/3"${rel}>shoes</a>\n`;

  it('apply per folder, in order, a severity alone keeping the options set before', async () => {
    await withTempDir(async (directory) => {
      writeTree(directory, {
        '.content-lint.yml': config,
        'docs/guide.md': '---\ntitle: Guide\ndate: 2024-02-30\n---\n',
        'posts/bad-date.md': '---\ntitle: Post\ndate: 2024-02-30\n---\n',
        'sponsored/deal.md': link(' rel="sponsored"'),
        'sponsored/unmarked.md': link(''),
        'sponsored/drafts/deal.md': link(' rel="sponsored"'),
        'sponsored/old/deal.md': link(''),
      });
      const run = await runCliCaptured(['--format', 'compact'], directory);
      const lines = run.stdout.trim().split('\n').map((line) => line.replace(/ Unexpected.*\[/, ' ['));
      expect(lines).toEqual([
        'posts/bad-date.md:3:7: error [date-valid]',
        'sponsored/drafts/deal.md:5:1: warning [no-affiliate-links]',
        'sponsored/old/deal.md:5:1: warning [no-affiliate-links]',
        'sponsored/unmarked.md:5:1: error [no-affiliate-links]',
      ]);
    });
  });

  it('--print-config FILE shows which overrides apply and the settings in force', async () => {
    await withTempDir(async (directory) => {
      writeTree(directory, { '.content-lint.yml': config, 'sponsored/old/deal.md': link('') });
      const printed = JSON.parse((await runCliCaptured(['--print-config', 'sponsored/old/deal.md'], directory)).stdout);
      expect(printed.overrides.map((override: { appliesToThisFile: boolean }) => override.appliesToThisFile)).toEqual([false, true, true]);
      expect(printed.rules['no-affiliate-links']).toEqual(['warning', { allowSponsored: true }]);
      expect(printed.rules['date-valid'][0]).toBe('error');
    });
  });

  it('rejects an override with an unknown rule, naming it', async () => {
    await withTempDir(async (directory) => {
      writeTree(directory, { '.content-lint.yml': 'overrides:\n  - files: ["a/**"]\n    rules:\n      no-scripts: off\n', 'a.md': 'x\n' });
      const run = await runCliCaptured([], directory);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('no-scripts');
      expect(run.stderr).toContain('no-script');
    });
  });
});
