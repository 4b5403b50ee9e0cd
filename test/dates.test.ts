/**
 * Date integrity, end to end. CI runs this file under TZ=UTC, America/Los_Angeles and Asia/Tokyo:
 * no result may depend on the machine's time zone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/run/lint.js';
import { toInstant, parseDateText } from '../src/schema/dates.js';
import { runCliCaptured as cli, withTempDir, writeTree as tree } from './helpers.js';



const dateFindings = (text: string, config: unknown = {}, filePath = 'post.md') =>
  lintText(text, { path: filePath, config: { now: '2025-06-01T00:00:00Z', ...(config as object) } }).findings
    .filter((finding) => finding.ruleId.startsWith('date-'))
    .map((finding) => `${finding.line} ${finding.ruleId}/${finding.messageId}`);

describe(`dates (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('the issue example: 2025-01-30-release.md passes, 2025-01-29-release.md fails', () => {
    const post = '---\ntitle: Release\ndate: 2025-01-30 02:15:00 +0530\n---\n';
    expect(dateFindings(post, {}, '_posts/2025-01-30-release.md')).toEqual([]);
    expect(dateFindings(post, {}, '_posts/2025-01-29-release.md')).toEqual(['3 date-filename/mismatch']);
  });

  it('reads instants from the text, in the site zone, whatever TZ says', () => {
    expect(new Date(toInstant(parseDateText('2024-09-21')!, 'UTC')).toISOString()).toBe('2024-09-21T00:00:00.000Z');
    expect(new Date(toInstant(parseDateText('2024-09-21 09:00')!, 'Asia/Tokyo')).toISOString()).toBe('2024-09-21T00:00:00.000Z');
    expect(new Date(toInstant(parseDateText('2024-07-01 12:00')!, 'America/Los_Angeles')).toISOString()).toBe('2024-07-01T19:00:00.000Z');
    expect(new Date(toInstant(parseDateText('2024-01-01 12:00')!, 'America/Los_Angeles')).toISOString()).toBe('2024-01-01T20:00:00.000Z');
    expect(new Date(toInstant(parseDateText('2025-01-30 02:15:00 +0530')!, 'America/Los_Angeles')).toISOString()).toBe('2025-01-29T20:45:00.000Z');
  });

  it('uses the site time zone for dates without one: the same text is future in one zone and not in another', () => {
    const post = '---\ntitle: x\ndate: 2025-06-02 12:00\n---\n';
    // now = 2025-06-01T00:00Z; tolerance 24 h. In Tokyo the date is 2025-06-02T03:00Z (27 h ahead); in Honolulu 22:00Z (46 h).
    expect(dateFindings(post, { site: { timezone: 'UTC' }, rules: { 'date-not-future': ['error', { toleranceHours: 40 }] } })).toEqual([]);
    expect(dateFindings(post, { site: { timezone: 'Pacific/Honolulu' }, rules: { 'date-not-future': ['error', { toleranceHours: 40 }] } })).toEqual(['3 date-not-future/future']);
  });

  it('orders a date without a zone (the site zone, with its summer time) against one with an offset', () => {
    const post = (date: string, updated: string) => `---\ntitle: x\ndate: ${date}\nupdated: ${updated}\n---\n`;
    const site = { site: { timezone: 'America/Los_Angeles' } };
    // 12:00 in Los Angeles in July is 19:00 UTC; in January, 20:00 UTC.
    expect(dateFindings(post('2024-07-01 12:00', '2024-07-01T18:30:00Z'), site)).toEqual(['4 date-order/outOfOrder']);
    expect(dateFindings(post('2024-07-01 12:00', '2024-07-01T19:30:00Z'), site)).toEqual([]);
    expect(dateFindings(post('2024-01-01 12:00', '2024-01-01T19:30:00Z'), site)).toEqual(['4 date-order/outOfOrder']);
  });

  it('takes --now from the command line over the config', async () => {
    await withTempDir(async (directory) => {
      tree(directory, { '.git/HEAD': '', 'post.md': '---\ntitle: x\ndate: 2025-01-10\n---\n', '.content-lint.yml': 'now: 2030-01-01T00:00:00Z\n' });
      expect((await cli([], directory)).code).toBe(0);
      const result = await cli(['--now', '2025-01-01T00:00:00Z', '-f', 'compact'], directory);
      expect(result.stdout).toBe('post.md:3:7: error Unexpected `date` `2025-01-10`, 9 days in the future; expected a date before now (typo in the year?) [date-not-future]\n');
      expect((await cli(['--now', '2025-02-30'], directory)).code).toBe(2);
    });
  });

  it('rejects an unknown site time zone in the config', async () => {
    await withTempDir(async (directory) => {
      tree(directory, { '.git/HEAD': '', 'post.md': '---\ntitle: x\n---\n', '.content-lint.yml': 'site:\n  timezone: Mars/Olympus_Mons\n' });
      const result = await cli([], directory);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('expected an IANA time zone such as `Europe/Berlin` or `UTC`');
    });
  });

  it('reads the site time zone from the generator config', async () => {
    await withTempDir(async (directory) => {
      tree(directory, {
        '.git/HEAD': '',
        '_config.yml': 'url: https://blog.example\ntimezone: Pacific/Kiritimati\n',
        'source/_posts/2025-06-02-early.md': '---\ntitle: x\ndate: 2025-06-02 06:00\n---\n',
      });
      // Kiritimati is UTC+14: 06:00 on 2 June there is 16:00 on 1 June in UTC, within a day of now.
      expect((await cli(['--now', '2025-06-01T00:00:00Z', '-f', 'compact'], directory)).stdout).toBe('');
      expect((await cli(['--now', '2025-05-30T00:00:00Z', '-f', 'compact'], directory)).stdout).toContain('[date-not-future]');
    });
  });
});

describe('--changed-since', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });

  it('checks only changed files, and reports a body changed without a new updated date', async () => {
    await withTempDir(async (directory) => {
      git(directory, 'init', '-q', '-b', 'main');
      tree(directory, {
        '.content-lint.yml': 'rules:\n  date-updated: warning\n',
        'posts/edited.md': '---\ntitle: Edited\ndate: 2024-01-01\nupdated: 2024-01-02\n---\n\nOld text.\n',
        'posts/untouched.md': '---\ntitle: x\ntitle: duplicate key, but not part of the change\n---\n',
        'posts/dated.md': '---\ntitle: Dated\ndate: 2024-01-01\nupdated: 2024-01-02\n---\n\nOld text.\n',
      });
      git(directory, 'add', '.');
      git(directory, 'commit', '-q', '-m', 'base');
      writeFileSync(path.join(directory, 'posts/edited.md'), '---\ntitle: Edited\ndate: 2024-01-01\nupdated: 2024-01-02\n---\n\nNew text.\n');
      writeFileSync(path.join(directory, 'posts/dated.md'), '---\ntitle: Dated\ndate: 2024-01-01\nupdated: 2024-03-01\n---\n\nNew text.\n');
      writeFileSync(path.join(directory, 'posts/new.md'), '---\ntitle: New\n---\n\nText.\n');
      const result = await cli(['--changed-since', 'main', '-f', 'json', '--now', '2025-01-01T00:00:00Z'], directory);
      const report = JSON.parse(result.stdout);
      expect(report.files.map((file: { file: string }) => file.file)).toEqual(['posts/dated.md', 'posts/edited.md', 'posts/new.md']);
      expect(report.files[1].findings.map((finding: { ruleId: string; line: number; message: string }) => `${finding.line} ${finding.ruleId}: ${finding.message}`)).toEqual([
        '4 date-updated: Unexpected unchanged `updated` `2024-01-02`: the text changed since `main`; expected the date of this change',
      ]);
      expect(report.warningCount).toBe(1);
    });
  });

  it('compares a changed post with the unchanged ones for unique fields (a new post taking an old slug)', async () => {
    await withTempDir(async (directory) => {
      git(directory, 'init', '-q', '-b', 'main');
      tree(directory, {
        '.content-lint.yml': 'collections:\n  posts:\n    include: ["posts/**"]\n    unique: [slug]\n',
        'posts/a-old.md': '---\ntitle: Old\nslug: hello\n---\n',
        'posts/b-old.md': '---\ntitle: Also old\nslug: hello\n---\n',
      });
      git(directory, 'add', '.');
      git(directory, 'commit', '-q', '-m', 'base');
      writeFileSync(path.join(directory, 'posts/new.md'), '---\ntitle: New\nslug: hello\n---\n');
      const result = await cli(['--changed-since', 'main', '-f', 'compact'], directory);
      // Only the new post is checked, and it is compared with the old ones (whose own clash is not part of the change).
      expect(result.stdout).toBe('posts/new.md:3:7: error Unexpected `slug` `hello`, already used by `posts/a-old.md:3`; expected a value unique in collection `posts` [front-matter-unique]\n');
    });
  });

  it('refuses a ref git does not know, and a ref that looks like an option', async () => {
    await withTempDir(async (directory) => {
      git(directory, 'init', '-q');
      tree(directory, { 'a.md': '---\ntitle: x\n---\n' });
      const pwned = path.join(directory, 'pwned');
      for (const ref of ['no-such-branch', `--output=${pwned}`]) {
        const result = await cli([`--changed-since=${ref}`], directory);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('is not a commit, branch or tag git knows');
      }
      expect(existsSync(pwned)).toBe(false);
    });
  });
});
