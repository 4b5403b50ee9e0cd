/**
 * A rename breaks other posts: in a partial run (a pull request, `--changed-since`) the unchanged
 * posts that link to a renamed post are checked too, and reported at their links, pointing at the
 * renamed file. Through the library with git (`--changed-since`) and through the bundled action.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { lintPaths } from '../src/run/lint.js';
import { EVENT, runAction } from './github/run-action.js';
import { startFakeApi, type FakeApi } from './github/fake-api.js';
import path from 'node:path';
import { readResultCache, REPO_ROOT, withTempDir, writeResultCache, writeTree } from './helpers.js';

const servers: FakeApi[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const TRIP = '---\ntitle: Trip report\ndate: 2024-03-01 10:00:00\n---\n\n## Day one\n\nWe walked.\n';
/** A Hexo site: `/2024/03/01/trip-report/` is linked from two posts that the change does not touch. */
const SITE = {
  '_config.yml': 'url: https://trail.example.org\npermalink: :year/:month/:day/:title/\n',
  '.content-lint.yml': 'generator: hexo\n',
  'source/_posts/trip-report.md': TRIP,
  'source/_posts/gear.md': '---\ntitle: Gear\ndate: 2024-04-01 10:00:00\n---\n\nIntro.\n\nSee [the trip](/2024/03/01/trip-report/) first.\n',
  'source/_posts/maps.md': '---\ntitle: Maps\ndate: 2024-05-01 10:00:00\n---\n\n{% post_link trip-report %}\n\nAnd [day one](/2024/03/01/trip-report/#day-one).\n',
  'source/_posts/unrelated.md': '---\ntitle: Old\ndate: 2023-01-01 10:00:00\n---\n\nA [link broken long ago](/2020/01/01/nothing-here/).\n',
};

function gitIn(workspace: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: workspace, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.trim();
}

/** The site, committed as the base a change is compared with. */
function committedSite(workspace: string): void {
  writeTree(workspace, SITE);
  gitIn(workspace, 'init', '-q', '-b', 'main');
  gitIn(workspace, 'add', '.');
  gitIn(workspace, 'commit', '-q', '-m', 'base');
}

describe('some paths of a site', () => {
  it('are checked without taking the posts not named for missing: site paths are left unjudged', async () => {
    await withTempDir(async (workspace) => {
      writeTree(workspace, SITE);
      const { result } = await lintPaths({ cwd: workspace, patterns: ['source/_posts/gear.md', 'source/_posts/unrelated.md'], workers: 0, baseline: false });
      expect(result.files.flatMap((file) => file.findings.filter((finding) => finding.ruleId.startsWith('link-')))).toEqual([]);
    });
  });
});

