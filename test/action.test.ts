/**
 * The bundled action (dist/index.js) run as a runner runs it: a child process with inputs and the
 * event in the environment, commands on stdout, outputs and summary in files, and the GitHub API
 * played by a server on 127.0.0.1. CONTENT_LINT_ACTION_NODE names another Node binary to run it
 * with (CI uses Node 24, the runners' version).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EVENT, NODE, runAction } from './github/run-action.js';
import { startFakeApi, type FakeApi, type FakeApiOptions, type PullFile } from './github/fake-api.js';
import { withTempDir, writeTree } from './helpers.js';

const HEAD_SHA: string = EVENT.pull_request.head.sha;

const servers: FakeApi[] = [];
async function fakeApi(options: FakeApiOptions): Promise<FakeApi> {
  const api = await startFakeApi(options);
  servers.push(api);
  return api;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A patch that adds every line of `text`, as the API gives for a new file. */
function addedPatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((line) => `+${line}`)].join('\n');
}

/** Twelve new posts with five scripts each: 60 errors. */
function sixtyFindings(workspace: string): PullFile[] {
  const files: PullFile[] = [];
  for (let index = 1; index <= 12; index++) {
    const name = `posts/p${String(index).padStart(2, '0')}.md`;
    const text = `---\ntitle: Post ${index}\ndate: 2024-01-01\n---\n\n${Array.from({ length: 5 }, (_, n) => `Paragraph ${n}.\n\n<script>track(${n})</script>\n`).join('\n')}`;
    writeTree(workspace, { [name]: text });
    files.push({ filename: name, status: 'added', patch: addedPatch(text) });
  }
  return files;
}

/** 218 images and a removed post besides the posts: the list needs three pages. */
function padding(): PullFile[] {
  return [
    ...Array.from({ length: 218 }, (_, index) => ({ filename: `static/images/i${index}.png`, status: 'added' as const })),
    { filename: 'posts/old.md', status: 'removed' as const, patch: '@@ -1,1 +0,0 @@\n-old' },
  ];
}

function count(commands: string[], kind: string): number {
  return commands.filter((command) => command.startsWith(`::${kind} `) || command.startsWith(`::${kind}::`)).length;
}

