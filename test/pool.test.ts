/**
 * The worker pool of the bundled CLI: the same findings as one thread, rules that compare files
 * included, and a file over its time budget stopped and reported while the others are checked.
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinsLongRun, sharesFromStart } from '../src/run/scheduling.js';
import { REPO_ROOT, withTempDir, writeTree } from './helpers.js';

function cli(cwd: string, args: string[]) {
  return spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8' });
}

describe('worker pool', () => {
  it('finds on worker threads exactly what one thread finds, duplicates across files included', () => {
    withTempDir((directory) => {
      cpSync(path.join(REPO_ROOT, 'examples'), directory, { recursive: true });
      writeTree(directory, {
        '.content-lint.yml': 'site:\n  url: https://blog.example.com\ncollections:\n  posts:\n    include: ["source/_posts/**"]\n    preset: hexo\n    unique: [slug]\n',
        'source/_posts/2024-12-01-a.md': '---\ntitle: A\ndate: 2024-12-01\nslug: same\n---\n\nText.\n',
        'source/_posts/2024-12-02-b.md': '---\ntitle: B\ndate: 2024-12-02\nslug: same\n---\n\n<script>x()</script>\n',
        // Always a worker's: its own findings and this thread's (the duplicate slug) make one result.
        'source/_posts/2024-12-03-c.mdx': '---\ntitle: C\ndate: 2024-12-03\nslug: same\n---\n\n<iframe src="https://ads.example.com/x" />\n',
      });
      const args = ['--format', 'json', '--now', '2026-11-28T00:00:00Z'];
      const single = cli(directory, [...args, '--workers', '0']);
      const pooled = cli(directory, [...args, '--workers', '2']);
      expect(pooled.stderr).toBe('');
      expect(pooled.stdout).toBe(single.stdout);
      const c = JSON.parse(pooled.stdout).files.find((file: { file: string }) => file.file.endsWith('c.mdx'));
      expect(c.findings.map((finding: { ruleId: string }) => finding.ruleId)).toEqual(expect.arrayContaining(['front-matter-unique', 'no-iframe']));
      expect(JSON.parse(pooled.stdout).errorCount).toBeGreaterThan(10);
    });
  });

  it('resolves links and anchors across files the same when workers finish later files first (their facts wait on disk)', () => {
    withTempDir((directory) => {
      cpSync(path.join(REPO_ROOT, 'examples'), directory, { recursive: true });
      // remark-lint is heavy: every file goes to a worker. The first post is long, so the other worker
      // finishes the posts after it before it, and their facts wait until the first's are gathered.
      const long = Array.from({ length: 4000 }, (_, index) => `Paragraph ${index} links [back](2024-12-05-e.md#Part-two).`).join('\n\n');
      const posts: Record<string, string> = {
        '.content-lint.yml': 'remark:\n  presets: [recommended]\n',
        'source/_posts/2024-12-01-a.md': `---\ntitle: A\ndate: 2024-12-01\n---\n\n## Part one\n\n${long}\n\nAnd [nowhere](2024-12-05-e.md#Part-nine).\n`,
      };
      for (let day = 2; day <= 20; day++) {
        const name = `2024-12-${String(day).padStart(2, '0')}-${String.fromCharCode(96 + day)}`;
        posts[`source/_posts/${name}.md`] = `---\ntitle: Post ${day}\ndate: 2024-12-${String(day).padStart(2, '0')}\n---\n\n## Part two\n\nBack to [one](2024-12-01-a.md#Part-one), not [zero](2024-12-01-a.md#Part-zero).\n`;
      }
      writeTree(directory, posts);
      const args = ['--format', 'json', '--now', '2026-11-28T00:00:00Z'];
      const single = cli(directory, [...args, '--workers', '0']);
      const pooled = cli(directory, [...args, '--workers', '2']);
      expect(pooled.stderr).toBe('');
      expect(pooled.stdout).toBe(single.stdout);
      const anchors = (JSON.parse(pooled.stdout).files as Array<{ file: string; findings: Array<{ ruleId: string; message: string }> }>).flatMap((file) =>
        file.findings.filter((finding) => finding.ruleId === 'link-anchor').map((finding) => `${path.basename(file.file)}: ${finding.message}`),
      );
      expect(anchors.filter((text) => text.startsWith('2024-12-01-a.md') && text.includes('Part-nine'))).toHaveLength(1);
      expect(anchors.filter((text) => text.includes('Part-zero'))).toHaveLength(19);
    });
  });

  it('stops a file that takes longer than its time budget, reports it, and checks the others', () => {
    withTempDir((directory) => {
      writeTree(directory, {
        // A tab sends it to micromark, which is super-linear on 2,000 nested list markers.
        'hostile.md': `\t\n${'- '.repeat(2000)}x${'\n'.repeat(2000)}`,
        'fine.md': '<script>x()</script>\n',
      });
      const run = cli(directory, ['--format', 'compact', '--file-timeout', '1']);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe(
        'fine.md:1:1: error Unexpected inline `<script>`; remove it: posts must not run scripts [no-script]\n' +
          'hostile.md:1:1: error File too complex to check (over the time budget of 1 s): it was not fully checked; simplify its Markdown or HTML (deep nesting, very long lines) or exclude it [file-access]\n',
      );
    });
  });

  it('rejects a bad --workers or --file-timeout', () => {
    withTempDir((directory) => {
      expect(cli(directory, ['--workers', 'many']).stderr).toContain('Unexpected --workers `many`');
      expect(cli(directory, ['--file-timeout', '0']).stderr).toContain('Unexpected --file-timeout `0`');
    });
  });
});

describe('a worker joining a long run', () => {
  it('joins once the run has gone 3 s and has as long again to go, not before', () => {
    // Needs a second core: on one, a worker never joins.
    const twoCores = availableParallelism() >= 2;
    expect(joinsLongRun(2_999, 10, 10_000)).toBe(false);
    expect(joinsLongRun(3_000, 1_000, 10_000)).toBe(twoCores);
    expect(joinsLongRun(6_000, 5_000, 10_000)).toBe(twoCores);
    // 8 s for 8,000 files: the last 2,000 would take 2 s, less than a worker's warm-up is worth.
    expect(joinsLongRun(8_000, 8_000, 10_000)).toBe(false);
  });

  it('is not asked for on 2 cores from the start', () => {
    expect(sharesFromStart(1)).toBe(true);
    expect(sharesFromStart(undefined)).toBe(availableParallelism() >= 3);
  });
});