describe('a renamed post', () => {
  it('--changed-since: unchanged posts that link to it are reported at their links, related to the renamed file', async () => {
    await withTempDir(async (workspace) => {
      committedSite(workspace);
      gitIn(workspace, 'mv', 'source/_posts/trip-report.md', 'source/_posts/trip-notes.md');
      const { result } = await lintPaths({ cwd: workspace, patterns: [], changedSince: 'HEAD', rules: undefined, workers: 0, baseline: false });
      const links = result.files.flatMap((file) => file.findings.filter((finding) => finding.ruleId.startsWith('link-')).map((finding) => `${file.file}:${finding.line} ${finding.ruleId} → ${finding.related?.file} | ${finding.message}`));
      expect(links).toEqual([
        'source/_posts/gear.md:8 link-internal → source/_posts/trip-notes.md | Unexpected link to `/2024/03/01/trip-report/`: no page or file of the site is there; the closest address is `/2024/03/01/trip-notes/`',
        'source/_posts/maps.md:6 link-internal → source/_posts/trip-notes.md | Unexpected `post_link` target `trip-report`: no such post or file; the closest is `trip-notes`',
        'source/_posts/maps.md:8 link-internal → source/_posts/trip-notes.md | Unexpected link to `/2024/03/01/trip-report/`: no page or file of the site is there; the closest address is `/2024/03/01/trip-notes/`',
      ]);
      // The post broken long ago is not this change's doing, and is not reported on a partial run.
      expect(result.files.map((file) => file.file)).not.toContain('source/_posts/unrelated.md');
    });
  });

  it('--changed-since: a permalink changed in place (the file keeps its name) is followed from the front matter at the base', async () => {
    await withTempDir(async (workspace) => {
      committedSite(workspace);
      writeTree(workspace, { 'source/_posts/trip-report.md': TRIP.replace('title: Trip report', 'title: Trip report\npermalink: trips/first/') });
      const { result } = await lintPaths({ cwd: workspace, patterns: [], changedSince: 'HEAD', workers: 0, baseline: false });
      const links = result.files.flatMap((file) => file.findings.filter((finding) => finding.ruleId.startsWith('link-')).map((finding) => `${file.file}:${finding.line} ${finding.ruleId} → ${finding.related?.file} | ${finding.message}`));
      expect(links).toEqual([
        'source/_posts/gear.md:8 link-internal → source/_posts/trip-report.md | Unexpected link to `/2024/03/01/trip-report/`: no page or file of the site is there; the closest address is `/trips/first/`',
        'source/_posts/maps.md:8 link-internal → source/_posts/trip-report.md | Unexpected link to `/2024/03/01/trip-report/`: no page or file of the site is there; the closest address is `/trips/first/`',
      ]);
    });
  });

  it('--changed-since: a deleted post is reported in the unchanged posts that link to it, related to the deleted file', async () => {
    await withTempDir(async (workspace) => {
      committedSite(workspace);
      gitIn(workspace, 'rm', '-q', 'source/_posts/trip-report.md');
      const { result } = await lintPaths({ cwd: workspace, patterns: [], changedSince: 'HEAD', workers: 0, baseline: false });
      const links = result.files.flatMap((file) => file.findings.filter((finding) => finding.ruleId.startsWith('link-')).map((finding) => `${file.file}:${finding.line} ${finding.ruleId} → ${finding.related?.file} (${finding.related?.message}) | ${finding.message}`));
      expect(links).toEqual([
        'source/_posts/gear.md:8 link-internal → source/_posts/trip-report.md (deleted in this change) | Unexpected link to `/2024/03/01/trip-report/`: no page or file of the site is there',
        'source/_posts/maps.md:6 link-internal → source/_posts/trip-report.md (deleted in this change) | Unexpected `post_link` target `trip-report`: no such post or file; the site build fails or renders nothing',
        'source/_posts/maps.md:8 link-internal → source/_posts/trip-report.md (deleted in this change) | Unexpected link to `/2024/03/01/trip-report/`: no page or file of the site is there',
      ]);
      // The post broken long ago is still not this change's doing.
      expect(result.files.map((file) => file.file)).not.toContain('source/_posts/unrelated.md');
    });
  });

  it('--changed-since on worker threads: the same findings as in one thread (the bundle, 20 posts)', async () => {
    await withTempDir(async (workspace) => {
      const filler = Object.fromEntries(Array.from({ length: 16 }, (_, index) => [`source/_posts/note-${index}.md`, `---\ntitle: Note ${index}\ndate: 2024-06-${String(index + 1).padStart(2, '0')} 10:00:00\n---\n\n[Gear](/2024/04/01/gear/) <script>x()</script>\n`]));
      writeTree(workspace, filler);
      committedSite(workspace);
      gitIn(workspace, 'rm', '-q', 'source/_posts/trip-report.md');
      for (let index = 0; index < 16; index++) writeTree(workspace, { [`source/_posts/note-${index}.md`]: `${filler[`source/_posts/note-${index}.md`]}\nSee [the trip](/2024/03/01/trip-report/#day-one).\n` });
      const cli = (workers: string) => spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), '--changed-since', 'HEAD', '--format', 'compact', '--workers', workers], { cwd: workspace, encoding: 'utf8' });
      const one = cli('0');
      const two = cli('2');
      expect(two.stderr).toBe('');
      expect(two.stdout).toBe(one.stdout);
      expect(one.stdout.match(/ \[link-internal\]$/gm)).toHaveLength(16 + 3);
    });
  });

  it('--changed-since: a heading renamed in a changed post is reported in the unchanged posts that link to it', async () => {
    await withTempDir(async (workspace) => {
      committedSite(workspace);
      writeTree(workspace, { 'source/_posts/trip-report.md': TRIP.replace('## Day one', '## First day') });
      const { result } = await lintPaths({ cwd: workspace, patterns: [], changedSince: 'HEAD', workers: 0, baseline: false });
      const links = result.files.flatMap((file) => file.findings.filter((finding) => finding.ruleId.startsWith('link-')).map((finding) => `${file.file}:${finding.line} ${finding.ruleId} → ${finding.related?.file}`));
      expect(links).toEqual(['source/_posts/maps.md:8 link-anchor → source/_posts/trip-report.md']);
    });
  });

  it('--changed-since with --cache: the unchanged posts\' links come from the cache, and the finding is the same', async () => {
    await withTempDir(async (workspace) => {
      committedSite(workspace);
      writeTree(workspace, { '.gitignore': '.content-lint-cache/\n' });
      const cache = '.content-lint-cache/results.json';
      // A whole run fills the cache (as the main branch's CI would).
      await lintPaths({ cwd: workspace, patterns: [], workers: 0, baseline: false, cache });
      writeTree(workspace, { 'source/_posts/trip-report.md': TRIP.replace('## Day one', '## First day') });
      const linksOf = (files: Awaited<ReturnType<typeof lintPaths>>['result']['files']) =>
        files.flatMap((file) => file.findings.filter((finding) => finding.ruleId.startsWith('link-')).map((finding) => `${file.file}:${finding.line} ${finding.ruleId} → ${finding.related?.file}`));
      const fresh = await lintPaths({ cwd: workspace, patterns: [], changedSince: 'HEAD', workers: 0, baseline: false });
      expect(linksOf(fresh.result.files)).toEqual(['source/_posts/maps.md:8 link-anchor → source/_posts/trip-report.md']);
      const cached = await lintPaths({ cwd: workspace, patterns: [], changedSince: 'HEAD', workers: 0, baseline: false, cache });
      expect(linksOf(cached.result.files)).toEqual(linksOf(fresh.result.files));
      // The stored links are used as stored: moved a line down in the cache, the finding moves with them.
      const stored = readResultCache(path.join(workspace, cache)) as { format: number; key: string; files: Record<string, { facts: { page: { links: Array<{ span: { line: number; endLine: number } }> } } }> };
      for (const link of stored.files['source/_posts/maps.md']?.facts.page.links ?? []) link.span.line = link.span.endLine = link.span.line + 1;
      writeResultCache(path.join(workspace, cache), stored);
      const moved = await lintPaths({ cwd: workspace, patterns: [], changedSince: 'HEAD', workers: 0, baseline: false, cache });
      expect(linksOf(moved.result.files)).toEqual(['source/_posts/maps.md:9 link-anchor → source/_posts/trip-report.md']);
    });
  });

  it('the action on a pull request: annotations at the linking lines of unchanged posts', async () => {
    await withTempDir(async (workspace) => {
      const { 'source/_posts/trip-report.md': _renamed, ...rest } = SITE;
      writeTree(workspace, { ...rest, 'source/_posts/trip-notes.md': TRIP });
      const api = await startFakeApi({ files: [{ filename: 'source/_posts/trip-notes.md', status: 'renamed', previous_filename: 'source/_posts/trip-report.md' }], checks: 'forbidden' });
      servers.push(api);
      const run = await runAction(workspace, { pullRequest: {}, api });
      const errors = run.commands.filter((command) => command.startsWith('::error')).map((command) => command.match(/title=content-lint%3A ([\w-]+),file=([^,]+),line=(\d+)/)?.slice(1).join(':'));
      expect(errors).toEqual(['link-internal:source/_posts/gear.md:8', 'link-internal:source/_posts/maps.md:6', 'link-internal:source/_posts/maps.md:8']);
      expect(run.outputs).toMatchObject({ errors: '3' });
    });
  });
});