describe('action on a pull request with 60 findings', () => {
  it('without checks permission (a fork): 10 error annotations and one notice, the summary lists all 60', async () => {
    await withTempDir(async (workspace) => {
      const api = await fakeApi({ files: [...sixtyFindings(workspace), ...padding()], checks: 'forbidden' });
      const run = await runAction(workspace, { pullRequest: { changed_files: 231 }, api });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      expect(count(run.commands, 'error')).toBe(10);
      expect(count(run.commands, 'warning')).toBe(0);
      expect(count(run.commands, 'notice')).toBe(1);
      expect(run.commands.find((command) => command.startsWith('::notice'))).toMatch(/::50 more findings are not shown as annotations .*the job summary lists all 60\.$/);
      expect(run.stdout).toContain('no check run: the token may not write checks (HTTP 403');

      // Every page of the file list, with the token; the check run tried once.
      const pages = api.requests.filter((request) => request.path === '/repos/octo-org/blog/pulls/7/files');
      expect(pages.map((request) => request.query.get('page'))).toEqual(['1', '2', '3']);
      expect(pages.every((request) => request.authorization === 'token ghs_test')).toBe(true);
      expect(api.requests.filter((request) => request.path.includes('check-runs'))).toHaveLength(1);

      expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
      const rows = run.summary.split('\n').filter((line) => line.startsWith('| [posts/'));
      expect(rows).toHaveLength(60);
      expect(rows[0]).toBe(`| [posts/p01.md:8](https://github.com/octo-org/blog/blob/${HEAD_SHA}/posts/p01.md#L8) | error | Unexpected inline \`<script>\`; remove it: posts must not run scripts | \`no-script\` |`);
      expect(run.summary).toContain('### content-lint: 60 errors, 0 warnings in 12 files');
      expect(run.summary).toContain('| [`no-script`](');
      expect(run.summary).toContain('```mermaid\npie showData title Findings per rule\n    "no-script" : 60\n```');
      expect(run.outputs).toEqual({ errors: '60', warnings: '0', files: '12' });
    });
  });

  it('with checks permission: one check run on the head commit carries all 60 annotations in two requests', async () => {
    await withTempDir(async (workspace) => {
      const api = await fakeApi({ files: sixtyFindings(workspace), checks: 'ok' });
      const run = await runAction(workspace, { pullRequest: {}, api });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const calls = api.requests.filter((request) => request.path.startsWith('/repos/octo-org/blog/check-runs'));
      expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual(['POST /repos/octo-org/blog/check-runs', 'PATCH /repos/octo-org/blog/check-runs/100']);
      const [create, update] = calls.map((call) => call.body);
      expect(create).toMatchObject({ name: 'content-lint', head_sha: HEAD_SHA, status: 'in_progress', output: { title: '60 errors, 0 warnings' } });
      expect(create.output.annotations).toHaveLength(50);
      expect(update).toMatchObject({ status: 'completed', conclusion: 'failure' });
      expect(update.output.annotations).toHaveLength(10);
      expect(create.output.annotations[0]).toEqual({
        path: 'posts/p01.md',
        start_line: 8,
        end_line: 8,
        start_column: 1,
        end_column: 9,
        annotation_level: 'failure',
        message: 'Unexpected inline `<script>`; remove it: posts must not run scripts',
        title: 'content-lint: no-script',
      });
      expect(create.output.summary.length).toBeLessThanOrEqual(65_535);
      // No duplicate annotations in the log: one notice points at the check run.
      expect(count(run.commands, 'error')).toBe(0);
      expect(run.commands.filter((command) => command.startsWith('::notice'))).toEqual([
        '::notice::60 findings are annotated in the content-lint check run: https://github.com/octo-org/blog/runs/100.',
      ]);
      expect(run.outputs['check-run-url']).toBe('https://github.com/octo-org/blog/runs/100');
      expect(run.summary).toContain('Every finding is also annotated in the [check run](https://github.com/octo-org/blog/runs/100).');
    });
  });

  it('writes a SARIF file for code scanning and a JSON report, and names them in its outputs', async () => {
    await withTempDir(async (workspace) => {
      const api = await fakeApi({ files: sixtyFindings(workspace), checks: 'forbidden' });
      const run = await runAction(workspace, { pullRequest: {}, api, inputs: { 'sarif-file': 'reports/content-lint.sarif', 'json-file': 'reports/content-lint.json', 'fail-on': 'never' } });
      expect(run.status).toBe(0);
      const sarif = JSON.parse(readFileSync(path.join(workspace, 'reports', 'content-lint.sarif'), 'utf8'));
      expect(sarif.runs[0].results).toHaveLength(60);
      expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('posts/p01.md');
      const json = JSON.parse(readFileSync(path.join(workspace, 'reports', 'content-lint.json'), 'utf8'));
      expect(json.errorCount).toBe(60);
      expect(run.outputs['sarif-file']).toBe('reports/content-lint.sarif');
      expect(run.outputs['json-file']).toBe('reports/content-lint.json');
    });
  });
});

