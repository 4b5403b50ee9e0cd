/**
 * `--timing`: the time of each rule and shared step, after the report, on stderr. What a user would
 * notice: the report changing, a step counted twice (inside the rule that started it too), a
 * worker's share missing, or the table mixed into a JSON report.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addTime, startTiming, stopTiming, timed, timedRule } from '../src/engine/timing.js';
import { REPO_ROOT, runCliCaptured, withTempDir, writeTree } from './helpers.js';

const POST = '---\ntitle: Post\n---\n\nSee [the docs](https://example.com/docs).\n\n<script>x()</script>\n';

/** The table's rows: label and time, without the header lines and the total. */
function rows(stderr: string): Array<{ label: string; ms: number; share: number }> {
  return [...stderr.matchAll(/^(\S.*?)\s{2,}(\d+\.\d)\s+(\d+\.\d)%$/gm)]
    .map((match) => ({ label: match[1] as string, ms: Number(match[2]), share: Number(match[3]) }))
    .filter((row) => row.label !== 'total');
}

describe('timing', () => {
  afterEach(() => {
    stopTiming();
    vi.restoreAllMocks();
  });

  it('counts a step started inside a rule as the step, not also as the rule', () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    startTiming();
    timedRule('no-script', () => {
      clock += 5;
      timed('HTML', () => {
        clock += 30;
      });
      clock += 2;
    });
    timed('reading files', () => {
      clock += 4;
    });
    addTime('no-script', 1, 'rule');
    expect(stopTiming()).toEqual([
      { label: 'HTML', kind: 'step', ms: 30 },
      { label: 'no-script', kind: 'rule', ms: 8 },
      { label: 'reading files', kind: 'step', ms: 4 },
    ]);
  });

  it('measures nothing, and costs nothing, when not started', () => {
    expect(timed('HTML', () => 42)).toBe(42);
    expect(stopTiming()).toEqual([]);
  });

  it('prints the table on stderr after the report, which does not change', () =>
    withTempDir(async (directory) => {
      writeTree(directory, { '.git/HEAD': '', 'a.md': POST, 'b.md': POST.replace('Post', 'Other') });
      const plain = await runCliCaptured(['--format', 'json', '.'], directory);
      const timing = await runCliCaptured(['--format', 'json', '--timing', '.'], directory);
      expect(timing.code).toBe(plain.code);
      expect(timing.stdout).toBe(plain.stdout);
      expect(timing.stderr).toMatch(/^Time by rule and step, summed over the threads/);
      const table = rows(timing.stderr);
      expect(table.map((row) => row.label)).toEqual(expect.arrayContaining(['no-script', 'no-link-farms', '(Markdown)', '(reading files)', '(selecting files)', '(links and images)']));
      // Each rule or step once, the longest first, the shares adding up to the whole.
      expect(new Set(table.map((row) => row.label)).size).toBe(table.length);
      expect(table.map((row) => row.ms)).toEqual(table.map((row) => row.ms).sort((a, b) => b - a));
      expect(table.reduce((sum, row) => sum + row.share, 0)).toBeGreaterThan(99);
      expect(table.reduce((sum, row) => sum + row.share, 0)).toBeLessThan(101);
      expect(plain.stderr).toBe('');
    }));

  it('includes what worker threads measured', () => {
    withTempDir((directory) => {
      // With remark-lint on, every file goes to the workers (on two cores or more).
      const files: Record<string, string> = { '.git/HEAD': '', '.content-lint.yml': 'remark:\n  presets: [recommended]\n' };
      for (let index = 0; index < 20; index++) files[`post-${index}.md`] = POST;
      writeTree(directory, files);
      const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), '--format', 'compact', '--workers', '2', '--timing', '.'], { cwd: directory, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('post-19.md:7:1: error');
      const labels = rows(run.stderr).map((row) => row.label);
      expect(labels).toEqual(expect.arrayContaining(['no-script', 'remark-lint', '(Markdown for remark-lint)', '(Markdown)', '(reading files)']));
    });
  });

  it('is refused with --fix and baseline recording', async () => {
    for (const option of ['--fix', '--write-baseline']) {
      const run = await runCliCaptured([option, '--timing', '.'], REPO_ROOT);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`Unexpected --timing with ${option}`);
    }
  });
});