describe('a deleted post, through the action', () => {
  it('annotates the unchanged posts that link to it (its text at the base from the API), whatever the filter mode', async () => {
    await withTempDir(async (workspace) => {
      const { 'source/_posts/trip-report.md': _deleted, ...rest } = SITE;
      writeTree(workspace, rest);
      const api = await startFakeApi({
        files: [{ filename: 'source/_posts/trip-report.md', status: 'removed' }],
        checks: 'forbidden',
        contents: { [`source/_posts/trip-report.md@${EVENT.pull_request.base.sha}`]: TRIP },
      });
      servers.push(api);
      const run = await runAction(workspace, { pullRequest: {}, api });
      const errors = run.commands.filter((command) => command.startsWith('::error')).map((command) => command.match(/title=content-lint%3A ([\w-]+),file=([^,]+),line=(\d+)/)?.slice(1).join(':'));
      expect(errors).toEqual(['link-internal:source/_posts/gear.md:8', 'link-internal:source/_posts/maps.md:6', 'link-internal:source/_posts/maps.md:8']);
    });
  });
});

describe('one text linted alone (the editor, --stdin)', () => {
  it('judges relative files and its own anchors, not the addresses of posts it cannot see', async () => {
    const { lintSource } = await import('../src/run/lint.js');
    const folder = 'test/fixtures/link-internal/not-ok-hexo';
    const text = '---\ntitle: Draft\ndate: 2024-05-01 10:00:00\n---\n\n[typo](/2024/03/01/my-tirp/) {% post_link my-trek %}\n[missing file](../about/nothing.md) [self](#Nowhere)\n\n## Somewhere\n';
    const { result } = await lintSource(new TextEncoder().encode(text), 'source/_posts/draft.md', { cwd: folder });
    const links = result.files.flatMap((file) => file.findings.filter((finding) => finding.ruleId.startsWith('link-')).map((finding) => `${finding.line} ${finding.ruleId}/${finding.messageId}`));
    expect(links.sort()).toEqual(['7 link-anchor/missingSuggest', '7 link-internal/missing']);
  });
});