describe('action filter modes', () => {
  // A post whose front matter (unchanged) has an impossible date, and whose new lines add a script.
  const before = '---\ntitle: Old post\ndate: 2023-02-30\n---\n\nFirst paragraph.\n';
  const after = `${before}\n<script>track()</script>\n`;
  const patch = '@@ -4,3 +4,5 @@\n ---\n \n First paragraph.\n+\n+<script>track()</script>';

  it('`added` reports only findings on added lines; `file` also the one in unchanged front matter', async () => {
    await withTempDir(async (workspace) => {
      writeTree(workspace, { 'posts/old.md': after, 'posts/untouched.md': '<script>x()</script>\n' });
      // The post at the base, which the API gives: the impossible date was there already.
      const api = await fakeApi({ files: [{ filename: 'posts/old.md', status: 'modified', patch }], checks: 'forbidden', contents: { [`posts/old.md@${EVENT.pull_request.base.sha}`]: before } });

      const added = await runAction(workspace, { pullRequest: {}, api, inputs: { 'filter-mode': 'added' } });
      expect(added.commands.filter((command) => command.startsWith('::error'))).toEqual([
        '::error title=content-lint%3A no-script,file=posts/old.md,line=8,endLine=8,col=1,endColumn=9::Unexpected inline `<script>`; remove it: posts must not run scripts',
      ]);
      expect(added.summary).toContain('1 finding on lines this pull request did not add is not shown.');
      expect(added.outputs).toMatchObject({ errors: '1', files: '1' });

      const file = await runAction(workspace, { pullRequest: {}, api });
      // Ranked: the finding on an added line before the one in lines the pull request kept.
      expect(file.commands.filter((command) => command.startsWith('::error')).map((command) => command.match(/title=content-lint%3A ([\w-]+),.*line=(\d+),/)?.slice(1).join(':'))).toEqual([
        'no-script:8',
        'date-valid:3',
      ]);
      // The untouched post is not checked on a pull request; with nofilter it is.
      expect(file.outputs).toMatchObject({ errors: '2', files: '1' });
      const all = await runAction(workspace, { pullRequest: {}, api, inputs: { 'filter-mode': 'nofilter' } });
      expect(all.outputs).toMatchObject({ errors: '3', files: '2' });
    });
  });

  it('`added` and `diff_context` keep what a change made appear away from its lines: deleting an opening code fence', async () => {
    await withTempDir(async (workspace) => {
      const filler = Array.from({ length: 8 }, (_, index) => `Paragraph ${index}.\n`).join('\n');
      const base = `---\ntitle: How ads are embedded\n---\n\n\`\`\`html\n${filler}<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>\n\`\`\`\n`;
      const head = base.replace('```html\n', '');
      writeTree(workspace, { 'posts/ads.md': head });
      // Only a deleted line: nothing added, and the script is far from it.
      const api = await fakeApi({ files: [{ filename: 'posts/ads.md', status: 'modified', patch: '@@ -4,3 +4,2 @@\n \n-```html\n Paragraph 0.' }], checks: 'forbidden', contents: { [`posts/ads.md@${EVENT.pull_request.base.sha}`]: base } });
      for (const mode of ['added', 'diff_context']) {
        const run = await runAction(workspace, { pullRequest: {}, api, inputs: { 'filter-mode': mode } });
        expect(run.status, mode).toBe(1);
        expect(run.commands.filter((command) => command.startsWith('::error')).map((command) => command.match(/title=content-lint%3A ([\w-]+)/)?.[1])).toEqual(expect.arrayContaining(['no-script', 'no-ad-embeds']));
      }
      // Without the base version, nothing can be told apart: every finding is shown, and the summary says why.
      const blind = await fakeApi({ files: [{ filename: 'posts/ads.md', status: 'modified', patch: '@@ -4,3 +4,2 @@\n \n-```html\n Paragraph 0.' }], checks: 'forbidden' });
      const run = await runAction(workspace, { pullRequest: {}, api: blind, inputs: { 'filter-mode': 'added' } });
      expect(run.status).toBe(1);
      expect(run.summary).toContain('The base version of 1 changed file could not be read (from git or the API): every finding in it is shown');
    });
  });

  it('`added` keeps what says a file was not checked: appending ads that push a post over maxFileSize fails the step', async () => {
    await withTempDir(async (workspace) => {
      const old = `---\ntitle: Old post\n---\n\n${'An old paragraph of the post.\n\n'.repeat(60)}`;
      const appended = `<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>\n\n[Buy it](https://amzn.to/3xYz)\n\n<!-- ${'padding '.repeat(300)} -->\n`;
      const lines = old.split('\n').length;
      writeTree(workspace, { '.content-lint.yml': 'maxFileSize: 4096\n', 'posts/old.md': old + appended });
      const added = appended.replace(/\n$/, '').split('\n');
      const api = await fakeApi({ files: [{ filename: 'posts/old.md', status: 'modified', patch: [`@@ -${lines - 1},1 +${lines - 1},${added.length + 1} @@`, ' ', ...added.map((line) => `+${line}`)].join('\n') }], checks: 'forbidden' });
      const run = await runAction(workspace, { pullRequest: {}, api, inputs: { 'filter-mode': 'added' } });
      expect(run.status).toBe(1);
      expect(run.commands.filter((command) => command.startsWith('::error'))).toEqual([
        expect.stringMatching(/^::error title=content-lint%3A file-access,file=posts\/old\.md,line=1,.*::File of [\d.]+ KiB not checked: over the `maxFileSize` limit of 4\.0 KiB/),
      ]);
      expect(run.outputs).toMatchObject({ errors: '1' });
    });
  });

  it('asks git for the changed lines when the API fails, from the merge base', async () => {
    await withTempDir(async (workspace) => {
      const gitIn = (...args: string[]) => {
        const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: workspace, encoding: 'utf8' });
        expect(result.status, result.stderr).toBe(0);
        return result.stdout.trim();
      };
      gitIn('init', '-q', '-b', 'main');
      writeTree(workspace, { 'posts/old.md': before, 'posts/other.md': '<script>x()</script>\n' });
      gitIn('add', '.');
      gitIn('commit', '-q', '-m', 'base');
      const base = gitIn('rev-parse', 'HEAD');
      writeTree(workspace, { 'posts/old.md': after });
      gitIn('commit', '-q', '-am', 'change');
      const api = await fakeApi({ listFiles: 'error', checks: 'forbidden' });
      const run = await runAction(workspace, { pullRequest: { base: { ...EVENT.pull_request.base, sha: base }, head: { ...EVENT.pull_request.head, sha: gitIn('rev-parse', 'HEAD') } }, api, inputs: { 'filter-mode': 'added' } });
      expect(run.stdout).toContain('the API did not list the changed files');
      expect(run.commands.filter((command) => command.startsWith('::error')).map((command) => command.match(/file=([^,]+),line=(\d+)/)?.slice(1).join(':'))).toEqual(['posts/old.md:8']);
      expect(run.summary).toContain('from the `git diff`');
    });
  });

  it('checks every file, and says so, when the pull request is beyond the API and git cannot help', async () => {
    await withTempDir(async (workspace) => {
      writeTree(workspace, { 'a.md': '<script>x()</script>\n', 'b.md': 'Fine.\n' });
      const api = await fakeApi({ checks: 'forbidden' });
      const run = await runAction(workspace, { pullRequest: { changed_files: 3500 }, api });
      expect(api.requests.some((request) => request.path.endsWith('/files'))).toBe(false);
      expect(run.summary).toContain('the changed files could not be listed');
      expect(run.outputs).toMatchObject({ errors: '1', files: '2' });
    });
  });

  it('gives date-updated the base version of each changed post, from the API when git does not have it', async () => {
    await withTempDir(async (workspace) => {
      const base = '---\ntitle: Post\ndate: 2024-01-01\nupdated: 2024-02-01\n---\n\nOld text.\n';
      writeTree(workspace, { 'posts/a.md': base.replace('Old text.', 'New text.'), '.content-lint.yml': 'rules:\n  date-updated: warning\n' });
      const api = await fakeApi({
        files: [{ filename: 'posts/a.md', status: 'modified', patch: '@@ -7 +7 @@\n-Old text.\n+New text.' }],
        contents: { [`posts/a.md@${EVENT.pull_request.base.sha}`]: base },
        checks: 'forbidden',
      });
      const run = await runAction(workspace, { pullRequest: {}, api });
      expect(run.commands.filter((command) => command.startsWith('::warning'))).toEqual([
        '::warning title=content-lint%3A date-updated,file=posts/a.md,line=4,endLine=4,col=10,endColumn=20::Unexpected unchanged `updated` `2024-02-01`: the text changed since `main`; expected the date of this change',
      ]);
    });
  });
});

describe('action with a baseline', () => {
  it('reads .content-lint-baseline.json: old findings are not annotated and do not fail; new ones do', async () => {
    await withTempDir(async (workspace) => {
      writeTree(workspace, {
        'posts/old.md': '<script>old()</script>\n',
        'posts/new.md': '<script>new()</script>\n',
        '.content-lint-baseline.json': JSON.stringify({ version: 1, files: { 'posts/old.md': [{ rule: 'no-script', messageId: 'inline', line: '<script>old()</script>', count: 1 }] } }),
      });
      const run = await runAction(workspace, {});
      expect(run.status).toBe(1);
      expect(run.commands.filter((command) => command.startsWith('::error')).map((command) => command.match(/file=([^,]+)/)?.[1])).toEqual(['posts/new.md']);
      expect(run.summary).toContain('1 finding recorded in the baseline is not listed and does not fail the run.');
      expect(run.outputs).toMatchObject({ errors: '1', files: '2' });
      rmSync(path.join(workspace, 'posts/new.md'));
      expect((await runAction(workspace, {})).status).toBe(0);
    });
  });
});

describe('a pull request that vouches for itself', () => {
  it('is judged by the base branch\'s baseline, not by entries it adds to it; a config change is pointed out', async () => {
    await withTempDir(async (workspace) => {
      const old = { version: 1, files: { 'posts/old.md': [{ rule: 'no-script', messageId: 'inline', line: '<script>old()</script>', count: 1 }] } };
      const forged = { version: 1, files: { ...old.files, 'posts/new.md': [{ rule: 'no-script', messageId: 'inline', line: '<script>ads()</script>', count: 1 }] } };
      writeTree(workspace, {
        '.content-lint.yml': 'rules:\n  no-iframe: warning\n',
        'posts/old.md': '<script>old()</script>\n',
        'posts/new.md': '<script>ads()</script>\n',
        '.content-lint-baseline.json': JSON.stringify(forged),
      });
      const api = await fakeApi({
        files: [
          { filename: 'posts/new.md', status: 'added', patch: addedPatch('<script>ads()</script>\n') },
          { filename: '.content-lint-baseline.json', status: 'modified', patch: '@@ -1 +1 @@\n-x\n+y' },
          { filename: '.content-lint.yml', status: 'modified', patch: '@@ -1 +1,2 @@\n rules:\n+  no-iframe: warning' },
        ],
        contents: { [`.content-lint-baseline.json@${EVENT.pull_request.base.sha}`]: JSON.stringify(old) },
        checks: 'forbidden',
      });
      const run = await runAction(workspace, { pullRequest: {}, api });
      expect(run.status).toBe(1);
      expect(run.commands.filter((command) => command.startsWith('::error')).map((command) => command.match(/file=([^,]+)/)?.[1])).toEqual(['posts/new.md']);
      expect(run.summary).toContain("changes the baseline `.content-lint-baseline.json`: the base branch's version was applied");
      expect(run.summary).toContain("changes content-lint's config `.content-lint.yml`");
    });
  });
});

describe('action on other events', () => {
  it('annotates each finding of the configured paths, writes outputs and a summary, and fails on errors', async () => {
    await withTempDir(async (workspace) => {
      writeTree(workspace, { 'posts/a.md': '---\ntitle: a\ntitle: b\n---\n\n<script>x()</script>\n', 'posts/b.md': '---\ntitle: ok\n---\n' });
      const run = await runAction(workspace, { inputs: { paths: 'posts', 'fail-on': 'error' } });
      expect(run.status).toBe(1);
      expect(run.commands).toEqual([
        '::error title=content-lint%3A front-matter-syntax,file=posts/a.md,line=3,endLine=3,col=1,endColumn=6::Duplicate key `title`; keep one (the generator would silently use one of them)',
        '::error title=content-lint%3A no-script,file=posts/a.md,line=6,endLine=6,col=1,endColumn=9::Unexpected inline `<script>`; remove it: posts must not run scripts',
        '::group::content-lint: 2 findings',
        '::endgroup::',
      ]);
      expect(run.stdout).toContain('content-lint: 2 errors and 0 warnings in 2 files; failing (fail-on: error).');
      expect(run.outputs).toEqual({ errors: '2', warnings: '0', files: '2' });
      expect(run.summary).toContain('### content-lint: 2 errors, 0 warnings in 2 files');
    });
  });

  it('uses the config named in `config` in worker threads too (an MDX post is checked in one)', async () => {
    await withTempDir(async (workspace) => {
      writeTree(workspace, { 'custom-lint.yml': 'rules:\n  no-script: off\n', 'posts/a.mdx': '# A\n\n<script>{track()}</script>\n' });
      const run = await runAction(workspace, { inputs: { config: 'custom-lint.yml' } });
      expect(run.stderr).toBe('');
      expect(run.outputs).toMatchObject({ errors: '0', files: '1' });
      expect(run.status).toBe(0);
    });
  });

  it('runs in `working-directory` (a site in a sub-folder) and annotates repository paths; says which sub-folder configs it leaves alone', async () => {
    await withTempDir(async (workspace) => {
      writeTree(workspace, {
        'blog/.content-lint.yml': 'include: ["posts/**/*.md"]\n',
        'blog/posts/a.md': '---\ntitle: a\n---\n\n<script>x()</script>\n',
        'docs/.content-lint.yml': 'rules:\n  no-script: off\n',
        'docs/b.md': '---\ntitle: b\n---\n\n<script>y()</script>\n',
      });
      const run = await runAction(workspace, { inputs: { 'working-directory': 'blog' } });
      expect(run.status).toBe(1);
      expect(run.commands.filter((command) => command.startsWith('::error'))).toEqual([
        '::error title=content-lint%3A no-script,file=blog/posts/a.md,line=5,endLine=5,col=1,endColumn=9::Unexpected inline `<script>`; remove it: posts must not run scripts',
      ]);
      // From the top, one config is found (none at the root: the defaults), and each site's is said to be left alone.
      const top = await runAction(workspace, { inputs: { 'fail-on': 'never' } });
      expect(top.commands.filter((command) => command.startsWith('::warning::'))).toEqual([
        '::warning::content-lint: blog/.content-lint.yml is not used: this run found no config, and a run uses one; to lint blog/ with its own, run content-lint from blog/ (in the action: `working-directory: blog`)',
        '::warning::content-lint: docs/.content-lint.yml is not used: this run found no config, and a run uses one; to lint docs/ with its own, run content-lint from docs/ (in the action: `working-directory: docs`)',
      ]);
      expect(top.summary).toContain('docs/.content-lint.yml is not used');
      const missing = await runAction(workspace, { inputs: { 'working-directory': 'site' } });
      expect(missing.status).toBe(1);
      expect(missing.commands).toEqual(['::error::content-lint: working-directory `site` is not a folder of the workspace']);
    });
  });

  it('keeps one pull-request comment with `comment: true`: created, updated in place, marked resolved; a fork\'s token is said once', async () => {
    await withTempDir(async (workspace) => {
      const post = '---\ntitle: A\n---\n\n<script>x()</script>\n';
      writeTree(workspace, { 'posts/a.md': post });
      const files: PullFile[] = [{ filename: 'posts/a.md', status: 'added', patch: addedPatch(post) }];
      const comments = (api: FakeApi) => api.requests.filter((request) => request.path.includes('/comments'));
      const api = await fakeApi({ files, comments: [{ id: 5, body: 'Looks good to me' }] });
      const first = await runAction(workspace, { api, pullRequest: {}, inputs: { comment: 'true', annotations: 'workflow-commands' } });
      expect(first.status).toBe(1);
      const created = comments(api).filter((request) => request.method === 'POST');
      expect(created).toHaveLength(1);
      expect(created[0]?.path).toBe(`/repos/octo-org/blog/issues/${EVENT.pull_request.number}/comments`);
      expect(created[0]?.body.body).toMatch(/^<!-- content-lint: pull request comment -->\n### content-lint: 1 error, 0 warnings in 1 file/);
      expect(created[0]?.body.body).toContain('no-script');

      // The next run finds it and updates it in place; a clean run marks it resolved.
      const again = await fakeApi({ files, comments: [{ id: 5, body: 'Looks good to me' }, { id: 900, body: String(created[0]?.body.body) }] });
      writeTree(workspace, { 'posts/a.md': post.replace('<script>x()</script>', 'Hello.') });
      await runAction(workspace, { api: again, pullRequest: {}, inputs: { comment: 'true', annotations: 'workflow-commands' } });
      expect(comments(again).filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`)).toEqual(['PATCH /repos/octo-org/blog/issues/comments/900']);
      expect(comments(again).at(-1)?.body.body).toContain('no problems');

      const fork = await fakeApi({ files, commentWrites: 'forbidden' });
      writeTree(workspace, { 'posts/a.md': post });
      const forked = await runAction(workspace, { api: fork, pullRequest: {}, inputs: { comment: 'true', annotations: 'workflow-commands' } });
      expect(forked.stdout).toContain('no pull-request comment: the token may not write to the pull request (HTTP 403');
      expect(forked.commands.filter((command) => command.startsWith('::error'))).toHaveLength(1);
    });
  });

  it('suggests the fixes of the lines a pull request changed in one review with `suggestions: true`, and replaces them on a re-run', async () => {
    await withTempDir(async (workspace) => {
      const base = '---\ntitle: A\n---\n\nAn old paragraph with <img src="https://t.example/old.gif" width="1" height="1"> inside.\n';
      const post = `${base}\nHello <img src="https://t.example/p.gif" width="1" height="1"> world.\n\n<ins class="adsbygoogle" data-ad-client="ca-pub-1234567890123456"></ins>\n`;
      writeTree(workspace, { 'posts/a.md': post });
      // Lines 6-9 are new: the old pixel on line 5 gets no suggestion.
      const patch = ['@@ -1,5 +1,9 @@', ...base.replace(/\n$/, '').split('\n').map((line) => ` ${line}`), '+', '+Hello <img src="https://t.example/p.gif" width="1" height="1"> world.', '+', '+<ins class="adsbygoogle" data-ad-client="ca-pub-1234567890123456"></ins>'].join('\n');
      const files: PullFile[] = [{ filename: 'posts/a.md', status: 'modified', patch }];
      const api = await fakeApi({ files, reviewComments: [{ id: 3, body: '<!-- content-lint: suggestion -->\nstale' }, { id: 4, body: 'A human reviewer' }] });
      const run = await runAction(workspace, { api, pullRequest: {}, inputs: { suggestions: 'true', annotations: 'workflow-commands', 'filter-mode': 'file' } });
      expect(run.status).toBe(1);
      const writes = api.requests.filter((request) => request.method !== 'GET' && request.path.includes('/pulls/'));
      expect(writes.map((request) => `${request.method} ${request.path}`)).toEqual(['DELETE /repos/octo-org/blog/pulls/comments/3', `POST /repos/octo-org/blog/pulls/${EVENT.pull_request.number}/reviews`]);
      const review = writes[1]?.body as { commit_id: string; event: string; comments: Array<{ path: string; line: number; body: string }> };
      expect(review.commit_id).toBe(HEAD_SHA);
      expect(review.event).toBe('COMMENT');
      expect(review.comments.map((comment) => [comment.path, comment.line, comment.body.split('```suggestion\n')[1]])).toEqual([
        ['posts/a.md', 7, 'Hello  world.\n```'],
        ['posts/a.md', 9, '```'],
      ]);
      expect(run.stdout).toContain('2 suggested changes, 1 of the previous run\'s removed');
    });
  });

  it('passes with fail-on: never, and rejects an unknown input value', async () => {
    await withTempDir(async (workspace) => {
      writeFileSync(path.join(workspace, 'a.md'), '<script>x()</script>\n');
      expect((await runAction(workspace, { inputs: { 'fail-on': 'never' } })).status).toBe(0);
      const bad = await runAction(workspace, { inputs: { 'filter-mode': 'changed' } });
      expect(bad.status).toBe(1);
      expect(bad.commands).toEqual(['::error::Unexpected filter-mode `changed`, expected one of `added`, `diff_context`, `file`, `nofilter`']);
    });
  });

  it('cannot be made to print a workflow command by a file name or the content of a post', async () => {
    await withTempDir(async (workspace) => {
      const hostile = '<script src="https://x.example/%0A::warning::injected\n::add-mask::secret"></script>';
      writeFileSync(path.join(workspace, 'evil::name%0A.md'), `${hostile}\n`);
      writeFileSync(path.join(workspace, '::warning file=x::forged.md'), '<script>x()</script>\n##[error]old style\n');
      const run = await runAction(workspace, {});
      for (const command of run.commands) expect(command).toMatch(/^::(error|warning|notice) [^\n]*::|^::(group|endgroup)::/);
      expect(count(run.commands, 'error')).toBe(2);
      expect(run.commands.some((command) => command.startsWith('::error title=content-lint%3A no-script,file=evil%3A%3Aname%250A.md,line=1,'))).toBe(true);
      expect(run.stdout).not.toMatch(/^\s*::(warning|add-mask)/m);
      expect(run.stdout).not.toContain('##[');
    });
  });

  it('checks one shard per job, caches results, and combines the shards with `merge` into one run', async () => {
    await withTempDir(async (workspace) => {
      sixtyFindings(workspace);
      const whole = await runAction(workspace, { inputs: { 'json-file': 'whole.json' } });
      const counts: number[] = [];
      for (const index of [1, 2, 3]) {
        const shard = await runAction(workspace, { inputs: { shard: `${index}/3`, cache: 'true', 'json-file': `reports/shard-${index}/report.json`, 'fail-on': 'never' } });
        expect(shard.status).toBe(0);
        expect(shard.summary).toContain(`Shard ${index} of 3: only this part of the files was checked.`);
        expect(shard.stdout).toMatch(/content-lint: 0 files from the cache, \d+ files? checked/);
        counts.push(Number(shard.outputs.files));
      }
      expect(counts.reduce((a, b) => a + b)).toBe(12);
      const again = await runAction(workspace, { inputs: { shard: '1/3', cache: 'true', 'fail-on': 'never' } });
      expect(again.stdout).toContain(`content-lint: ${counts[0]} file${counts[0] === 1 ? '' : 's'} from the cache, 0 files checked`);

      const merged = await runAction(workspace, { inputs: { merge: 'reports', 'json-file': 'merged.json' } });
      expect(merged.status).toBe(1);
      expect(merged.outputs).toMatchObject({ errors: '60', files: '12' });
      expect(count(merged.commands, 'error')).toBe(10);
      expect(merged.summary).toContain('Combined from 3 shard reports.');
      expect(readFileSync(path.join(workspace, 'merged.json'), 'utf8')).toBe(readFileSync(path.join(workspace, 'whole.json'), 'utf8'));
      expect(whole.outputs.errors).toBe('60');

      const missing = await runAction(workspace, { inputs: { merge: 'nowhere' } });
      expect(missing.status).toBe(1);
      expect(missing.stdout).toContain('::error::content-lint: nowhere: not found; expected the JSON report of a shard job (download it first)');
    });
  });

  it('runs the bundled remark-lint presets with nothing installed: annotations and summary like any rule', async () => {
    await withTempDir(async (workspace) => {
      writeTree(workspace, {
        '.content-lint.yml': 'remark:\n  presets: [recommended]\n  rules:\n    no-unused-definitions: error\n',
        'posts/style.md': '---\ntitle: Style\n---\n\nSee [the docs][missing].\n\n[unused]: https://example.com\n',
      });
      expect(existsSync(path.join(workspace, 'node_modules'))).toBe(false);
      const run = await runAction(workspace, { inputs: { 'sarif-file': 'out.sarif' } });
      expect(run.status).toBe(1);
      expect(run.commands).toContain(
        '::error title=content-lint%3A remark-lint%3Ano-unused-definitions,file=posts/style.md,line=7,endLine=7,col=1,endColumn=30::Unexpected unused definition, expected no definition or one or more references to `unused`',
      );
      expect(run.commands.some((command) => command.startsWith('::warning title=content-lint%3A remark-lint%3Ano-undefined-references,file=posts/style.md,line=5,'))).toBe(true);
      expect(run.summary).toContain('remark-lint:no-undefined-references');
      expect(run.summary).toContain('https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-unused-definitions#readme');
      const sarif = JSON.parse(readFileSync(path.join(workspace, 'out.sarif'), 'utf8'));
      expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId).sort()).toEqual(['remark-lint:no-undefined-references', 'remark-lint:no-unused-definitions']);
    });
  });

  it('removes ad units from the workspace with fix: true, and reports what is left', async () => {
    await withTempDir(async (workspace) => {
      const file = path.join(workspace, 'a.md');
      writeFileSync(file, '---\ntitle: x\n---\n\n<ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins>\n\nText.\n');
      const run = await runAction(workspace, { inputs: { fix: 'true' } });
      expect(run.status).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe('---\ntitle: x\n---\n\n\nText.\n');
      expect(run.stdout).toContain('content-lint: fixed 1 problem in 1 file');
      expect(run.outputs.errors).toBe('0');
    });
  });
});

it('runs on the Node version it is tested with', () => {
  const version = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
  expect(existsSync(NODE)).toBe(true);
  if (process.env.CONTENT_LINT_ACTION_NODE) console.log(`action tests ran dist/index.js with Node ${version}`);
  expect(version).toMatch(/^v\d+\./);
});
